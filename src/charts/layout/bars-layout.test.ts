import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag, ValueRecord } from '../../data/schema';
import { barsDefaults, barsHeight, layoutBars } from './bars-layout';
import { makeRecord } from '../../test-support/fixtures';

const rec = (fields: Partial<ValueRecord> & { value: number }) => makeRecord({ unit: 'usd-bn', ...fields });
const company = (name: string, value: number, flags: Flag[] = []) => rec({ label: { en: name, vi: name }, value, flags });

const { labelWidth, margin, valueRoom, top, rowHeight, barHeight } = barsDefaults;
// 400 px from the label column to the end of the scale: 200 px per decade over 10..1000.
const size = { width: labelWidth + 400 + margin + valueRoom, height: barsHeight(3) };

describe('layoutBars (TSMC 890, SMIC 60, Cambricon 40, in $bn)', () => {
  const layout = layoutBars({
    records: [company('SMIC', 60), company('TSMC', 890), company('Cambricon', 40, ['approx'])],
    size,
    lang: 'en',
  });
  const [tsmc, smic, cambricon] = layout.bars;

  it('sorts the bars largest first, one row each', () => {
    expect(layout.bars.map((b) => b.category.text)).toEqual(['TSMC', 'SMIC', 'Cambricon']);
    layout.bars.forEach((b, i) => expect(b.y).toBeCloseTo(top + i * rowHeight + (rowHeight - barHeight) / 2));
  });

  it('makes TSMC the longest bar and keeps the order of the small ones', () => {
    expect(tsmc!.width).toBeGreaterThan(smic!.width);
    expect(smic!.width).toBeGreaterThan(cambricon!.width);
  });

  it('measures the bars on a log scale from 10 to 1000', () => {
    for (const b of layout.bars) expect(b.x).toBe(labelWidth);
    expect(tsmc!.width).toBeCloseTo(200 * Math.log10(890 / 10));
    expect(smic!.width).toBeCloseTo(200 * Math.log10(60 / 10));
    expect(cambricon!.width).toBeCloseTo(200 * Math.log10(40 / 10));
  });

  it('puts a tick at each decade, labelled in the unit', () => {
    expect(layout.ticks.map((t) => t.text)).toEqual(['$10bn', '$100bn', '$1,000bn']);
    expect(layout.ticks.map((t) => t.x)).toEqual([labelWidth, labelWidth + 200, labelWidth + 400].map((x) => expect.closeTo(x, 6)));
    for (const t of layout.ticks) {
      expect(t.y1).toBe(top);
      expect(t.y2).toBe(top + 3 * rowHeight);
    }
    expect(layout.scaleNote).toBe('log scale');
  });

  it('labels each bar with its name on the left and its figure just past its end', () => {
    expect(tsmc!.category).toMatchObject({ x: labelWidth - 8, anchor: 'end' });
    expect(tsmc!.value.text).toBe('$890bn');
    expect(cambricon!.value.text).toBe('~$40bn');
    for (const b of layout.bars) expect(b.value.x).toBeCloseTo(b.x + b.width + 6);
  });
});

describe('layoutBars edge cases', () => {
  it('leaves out values that a log scale cannot show', () => {
    const layout = layoutBars({ records: [company('A', 0), company('B', -5), company('C', 3)], size, lang: 'en' });
    expect(layout.bars.map((b) => b.category.text)).toEqual(['C']);
  });

  it('gives a single value a decade of room', () => {
    const layout = layoutBars({ records: [company('A', 100)], size, lang: 'en' });
    expect(layout.ticks.map((t) => t.text)).toEqual(['$100bn', '$1,000bn']);
    expect(layout.bars[0]!.width).toBeGreaterThanOrEqual(1);
  });

  it('falls back to the year when there is no label', () => {
    const layout = layoutBars({ records: [rec({ year: 2024, value: 5 })], size, lang: 'en' });
    expect(layout.bars[0]!.category.text).toBe('2024');
  });

  it('writes in Vietnamese', () => {
    const layout = layoutBars({ records: [company('TSMC', 890)], size, lang: 'vi' });
    expect(layout.scaleNote).toBe('thang logarit');
    expect(layout.bars[0]!.value.text).toBe('890 tỷ USD');
  });

  it('draws an estimate dashed and hollow', () => {
    const layout = layoutBars({ records: [company('A', 5, ['estimate']), company('B', 50)], size, lang: 'en' });
    expect(layout.bars.map((b) => [b.dashed, b.hollow])).toEqual([
      [false, false],
      [true, true],
    ]);
  });
});

describe('layoutBars (property)', () => {
  const recordsArb = fc.array(
    fc.record({ value: fc.double({ min: 1e-6, max: 1e12, noNaN: true }), flags: fc.subarray(['estimate', 'approx'] as Flag[]) }),
    { minLength: 1, maxLength: 10 },
  );

  it('keeps bars inside the scale, longest first, with ticks a decade apart covering every value', () => {
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 100, max: 1600 }), (rows, width) => {
        const records = rows.map((r, i) => company(`C${i}`, r.value, r.flags));
        const height = barsHeight(records.length);
        const layout = layoutBars({ records, size: { width, height }, lang: 'en' });
        const scaleEnd = Math.max(labelWidth + 1, width - margin - valueRoom);
        expect(layout.bars).toHaveLength(records.length);
        layout.bars.forEach((b, i) => {
          expect(Number.isFinite(b.width)).toBe(true);
          expect(b.x).toBe(labelWidth);
          expect(b.width).toBeGreaterThanOrEqual(1);
          expect(b.x + b.width).toBeLessThanOrEqual(scaleEnd + 1e-6);
          expect(b.y + b.height).toBeLessThanOrEqual(height);
          if (i > 0) expect(b.width).toBeLessThanOrEqual(layout.bars[i - 1]!.width + 1e-9);
        });
        const values = records.map((r) => r.value);
        expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < layout.ticks.length; i++) expect(layout.ticks[i]!.x).toBeGreaterThan(layout.ticks[i - 1]!.x);
        expect(layout.ticks[0]!.x).toBeCloseTo(labelWidth);
        expect(layout.ticks[layout.ticks.length - 1]!.x).toBeCloseTo(scaleEnd);
        // The decades needed: from the one below the smallest value to the one above the largest.
        const decades = Math.ceil(Math.log10(Math.max(...values))) - Math.floor(Math.log10(Math.min(...values)));
        expect(layout.ticks).toHaveLength(Math.max(1, decades) + 1);
      }),
    );
  });
});

describe('layoutBars at the edges of what a double holds', () => {
  it('stays finite, with one tick per decade, for the largest and smallest positive values', () => {
    for (const value of [Number.MAX_VALUE, 5e-324, 1e15, 1e-15]) {
      const layout = layoutBars({ records: [company('A', value), company('B', 1)], size, lang: 'en' });
      for (const b of layout.bars) expect(Number.isFinite(b.x + b.width + b.y)).toBe(true);
      for (const t of layout.ticks) expect(Number.isFinite(t.x)).toBe(true);
      expect(layout.ticks.length).toBeLessThanOrEqual(602);
    }
  });

  it('labels decades below 1 distinctly', () => {
    const texts = layoutBars({ records: [company('A', 0.005), company('B', 5)], size, lang: 'en' }).ticks.map((t) => t.text);
    expect(texts).toEqual(['$0.001bn', '$0.01bn', '$0.1bn', '$1bn', '$10bn']);
  });
});
