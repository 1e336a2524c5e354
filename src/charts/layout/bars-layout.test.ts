import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag, ValueRecord } from '../../data/schema';
import { barsDefaults, barsHeight, layoutBars } from './bars-layout';
import { makeRecord } from '../../test-support/fixtures';
import { measureLabel } from './label-fit';

const rec = (fields: Partial<ValueRecord> & { value: number }) => makeRecord({ unit: 'usd-bn', ...fields });
const company = (name: string, value: number, flags: Flag[] = []) => rec({ label: { en: name, vi: name }, value, flags });

const { labelWidth, margin, valueRoom, top, rowHeight, barHeight } = barsDefaults;
// 400 px from the label column to the end of the scale: 0.4 px per $1bn over 0..1000.
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

  it('draws each bar from zero with a length proportional to its value', () => {
    for (const b of layout.bars) expect(b.x).toBe(labelWidth);
    expect(tsmc!.width / smic!.width).toBeCloseTo(890 / 60);
    expect(smic!.width / cambricon!.width).toBeCloseTo(60 / 40);
    expect(tsmc!.width).toBeCloseTo(0.4 * 890);
  });

  it('puts round ticks from zero, labelled in the unit, with gridlines over the bars', () => {
    expect(layout.ticks.map((t) => t.text)).toEqual(['$0bn', '$200bn', '$400bn', '$600bn', '$800bn', '$1,000bn']);
    expect(layout.ticks[0]!.x).toBe(labelWidth);
    for (const t of layout.ticks) {
      expect(t.y1).toBe(top);
      expect(t.y2).toBe(top + 3 * rowHeight);
    }
  });

  it('labels each bar with its name on the left and its figure just past its end', () => {
    expect(tsmc!.category).toMatchObject({ x: labelWidth - 8, anchor: 'end' });
    expect(tsmc!.value.text).toBe('$890bn');
    expect(cambricon!.value.text).toBe('~$40bn');
    for (const b of layout.bars) expect(b.value.x).toBeCloseTo(b.x + b.width + 6);
  });
});

describe('layoutBars edge cases', () => {
  it('leaves out values that are not positive', () => {
    const layout = layoutBars({ records: [company('A', 0), company('B', -5), company('C', 3)], size, lang: 'en' });
    expect(layout.bars.map((b) => b.category.text)).toEqual(['C']);
  });

  it('falls back to the year when there is no label', () => {
    const layout = layoutBars({ records: [rec({ year: 2024, value: 5 })], size, lang: 'en' });
    expect(layout.bars[0]!.category.text).toBe('2024');
  });

  it('writes in Vietnamese', () => {
    const layout = layoutBars({ records: [company('TSMC', 890)], size, lang: 'vi' });
    expect(layout.bars[0]!.value.text).toBe('890 tỷ USD');
  });

  it('draws an estimate dashed and hollow', () => {
    const layout = layoutBars({ records: [company('A', 5, ['estimate']), company('B', 50)], size, lang: 'en' });
    expect(layout.bars.map((b) => [b.dashed, b.hollow])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('stays finite for the largest and smallest positive doubles', () => {
    for (const value of [Number.MAX_VALUE, 5e-324, 1e15, 1e-15]) {
      const layout = layoutBars({ records: [company('A', value), company('B', 1)], size, lang: 'en' });
      for (const b of layout.bars) expect(Number.isFinite(b.x + b.width + b.y)).toBe(true);
      for (const t of layout.ticks) expect(Number.isFinite(t.x)).toBe(true);
    }
  });
});

describe('layoutBars (property)', () => {
  const recordsArb = fc.array(
    fc.record({ value: fc.double({ min: 1e-6, max: 1e12, noNaN: true }), flags: fc.subarray(['estimate', 'approx'] as Flag[]) }),
    { minLength: 1, maxLength: 10 },
  );

  it('keeps bars inside the scale, longest first, each length proportional to its value', () => {
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 100, max: 1600 }), (rows, width) => {
        const records = rows.map((r, i) => company(`C${i}`, r.value, r.flags));
        const height = barsHeight(records.length);
        const layout = layoutBars({ records, size: { width, height }, lang: 'en' });
        const scaleEnd = Math.max(labelWidth + 1, width - margin - valueRoom);
        expect(layout.bars).toHaveLength(records.length);
        const first = layout.bars[0]!;
        layout.bars.forEach((b, i) => {
          expect(b.x).toBe(labelWidth);
          expect(b.x + b.width).toBeLessThanOrEqual(scaleEnd + 1e-6);
          expect(b.y + b.height).toBeLessThanOrEqual(height);
          if (i > 0) expect(b.width).toBeLessThanOrEqual(layout.bars[i - 1]!.width + 1e-9);
          expect(b.width / first.width).toBeCloseTo(b.record.value / first.record.value, 6);
        });
        for (let i = 1; i < layout.ticks.length; i++) expect(layout.ticks[i]!.x).toBeGreaterThan(layout.ticks[i - 1]!.x);
      }),
    );
  });
});

