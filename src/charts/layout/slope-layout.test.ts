import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag, Unit } from '../../data/schema';
import { textWidth } from '../../shared/text-metrics';
import { labelRoom, layoutSlope, slopeDefaults } from './slope-layout';
import { makeRecord } from '../../test-support/fixtures';

const rec = makeRecord;

const size = { width: 400, height: slopeDefaults.height };
const { top, bottom, labelGap, minSideMargin, valueSize, valueWeight } = slopeDefaults;
/** A value label's drawn width, in the font's advance widths. */
const drawn = (text: string) => textWidth(text, valueSize, valueWeight);

describe('labelRoom', () => {
  it('grows by the width of each character, in the value labels\' font', () => {
    expect(labelRoom('80%') - labelRoom('8%')).toBeCloseTo(textWidth('0', valueSize, valueWeight));
    // Room for the gap beside the point, plus a little slack so the label is never cut.
    expect(labelRoom('')).toBeGreaterThan(labelGap);
  });
});

describe('layoutSlope (Nvidia share, 80% in 2024 → 50% est. in 2025)', () => {
  const records = [
    rec({ year: 2025, value: 50, flags: ['estimate'] }),
    rec({ year: 2024, value: 80 }),
  ];
  const layout = layoutSlope({ records, size, lang: 'en' });
  const [p2024, p2025] = layout.points;

  it('orders the points by year', () => {
    expect(layout.points.map((p) => p.record.year)).toEqual([2024, 2025]);
    expect(p2024!.x).toBeLessThan(p2025!.x);
  });

  it('puts the first point just right of its label room and the last just left of its own', () => {
    expect(p2024!.x).toBeCloseTo(labelRoom('80%'));
    expect(p2025!.x).toBeCloseTo(size.width - labelRoom('50% est.'));
    expect(layout.xDomain).toEqual([2024, 2025]);
  });

  it('puts the top of the 0..80 domain at the top margin and 0 at the bottom', () => {
    expect(p2024!.y).toBeCloseTo(top);
    expect(layout.baseline.y).toBeCloseTo(size.height - bottom);
    // 50 of 80 lies five eighths of the way up.
    expect(p2025!.y).toBeCloseTo(size.height - bottom - (50 / 80) * (size.height - bottom - top));
  });

  it('draws the larger value higher', () => {
    expect(p2024!.y).toBeLessThan(p2025!.y);
  });

  it('labels the figures with their flags, the first on the left, the last on the right', () => {
    expect(p2024!.value.text).toBe('80%');
    expect(p2024!.value.anchor).toBe('end');
    expect(p2024!.value.x).toBeCloseTo(p2024!.x - labelGap);
    expect(p2025!.value.text).toBe('50% est.');
    expect(p2025!.value.anchor).toBe('start');
    expect(p2025!.value.x).toBeCloseTo(p2025!.x + labelGap);
    expect(p2024!.year?.text).toBe('2024');
    expect(p2025!.year?.text).toBe('2025');
  });

  it('keeps the end labels inside the width', () => {
    expect(p2024!.value.x - drawn(p2024!.value.text)).toBeGreaterThanOrEqual(0);
    expect(p2025!.value.x + drawn(p2025!.value.text)).toBeLessThanOrEqual(size.width);
  });

  it('draws the estimate dashed and hollow, the observed figure solid, and the segment to an estimate dashed', () => {
    expect([p2024!.dashed, p2024!.hollow]).toEqual([false, false]);
    expect([p2025!.dashed, p2025!.hollow]).toEqual([true, true]);
    expect(layout.segments).toEqual([{ x1: p2024!.x, y1: p2024!.y, x2: p2025!.x, y2: p2025!.y, dashed: true }]);
  });

  it('maps a fractional year onto the axis', () => {
    expect(layout.xOfYear(2024.5)).toBeCloseTo((p2024!.x + p2025!.x) / 2);
  });
});

