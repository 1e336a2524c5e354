import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag, ValueRecord } from '../../data/schema';
import { divergingDefaults, layoutDiverging } from './diverging-layout';
import { makeRecord } from '../../test-support/fixtures';
import { measureLabel } from './label-fit';

const rec = (fields: Partial<ValueRecord> & { value: number }) => makeRecord({ unit: 'usd-bn', ...fields });

const { top, bottom, margin, maxBarWidth } = divergingDefaults;
const size = { width: 400, height: divergingDefaults.height };
// The value axis runs from here (lowest value) up to `plotTop` (highest value).
const plotBottom = size.height - bottom - 18;
const plotTop = top + 4;

describe('layoutDiverging (a deficit of 80 turning into a surplus of 40)', () => {
  const records = [rec({ year: 2024, value: 40, flags: ['estimate'] }), rec({ year: 2015, value: -80 })];
  const layout = layoutDiverging({ records, size, lang: 'en' });
  const [deficit, surplus] = layout.bars;

  it('orders the bars by year, left to right', () => {
    expect(layout.bars.map((b) => b.key)).toEqual(['2015', '2024']);
    expect(deficit!.x).toBeLessThan(surplus!.x);
  });

  it('puts zero two thirds of the way down a −80..40 domain', () => {
    expect(layout.zero.y).toBeCloseTo(plotTop + (40 / 120) * (plotBottom - plotTop));
    expect(layout.zero.x1).toBe(margin);
    expect(layout.zero.x2).toBe(size.width - margin);
  });

  it('hangs the negative bar below the zero line, from it to the bottom of the axis', () => {
    expect(deficit!.negative).toBe(true);
    expect(deficit!.y).toBeCloseTo(layout.zero.y);
    expect(deficit!.y + deficit!.height).toBeCloseTo(plotBottom);
    expect(deficit!.value.y).toBeGreaterThan(deficit!.y + deficit!.height);
    expect(deficit!.year.y).toBeLessThan(layout.zero.y);
    expect(deficit!.value.text).toBe('−$80bn');
  });

  it('stands the positive bar on the zero line, up to the top of the axis', () => {
    expect(surplus!.negative).toBe(false);
    expect(surplus!.y).toBeCloseTo(plotTop);
    expect(surplus!.y + surplus!.height).toBeCloseTo(layout.zero.y);
    expect(surplus!.value.y).toBeLessThan(surplus!.y);
    expect(surplus!.year.y).toBeGreaterThan(layout.zero.y);
    expect(surplus!.value.text).toBe('$40bn est.');
  });

  it('makes the heights proportional to the values', () => {
    expect(deficit!.height / surplus!.height).toBeCloseTo(2);
  });

  it('keeps bars no wider than the maximum, centred on their labels', () => {
    for (const b of layout.bars) {
      expect(b.width).toBeLessThanOrEqual(maxBarWidth);
      expect(b.value.x).toBeCloseTo(b.x + b.width / 2);
      expect(b.year.x).toBeCloseTo(b.x + b.width / 2);
    }
  });

  it('draws the estimate dashed and hollow', () => {
    expect([deficit!.dashed, surplus!.dashed, surplus!.hollow]).toEqual([false, true, true]);
  });
});

describe('layoutDiverging edge cases', () => {
  it('puts zero at the bottom when every value is positive', () => {
    const layout = layoutDiverging({ records: [rec({ year: 2020, value: 5 }), rec({ year: 2021, value: 10 })], size, lang: 'en' });
    expect(layout.zero.y).toBeCloseTo(plotBottom);
    expect(layout.bars.every((b) => !b.negative)).toBe(true);
  });

  it('puts zero at the top when every value is negative', () => {
    const layout = layoutDiverging({ records: [rec({ year: 2020, value: -5 }), rec({ year: 2021, value: -10 })], size, lang: 'en' });
    expect(layout.zero.y).toBeCloseTo(plotTop);
    expect(layout.bars[1]!.y + layout.bars[1]!.height).toBeCloseTo(plotBottom);
  });

  it('uses the label as the key when a record has one', () => {
    const layout = layoutDiverging({ records: [rec({ label: { en: 'Exports', vi: 'Xuất khẩu' }, value: 3 })], size, lang: 'vi' });
    expect(layout.bars[0]!.key).toBe('Xuất khẩu');
    expect(layout.bars[0]!.year.text).toBe('Xuất khẩu');
  });

  it('draws zero values as flat bars on the zero line', () => {
    const layout = layoutDiverging({ records: [rec({ year: 2020, value: 0 })], size, lang: 'en' });
    expect(layout.bars[0]!.height).toBe(0);
    expect(layout.bars[0]!.y).toBeCloseTo(layout.zero.y);
  });
});

describe('layoutDiverging (property)', () => {
  const flagsArb = fc.subarray(['estimate', 'target', 'approx', 'derived'] as Flag[]);
  const recordsArb = (maxAbs: number) =>
    fc
      .uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 1, maxLength: 12 })
      .chain((years) =>
        fc.tuple(
          ...years.map((year) => fc.record({ value: fc.double({ min: -maxAbs, max: maxAbs, noNaN: true }), flags: flagsArb }).map((r) => rec({ ...r, year }))),
        ),
      );

  it('keeps every bar inside the chart, touching the zero line on the side of its sign', () => {
    fc.assert(
      fc.property(recordsArb(1e9), fc.integer({ min: 80, max: 1600 }), fc.integer({ min: 120, max: 400 }), (records, width, height) => {
        const layout = layoutDiverging({ records, size: { width, height }, lang: 'en' });
        const { zero } = layout;
        expect(layout.bars).toHaveLength(records.length);
        for (const b of layout.bars) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(width);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.y + b.height).toBeLessThanOrEqual(height);
          expect(b.height).toBeGreaterThanOrEqual(0);
          expect(b.negative).toBe(b.record.value < 0);
          if (b.negative) expect(b.y).toBeCloseTo(zero.y);
          else expect(b.y + b.height).toBeCloseTo(zero.y);
        }
        const keys = layout.bars.map((b) => Number(b.key));
        expect(keys).toEqual([...keys].sort((a, b) => a - b));
      }),
    );
  });

  it('gives finite coordinates for huge values of either sign', () => {
    fc.assert(
      fc.property(recordsArb(1e300), (records) => {
        const layout = layoutDiverging({ records, size, lang: 'en' });
        expect(Number.isFinite(layout.zero.y)).toBe(true);
        for (const b of layout.bars) {
          for (const n of [b.x, b.y, b.width, b.height, b.value.y, b.year.y]) expect(Number.isFinite(n)).toBe(true);
        }
      }),
    );
  });
});

describe('a diverging label wider than its column', () => {
  it('is cut with "…" within its column, never over its neighbour, the whole as its title', () => {
    const long = 'Semiconductor Manufacturing International Corporation';
    const records = [rec({ label: { en: long, vi: long }, value: -80 }), rec({ label: { en: 'Next', vi: 'Next' }, value: 40 })];
    const layout = layoutDiverging({ records, size, lang: 'en' });
    const [first, second] = layout.bars;
    expect(first!.year.text.endsWith('…')).toBe(true);
    expect(first!.year.full).toBe(long);
    const half = measureLabel(first!.year.text, divergingDefaults.labelSize) / 2;
    expect(first!.year.x + half).toBeLessThan(second!.year.x - measureLabel('Next', divergingDefaults.labelSize) / 2);
    expect(second!.year).toMatchObject({ text: 'Next' });
    expect(second!.year.full).toBeUndefined();
  });
});