describe('layoutBars with a category label longer than labels may be', () => {
  it('cuts a label beyond the label limit with an ellipsis, within its room, the whole text its title', () => {
    const layout = layoutBars({ records: [company('A'.repeat(50_000), 10)], size, lang: 'en' });
    const { category } = layout.bars[0]!;
    expect(Array.from(category.text).length).toBeLessThanOrEqual(60);
    expect(category.text.endsWith('…')).toBe(true);
    expect(measureLabel(category.text, barsDefaults.labelSize)).toBeLessThanOrEqual(category.x);
    expect(category.full).toHaveLength(50_000);
    expect(layout.bars[0]!.record.label?.en).toHaveLength(50_000);
  });
});

describe('bar labels within their limit that do not fit their room', () => {
  const SMIC = 'Semiconductor Manufacturing International Corporation';

  it('widens the label column for a long name, wraps it onto two lines and never cuts its start', () => {
    const layout = layoutBars({ records: [company(SMIC, 60), company('TSMC', 890)], size: { width: 360, height: barsHeight(2) }, lang: 'en' });
    const smic = layout.bars.find((b) => b.record.label?.en === SMIC)!;
    const { category } = smic;
    expect(smic.x).toBe(Math.floor(360 * barsDefaults.maxLabelShare));
    expect(category.lines).toHaveLength(2);
    expect(category.lines![0]).toBe('Semiconductor');
    expect(category.text.endsWith('…')).toBe(true);
    expect(SMIC.startsWith(category.text.slice(0, -1).trimEnd())).toBe(true);
    expect(category.full).toBe(SMIC);
    // TSMC fits: one line, no title.
    const tsmc = layout.bars.find((b) => b.record.label?.en === 'TSMC')!.category;
    expect([tsmc.text, tsmc.lines, tsmc.full]).toEqual(['TSMC', undefined, undefined]);
  });

  it('sets the name whole on a slide-wide chart', () => {
    const layout = layoutBars({ records: [company(SMIC, 60)], size: { width: 1200, height: barsHeight(1) }, lang: 'en' });
    const { category } = layout.bars[0]!;
    expect(category.full).toBeUndefined();
    expect((category.lines ?? [category.text]).join(' ')).toBe(SMIC);
  });

  it('keeps the short labels of the real data where they were', () => {
    const layout = layoutBars({ records: [company('TSMC', 890), company('SMIC', 60), company('Cambricon', 40)], size: { width: 360, height: barsHeight(3) }, lang: 'en' });
    for (const b of layout.bars) {
      expect(b.x).toBe(barsDefaults.labelWidth);
      expect(b.category.full).toBeUndefined();
    }
  });

  const word = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('Semiconductor', 'Manufacturing', 'International', 'Corporation', 'Tập', 'đoàn', 'WWWWWWWWWW'));
  const label = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ')).filter((t) => t.trim() !== '');

  it('draws no label beyond its room or outside its row; a cut label ends in "…" and its title is the whole text', () => {
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 8 }), fc.integer({ min: 240, max: 1920 }), (labels, width) => {
        const records = labels.map((l, i) => company(l, i + 1));
        const layout = layoutBars({ records, size: { width, height: barsHeight(records.length) }, lang: 'en' });
        const { labelSize, labelLines, labelGap, labelLineHeight } = barsDefaults;
        for (const b of layout.bars) {
          const { category } = b;
          const lines = category.lines ?? (category.text === '' ? [] : [category.text]);
          expect(lines.length).toBeLessThanOrEqual(labelLines);
          // Right-aligned at the column's edge: each line from x - width to x, within 0..bar start.
          expect(category.x).toBe(b.x - labelGap);
          for (const line of lines) expect(category.x - measureLabel(line, labelSize)).toBeGreaterThanOrEqual(0);
          // The lines stay within the bar's row.
          const rowTop = b.y - (barsDefaults.rowHeight - b.height) / 2;
          expect(category.y - labelSize).toBeGreaterThanOrEqual(rowTop - 1);
          expect(category.y + (lines.length - 1) * labelLineHeight).toBeLessThanOrEqual(rowTop + barsDefaults.rowHeight);
          const whole = (b.record.label?.en ?? '').split(/\s+/).filter(Boolean).join(' ');
          if (category.full !== undefined) {
            expect(category.full).toBe(b.record.label?.en);
            expect(lines.at(-1)?.endsWith('…') ?? true).toBe(true);
          } else {
            expect(lines.join(' ')).toBe(whole);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
