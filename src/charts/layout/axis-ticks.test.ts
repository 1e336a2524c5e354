import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeTicks, shortYear, TICK_GAP, type PlacedTick, type TickCandidate } from './axis-ticks';
import { measureLabel } from './label-fit';

const FONT = 12;
const width = (text: string) => measureLabel(text, FONT);

/** No two labels closer than the gap, none outside [left, right], and each label's extent is its text's width. */
function expectClear(placed: readonly PlacedTick[], left: number, right: number) {
  for (const p of placed) {
    expect(p.x1).toBeGreaterThanOrEqual(left - 1e-6);
    expect(p.x2).toBeLessThanOrEqual(right + 1e-6);
    expect(p.x2 - p.x1).toBeCloseTo(width(p.text));
    expect(p.x).toBeCloseTo((p.x1 + p.x2) / 2);
  }
  for (let i = 1; i < placed.length; i += 1) {
    expect(placed[i]!.x1).toBeGreaterThanOrEqual(placed[i - 1]!.x2 + TICK_GAP - 1e-6);
  }
}

describe('placeTicks', () => {
  it('keeps every label whole where all fit', () => {
    const cands = [0, 250, 500, 750, 1000].map((v) => ({ x: 40 + v, text: `$${v}bn` }));
    const placed = placeTicks(cands, { left: 0, right: 1100, fontSize: FONT });
    expect(placed.map((p) => p.text)).toEqual(['$0bn', '$250bn', '$500bn', '$750bn', '$1000bn']);
    expect(placed.map((p) => p.tickX)).toEqual(cands.map((c) => c.x));
  });

  it('thins the chipmakers’ value ticks that touched: "$800bn" and "$1,000bn" no longer run together', () => {
    const texts = ['$0bn', '$200bn', '$400bn', '$600bn', '$800bn', '$1,000bn'];
    const cands = texts.map((text, i) => ({ x: 100 + i * 45, text }));
    const placed = placeTicks(cands, { left: 0, right: 400, fontSize: FONT });
    expect(placed.map((p) => p.text)).toEqual(['$0bn', '$400bn', '$800bn']);
    expectClear(placed, 0, 400);
  });

  it('shortens years to "’25" before dropping any', () => {
    const cands = [2025, 2030].map((y, i) => ({ x: 150 + i * 28, text: String(y), short: shortYear(y) }));
    const placed = placeTicks(cands, { left: 0, right: 390, fontSize: FONT });
    expect(placed.map((p) => p.text)).toEqual(['’25', '’30']);
  });

  it('moves a label at the chart’s edge inwards, keeping its tick where it was', () => {
    const placed = placeTicks([{ x: 478, text: '100%' }], { left: 0, right: 480, fontSize: FONT });
    expect(placed[0]!.tickX).toBe(478);
    expect(placed[0]!.x2).toBeCloseTo(480);
  });

  it('draws none where not even one label fits', () => {
    expect(placeTicks([{ x: 10, text: '1 nghìn tỷ USD' }], { left: 0, right: 20, fontSize: FONT })).toEqual([]);
  });

  it('writes a year’s short form with two digits', () => {
    expect(shortYear(2024)).toBe('’24');
    expect(shortYear(2005)).toBe('’05');
  });

  it('never lets two labels touch nor one leave the chart, and keeps at least one where one fits (property)', () => {
    const text = fc.oneof(
      fc.integer({ min: 1990, max: 2040 }).map(String),
      fc.integer({ min: 0, max: 5000 }).map((v) => `$${v.toLocaleString('en')}bn`),
      fc.integer({ min: 0, max: 5000 }).map((v) => `${v} nghìn tỷ USD`),
      fc.string({ minLength: 1, maxLength: 14 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 1600 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), text, fc.boolean()), { minLength: 1, maxLength: 20 }),
        (chart, raw) => {
          const cands: TickCandidate[] = raw
            .map(([at, t, short]) => ({ x: at * chart, text: t, ...(short ? { short: t.slice(-2) } : {}) }))
            .sort((a, b) => a.x - b.x);
          const placed = placeTicks(cands, { left: 0, right: chart, fontSize: FONT });
          expectClear(placed, 0, chart);
          // Every label is a candidate's own text or short form, over that candidate's tick.
          for (const p of placed) {
            const c = cands[p.index]!;
            expect(p.tickX).toBe(c.x);
            expect([c.text, c.short]).toContain(p.text);
          }
          const anyFits = cands.some((c) => Math.min(width(c.text), c.short === undefined ? Infinity : width(c.short)) <= chart);
          if (cands.length > 0 && width(cands[0]!.text) <= chart) expect(placed.length).toBeGreaterThan(0);
          if (!anyFits) expect(placed).toEqual([]);
        },
      ),
    );
  });
});
