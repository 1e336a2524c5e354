import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag, ValueRecord } from '../../data/schema';
import { figureDefaults, figureHeight, figureTileDefaults, figureTileHeight, layoutFigure } from './figure-layout';
import { textExtent } from '../../shared/text-metrics';
import { measureLabel } from './label-fit';
import type { TextMark } from '../types';
import { makeRecord } from '../../test-support/fixtures';

const rec = (fields: Partial<ValueRecord> & { value: number }) => makeRecord({ unit: 'usd-bn', ...fields });

const size = { width: 300, height: figureHeight(3) };

describe('layoutFigure', () => {
  const records = [
    rec({ label: { en: 'DeepSeek', vi: 'DeepSeek' }, year: 2025, value: 6, unit: 'usd-m', flags: ['approx'] }),
    rec({ year: 2024, value: 45, flags: ['lowerBound'] }),
    rec({ label: { en: 'Market value lost', vi: 'Giá trị vốn hóa bị mất' }, value: 1, unit: 'usd-tn', flags: ['estimate'] }),
  ];
  const layout = layoutFigure({ records, size, lang: 'en' });

  it('gives one item per record, in the order given', () => {
    expect(layout.items).toHaveLength(3);
    expect(layout.items.map((i) => i.record)).toEqual(records);
  });

  it('centres each figure and steps down one row at a time', () => {
    layout.items.forEach((item, i) => {
      expect(item.value).toMatchObject({ x: 150, y: figureDefaults.top + i * figureDefaults.rowHeight, anchor: 'middle' });
      expect(item.caption.x).toBe(150);
      expect(item.caption.y).toBeGreaterThan(item.value.y);
      expect(item.caption.y).toBeLessThan(item.value.y + figureDefaults.rowHeight);
    });
  });

  it('writes the figure with its flags and the label and year beneath', () => {
    expect(layout.items.map((i) => i.value.text)).toEqual(['~$6m', '>$45bn', '$1tn est.']);
    expect(layout.items.map((i) => i.caption.text)).toEqual(['DeepSeek, 2025', '2024', 'Market value lost']);
  });

  it('draws only the estimate dashed', () => {
    expect(layout.items.map((i) => i.dashed)).toEqual([false, false, true]);
  });

  it('captions in Vietnamese', () => {
    const vi = layoutFigure({ records, size, lang: 'vi' });
    expect(vi.items[2]!.caption.text).toBe('Giá trị vốn hóa bị mất');
    expect(vi.items[1]!.value.text).toBe('>45 tỷ USD');
  });

  it('keeps keys distinct for records with the same caption', () => {
    const twin = layoutFigure({ records: [rec({ year: 2024, value: 1 }), rec({ year: 2024, value: 2 })], size, lang: 'en' });
    expect(new Set(twin.items.map((i) => i.key)).size).toBe(2);
  });
});

describe('layoutFigure (property)', () => {
  it('keeps every figure and caption inside its height, with finite coordinates', () => {
    const recordsArb = fc.array(
      fc.record({
        value: fc.double({ min: -1e300, max: 1e300, noNaN: true }),
        year: fc.integer({ min: 1990, max: 2040 }),
        flags: fc.subarray(['estimate', 'target', 'approx', 'lowerBound'] as Flag[]),
      }),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 40, max: 1600 }), (rows, width) => {
        const records = rows.map((r) => rec(r));
        const height = figureHeight(records.length);
        const layout = layoutFigure({ records, size: { width, height }, lang: 'en' });
        expect(layout.items).toHaveLength(records.length);
        for (const item of layout.items) {
          expect(item.value.x).toBe(width / 2);
          expect(item.value.y).toBeGreaterThan(0);
          expect(item.caption.y).toBeLessThanOrEqual(height);
          expect(item.caption.text).toBe(String(item.record.year));
        }
      }),
    );
  });
});

