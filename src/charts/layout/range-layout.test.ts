import { labelRoom } from '../../shared/text-metrics';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag } from '../../data/schema';
import { layoutRange, rangeDefaults, rangeHeight } from './range-layout';
import { makeRecord } from '../../test-support/fixtures';
import { measureLabel } from './label-fit';

const rec = makeRecord;

const { margin, top, rowHeight } = rangeDefaults;
// 400 px of axis between the margins.
const size = { width: 400 + 2 * margin, height: rangeHeight(2) };

describe('layoutRange (11%–19% beside a single 30%)', () => {
  const records = [
    rec({ label: { en: 'Low-end estimate', vi: 'Ước tính' }, value: 11, valueHigh: 19, flags: ['estimate'] }),
    rec({ year: 2024, value: 30 }),
  ];
  const layout = layoutRange({ records, size, lang: 'en' });
  const [band, dot] = layout.rows;

  // The domain is 0..30 × 1.15 = 34.5, made nice in steps of 10: 0..40, so 10 px per percent.
  it('draws the range as a band from 11 to 19 on a 0..40 axis', () => {
    expect(band!.isRange).toBe(true);
    expect(band!.x1).toBeCloseTo(margin + 110);
    expect(band!.x2).toBeCloseTo(margin + 190);
    expect(band!.value.text).toBe('11–19% est.');
    expect([band!.dashed, band!.hollow]).toEqual([true, true]);
  });

  it('draws the single figure as a point', () => {
    expect(dot!.isRange).toBe(false);
    expect(dot!.x1).toBe(dot!.x2);
    expect(dot!.x1).toBeCloseTo(margin + 300);
    expect(dot!.value.text).toBe('30%');
    expect(dot!.dashed).toBe(false);
  });

  it('keeps a figure that would run past the right edge inside the chart: before its band, or ending at the edge', () => {
    // A band reaching near the right edge, its figure as wide as ">$10–100m": no room right of it.
    const records = [rec({ year: 2024, value: 6, unit: 'usd-m' }), rec({ label: { en: 'US models', vi: 'Mô hình Mỹ' }, value: 10, valueHigh: 100, unit: 'usd-m' })];
    let moved = 0;
    for (const width of [260, 330, 410]) {
      const wide = layoutRange({ records, size: { width, height: rangeHeight(2) }, lang: 'en' });
      const row = wide.rows[1]!;
      const room = labelRoom(row.value.text, rangeDefaults.labelSize, 600);
      if (row.x2 + 10 + room <= width) continue;
      moved++;
      expect(row.value.anchor).toBe('end');
      expect(row.value.x).toBeLessThanOrEqual(width);
      expect(row.value.x - room).toBeGreaterThanOrEqual(0);
    }
    expect(moved).toBeGreaterThan(0);
    // With room before the band, the figure is written there.
    const late = layoutRange({ records: [rec({ year: 2024, value: 80, valueHigh: 100, unit: 'usd-m' })], size: { width: 330, height: rangeHeight(1) }, lang: 'en' });
    expect(late.rows[0]!.value).toMatchObject({ x: late.rows[0]!.x1 - 10, anchor: 'end' });
  });

  it('keeps every figure inside the chart where it fits on one side of its band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 700 }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (width, value, extra) => {
        const l = layoutRange({ records: [rec({ unit: 'usd-m', value, valueHigh: value + extra, label: { en: 'A', vi: 'A' } })], size: { width, height: rangeHeight(1) }, lang: 'en' });
        const row = l.rows[0]!;
        const room = labelRoom(row.value.text, rangeDefaults.labelSize, 600);
        const left = row.value.anchor === 'start' ? row.value.x : row.value.x - room;
        if (row.x2 + 10 + room <= width || row.x1 - 10 - room >= 0) {
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left + room).toBeLessThanOrEqual(width + 1e-9);
        }
      }),
    );
  });

  it('labels each row with its category or year, and puts the figure past the right end', () => {
    expect(band!.category.text).toBe('Low-end estimate');
    expect(dot!.category.text).toBe('2024');
    for (const r of layout.rows) {
      expect(r.category.x).toBe(margin);
      expect(r.value.x).toBeCloseTo(r.x2 + 10);
      expect(r.category.y).toBeLessThan(r.y);
    }
  });

  it('places the rows one below the other above the axis', () => {
    expect(dot!.y - band!.y).toBe(rowHeight);
    expect(layout.axis).toEqual({ x1: margin, x2: size.width - margin, y: top + 2 * rowHeight + 8 });
    expect(dot!.y).toBeLessThan(layout.axis.y);
  });

  it('ticks the axis every ten percent', () => {
    expect(layout.ticks.map((t) => t.text)).toEqual(['0%', '10%', '20%', '30%', '40%']);
    expect(layout.ticks[0]!.x).toBeCloseTo(margin);
    expect(layout.ticks[4]!.x).toBeCloseTo(size.width - margin);
  });
});