describe('layoutSlope flags and shapes', () => {
  it.each<[Flag[], Unit, number, string, boolean]>([
    [['lowerBound'], 'usd-bn', 45, '>$45bn', false],
    [['approx'], 'percent', 30, '~30%', false],
    [['target'], 'percent', 70, '70% target', true],
    [['derived'], 'million-tonnes', 86.8, '86.8 Mt derived', true],
  ])('%j figures read %s and are dashed: %s', (flags, unit, value, text, dashed) => {
    const layout = layoutSlope({ records: [rec({ year: 2020, value: 1, unit }), rec({ year: 2030, value, unit, flags })], size, lang: 'en' });
    const last = layout.points[1]!;
    expect(last.value.text).toBe(text);
    expect(last.dashed).toBe(dashed);
    expect(last.hollow).toBe(dashed);
    expect(layout.segments[0]!.dashed).toBe(dashed);
  });

  it('leaves out records without a year', () => {
    const layout = layoutSlope({
      records: [rec({ year: 2020, value: 1 }), rec({ label: { en: 'TSMC', vi: 'TSMC' }, value: 5 }), rec({ year: 2021, value: 2 })],
      size,
      lang: 'en',
    });
    expect(layout.points.map((p) => p.record.year)).toEqual([2020, 2021]);
  });

  it('centres a single point and labels it on the left', () => {
    const layout = layoutSlope({ records: [rec({ year: 2022, value: 10 })], size, lang: 'en' });
    const [p] = layout.points;
    expect(layout.points).toHaveLength(1);
    expect(layout.segments).toEqual([]);
    expect(layout.xDomain).toEqual([2021, 2023]);
    const left = labelRoom('10%');
    expect(p!.x).toBeCloseTo((left + size.width - minSideMargin) / 2);
    expect(p!.value.anchor).toBe('end');
    expect(p!.value.x - drawn(p!.value.text)).toBeGreaterThanOrEqual(0);
  });

  it('labels middle points above them, centred', () => {
    const layout = layoutSlope({
      records: [rec({ year: 2020, value: 10 }), rec({ year: 2021, value: 20 }), rec({ year: 2022, value: 30 })],
      size,
      lang: 'en',
    });
    const mid = layout.points[1]!;
    expect(mid.value.anchor).toBe('middle');
    expect(mid.value.x).toBe(mid.x);
    expect(mid.value.y).toBeLessThan(mid.y);
    expect(layout.segments).toHaveLength(2);
  });

  it('puts negative values below the zero baseline', () => {
    const layout = layoutSlope({
      records: [rec({ year: 2015, value: -40, unit: 'usd-bn' }), rec({ year: 2024, value: 20, unit: 'usd-bn' })],
      size,
      lang: 'en',
    });
    const [neg, pos] = layout.points;
    expect(neg!.y).toBeCloseTo(size.height - bottom);
    expect(pos!.y).toBeCloseTo(top);
    expect(layout.baseline.y).toBeGreaterThan(pos!.y);
    expect(layout.baseline.y).toBeLessThan(neg!.y);
    // Zero lies a third of the way up a −40..20 domain.
    expect(layout.baseline.y).toBeCloseTo(size.height - bottom - (40 / 60) * (size.height - bottom - top));
    expect(neg!.value.text).toBe('−$40bn');
  });

  it('writes the labels in Vietnamese', () => {
    const layout = layoutSlope({ records: [rec({ year: 2024, value: 45, unit: 'usd-bn', flags: ['estimate'] })], size, lang: 'vi' });
    expect(layout.points[0]!.value.text).toBe('45 tỷ USD (ước tính)');
  });
});

const UNITS_ANY_SIGN: Unit[] = ['usd-bn', 'percent-change', 'cny-bn'];
const flagsArb = fc.subarray(['estimate', 'target', 'approx', 'lowerBound'] as Flag[]);

function slopeRecordsArb(maxAbs: number) {
  return fc.constantFrom(...UNITS_ANY_SIGN).chain((unit) =>
    fc.array(
      fc.record({
        year: fc.integer({ min: 1990, max: 2040 }),
        value: fc.double({ min: -maxAbs, max: maxAbs, noNaN: true }),
        flags: flagsArb,
      }),
      { minLength: 1, maxLength: 8 },
    ).map((rows) => rows.map((r) => rec({ ...r, unit }))),
  );
}

describe('layoutSlope (property)', () => {
  it('keeps every point and end label inside the chart whenever the end labels fit side by side', () => {
    fc.assert(
      fc.property(
        slopeRecordsArb(1e6),
        fc.integer({ min: 120, max: 1400 }),
        fc.integer({ min: 120, max: 400 }),
        fc.constantFrom('en' as const, 'vi' as const),
        (records, width, height, lang) => {
          const layout = layoutSlope({ records, size: { width, height }, lang });
          expect(layout.points).toHaveLength(records.length);
          const years = layout.points.map((p) => p.record.year!);
          expect(years).toEqual([...years].sort((a, b) => a - b));
          const first = layout.points[0]!;
          const last = layout.points[layout.points.length - 1]!;
          for (const p of layout.points) {
            expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
            expect(p.y).toBeGreaterThanOrEqual(top - 1e-9);
            expect(p.y).toBeLessThanOrEqual(height - bottom + 1e-9);
          }
          const needed = labelRoom(first.value.text) + (layout.points.length > 1 ? labelRoom(last.value.text) : minSideMargin) + 1;
          if (needed <= width) {
            for (const p of layout.points) {
              expect(p.x).toBeGreaterThanOrEqual(0);
              expect(p.x).toBeLessThanOrEqual(width);
            }
            expect(first.value.x - drawn(first.value.text)).toBeGreaterThanOrEqual(0);
            if (layout.points.length > 1) {
              expect(last.value.x + drawn(last.value.text)).toBeLessThanOrEqual(width + 1e-9);
            }
          }
        },
      ),
    );
  });

  it('gives finite coordinates for huge and equal values', () => {
    fc.assert(
      fc.property(
        fc.oneof(slopeRecordsArb(1e300), fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((v) => [rec({ year: 2020, value: v }), rec({ year: 2021, value: v })])),
        (records) => {
          const layout = layoutSlope({ records, size, lang: 'en' });
          for (const p of layout.points) {
            for (const n of [p.x, p.y, p.value.x, p.value.y, p.year?.x ?? 0, p.year?.y ?? 0]) expect(Number.isFinite(n)).toBe(true);
          }
          expect(Number.isFinite(layout.baseline.y)).toBe(true);
        },
      ),
    );
  });
});