describe('layoutFigure in a key-figure tile (compact)', () => {
  it('puts the figures side by side, one row high, each centred in its column', () => {
    const records = [rec({ year: 2023, value: 12 }), rec({ label: { en: 'Huawei R&D', vi: 'Huawei R&D' }, year: 2023, value: 23 })];
    const layout = layoutFigure({ records, size: { width: 400, height: figureTileHeight }, lang: 'en', compact: true });
    expect(layout.items.map((i) => i.value.x)).toEqual([100, 300]);
    expect(layout.items.map((i) => i.value.y)).toEqual([figureTileDefaults.top, figureTileDefaults.top]);
    expect(figureTileHeight).toBeLessThan(figureHeight(1));
    expect(layout.items.map((i) => i.caption.x)).toEqual([100, 300]);
  });

  it('keeps each figure in its own column and every mark within one row (property)', () => {
    const recordsArb = fc.array(
      fc.record({ value: fc.double({ min: -1e12, max: 1e12, noNaN: true }), year: fc.integer({ min: 1990, max: 2040 }) }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 120, max: 1600 }), (rows, width) => {
        const records = rows.map((r) => rec(r));
        const height = figureTileHeight;
        const layout = layoutFigure({ records, size: { width, height }, lang: 'en', compact: true });
        const column = width / records.length;
        layout.items.forEach((item, i) => {
          // Centred in column i: the figure cannot reach into a neighbour's column unless it is at the smallest size.
          expect(item.value.x).toBeCloseTo(column * (i + 0.5));
          // By the estimate the tile's figures are fitted with.
          const textWidth = measureLabel(item.value.text, item.fontSize);
          if (item.fontSize > figureDefaults.minValueSize) expect(textWidth).toBeLessThanOrEqual(column - 2 * figureDefaults.margin);
          // The figure's cap height fits above its baseline; the caption's descenders below it.
          expect(item.value.y).toBe(figureTileDefaults.top);
          expect(item.value.y - item.fontSize * 0.75).toBeGreaterThanOrEqual(0);
          expect(item.caption.y + figureDefaults.captionSize * 0.25).toBeLessThanOrEqual(height);
        });
      }),
    );
  });

  it('lets no two texts overlap and none leave the tile, at any width from 280 px, in both languages (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 });
    const recordsArb = fc.array(
      fc.record({
        // Figures as the data carry them: up to five digits, up to three after the point.
        value: fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 3 })).map(([n, d]) => n / 10 ** d),
        unit: fc.constantFrom('usd-bn', 'usd-m', 'usd-tn', 'percent' as const),
        year: fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: undefined }),
        label: fc.option(fc.record({ en: text, vi: text }), { nil: undefined }),
        flags: fc.subarray(['estimate', 'target', 'approx', 'lowerBound', 'derived'] as Flag[]),
      }),
      { minLength: 1, maxLength: 4 },
    );
    /** The box a text is drawn in, by the estimate the layout fits with. */
    const box = (mark: TextMark, fontSize: number) => {
      const width = measureLabel(mark.text, fontSize);
      const left = mark.anchor === 'middle' ? mark.x - width / 2 : mark.anchor === 'end' ? mark.x - width : mark.x;
      return { left, right: left + width, top: mark.y - textExtent.above * fontSize, bottom: mark.y + textExtent.below * fontSize, text: mark.text };
    };
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 280, max: 1600 }), fc.constantFrom('en', 'vi' as const), (rows, width, lang) => {
        const records = rows.map(({ year, label, ...r }) => rec({ ...r, ...(year === undefined ? {} : { year }), ...(label === undefined ? {} : { label }) }));
        const height = figureTileHeight;
        const layout = layoutFigure({ records, size: { width, height }, lang, compact: true });
        const boxes = layout.items.flatMap((item) => [
          box(item.value, item.fontSize),
          ...(item.caption.text === '' ? [] : [box(item.caption, figureDefaults.captionSize)]),
        ]);
        for (const b of boxes) {
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.right).toBeLessThanOrEqual(width);
          expect(b.top).toBeGreaterThanOrEqual(0);
          expect(b.bottom).toBeLessThanOrEqual(height);
        }
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            expect(dx > 0 && dy > 0, `"${a.text}" / "${b.text}"`).toBe(false);
          }
        }
      }),
    );
  });
});