describe('layoutRange (property)', () => {
  const rowArb = fc
    .record({
      value: fc.double({ min: 0, max: 1e9, noNaN: true }),
      extra: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined }),
      flags: fc.subarray(['estimate', 'approx', 'lowerBound'] as Flag[]),
      year: fc.integer({ min: 1990, max: 2040 }),
    })
    .map(({ value, extra, flags, year }) => rec({ unit: 'usd-bn', value, valueHigh: extra === undefined ? undefined : value + extra, flags, year }));

  it('keeps every band and point on the axis, in order, with finite coordinates', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 80, max: 1600 }), (records, width) => {
        const height = rangeHeight(records.length);
        const layout = layoutRange({ records, size: { width, height }, lang: 'en' });
        expect(layout.rows).toHaveLength(records.length);
        for (const r of layout.rows) {
          expect(Number.isFinite(r.x1) && Number.isFinite(r.x2)).toBe(true);
          expect(r.x1).toBeGreaterThanOrEqual(layout.axis.x1 - 1e-6);
          expect(r.x2).toBeLessThanOrEqual(layout.axis.x2 + 1e-6);
          expect(r.x1).toBeLessThanOrEqual(r.x2);
          expect(r.isRange).toBe(r.record.valueHigh !== undefined);
          expect(r.y).toBeGreaterThan(0);
          expect(r.y).toBeLessThan(layout.axis.y);
        }
        expect(layout.axis.x1).toBeGreaterThanOrEqual(0);
        expect(layout.axis.x2).toBeLessThanOrEqual(Math.max(width, 2 * margin + 1));
        expect(layout.axis.y).toBeLessThan(height);
        for (const t of layout.ticks) {
          expect(t.x).toBeGreaterThanOrEqual(layout.axis.x1 - 1e-6);
          expect(t.x).toBeLessThanOrEqual(layout.axis.x2 + 1e-6);
        }
      }),
    );
  });

  it('gives finite coordinates for zeros and huge values', () => {
    const arb = fc.oneof(
      fc.constant([rec({ year: 2020, value: 0 })]),
      fc.double({ min: 0, max: 1e300, noNaN: true }).map((v) => [rec({ year: 2020, value: v, unit: 'usd-bn' })]),
    );
    fc.assert(
      fc.property(arb, (records) => {
        const layout = layoutRange({ records, size, lang: 'en' });
        for (const r of layout.rows) for (const n of [r.x1, r.x2, r.value.x]) expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });
});

describe('a range label that does not fit the width', () => {
  it('is wrapped above its band onto two lines, or cut with "…" there, the whole as its title', () => {
    const smic = 'Semiconductor Manufacturing International Corporation';
    const narrow = layoutRange({ records: [rec({ label: { en: smic, vi: smic }, value: 11, valueHigh: 19 })], size: { width: 200, height: rangeHeight(1) }, lang: 'en' });
    const { category, y } = narrow.rows[0]!;
    expect(category.lines?.length).toBe(2);
    for (const line of category.lines ?? []) expect(measureLabel(line, rangeDefaults.labelSize)).toBeLessThanOrEqual(200 - 2 * margin);
    // The last line sits where a single line would, the first above it, both above the band.
    expect(category.y + rangeDefaults.labelLineHeight).toBe(y - 16);
    expect(category.y - rangeDefaults.labelSize).toBeGreaterThanOrEqual(0);
    expect(category.text.endsWith('…')).toBe(true);
    expect(category.full).toBe(smic);
    const wide = layoutRange({ records: [rec({ label: { en: smic, vi: smic }, value: 11 })], size: { width: 600, height: rangeHeight(1) }, lang: 'en' });
    expect([wide.rows[0]!.category.text, wide.rows[0]!.category.full]).toEqual([smic, undefined]);
  });
});
