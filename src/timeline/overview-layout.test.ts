import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeEvent } from '../test-support/fixtures';
import { layoutOverview, yearsText } from './overview-layout';

const events = [
  makeEvent('a', { precision: 'year', start: '2015' }),
  makeEvent('b', { precision: 'month', start: '2025-01' }),
];

describe('layoutOverview', () => {
  it('outlines the years shown within the whole range', () => {
    const o = layoutOverview(events, [2015, 2025.5], [2019, 2022], 1000);
    // An even scale of 10.5 years over 968 px.
    expect(o.window.x1).toBeCloseTo(16 + (4 / 10.5) * 968);
    expect(o.window.x2).toBeCloseTo(16 + (7 / 10.5) * 968);
    expect(o.dots.map((d) => Math.round(d.x))).toEqual([Math.round(16 + (0.5 / 10.5) * 968), Math.round(16 + ((10 + 15.5 / 365) / 10.5) * 968)]);
    expect(o.ends.map((e) => e.text)).toEqual(['2015', '2025']);
  });

  it('keeps the window and the dots inside the strip (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1990, max: 2040, noNaN: true }), fc.double({ min: 1990, max: 2040, noNaN: true }), fc.integer({ min: 120, max: 3000 }), (a, b, width) => {
        const o = layoutOverview(events, [2015, 2025.5], [Math.min(a, b), Math.max(a, b)], width);
        expect(o.window.x1).toBeGreaterThanOrEqual(16);
        expect(o.window.x2).toBeLessThanOrEqual(width - 16 + 2);
        expect(o.window.x2).toBeGreaterThan(o.window.x1);
        for (const d of o.dots) expect(d.x >= 16 && d.x <= width - 16).toBe(true);
      }),
    );
  });
});

describe('yearsText', () => {
  it('names the whole years a stretch takes in', () => {
    expect(yearsText([2019, 2022])).toBe('2019–2021');
    expect(yearsText([2014.8, 2025.45])).toBe('2015–2025');
    expect(yearsText([2020, 2021])).toBe('2020');
  });
});
