import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeRecord } from '../test-support/fixtures';
import { layoutEventRule, ruleFalls, timeDomain } from './event-rule';
import { drawChart } from './kinds';

const recordsArb = fc
  .array(fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 8 })
  .map((rows) => rows.map(([year, value], i) => makeRecord({ value, year, label: { en: `r${i}`, vi: `r${i}` } })));

describe('the rule a selected event draws', () => {
  it('knows the time axis a slope chart lays out from its records alone, at any width (property)', () => {
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 200, max: 1200 }), (records, width) => {
        const drawn = drawChart('slope', records, { width, height: 240 }, 'en', false, 'px');
        expect(timeDomain(records.map((r) => r.year!))).toEqual(drawn.timeAxis!.domain);
      }),
      { numRuns: 60 },
    );
  });

  it('falls on a chart exactly when the chart draws it (property)', () => {
    fc.assert(
      fc.property(recordsArb, fc.double({ min: 1985, max: 2040, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (records, start, length) => {
        const drawn = drawChart('slope', records, { width: 600, height: 240 }, 'en', false, 'px');
        const rule = { start, end: start + length, label: 'x' };
        expect(ruleFalls(timeDomain(records.map((r) => r.year!)), rule)).toBe(layoutEventRule(drawn.timeAxis!, rule, 600) !== null);
      }),
      { numRuns: 60 },
    );
  });

  it('takes a lone year as the years either side of it', () => {
    expect(timeDomain([2024])).toEqual([2023, 2025]);
    expect(timeDomain([2019, 2024, 2021])).toEqual([2019, 2024]);
    expect(ruleFalls([2019, 2024], { start: 2024.5, end: 2024.6 })).toBe(false);
    expect(ruleFalls([2019, 2024], { start: 2018, end: 2019 })).toBe(true);
  });
});
