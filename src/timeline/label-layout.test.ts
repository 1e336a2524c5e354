import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLabels, type LabelItem, type LabelLayoutOptions, type PlacedUnit } from './label-layout';
import { timelineLabelWidth } from './text-measure';

const options = (left: number, right: number, fields: Partial<LabelLayoutOptions> = {}): LabelLayoutOptions => ({
  left,
  right,
  maxRows: 4,
  gap: 4,
  measure: timelineLabelWidth,
  clusterText: (n) => `${n} events`,
  ...fields,
});

/** Every box a unit takes: its mark on its row, its label on the label's row. */
function boxes(units: readonly PlacedUnit[]) {
  return units.flatMap((u) => [
    { row: u.label.row, a: u.label.x, b: u.label.x + u.label.width, id: u.ids.join() },
    { row: u.row, a: u.x1, b: u.x2, id: u.ids.join() },
  ]);
}

function checkLayout(items: readonly LabelItem[], units: readonly PlacedUnit[], o: LabelLayoutOptions) {
  // Every item in exactly one unit; a cluster says how many it holds.
  const ids = units.flatMap((u) => u.ids).sort();
  expect(ids).toEqual(items.map((i) => i.id).sort());
  for (const u of units) {
    if (u.ids.length > 1) expect(u.label.text).toBe(o.clusterText(u.ids.length));
    expect(u.label.row).toBe(u.leader ? u.row + 1 : u.row);
    expect(u.row).toBeGreaterThanOrEqual(0);
    expect(u.label.row).toBeLessThan(Math.max(3, o.maxRows));
    // Inside the bounds.
    expect(u.label.x).toBeGreaterThanOrEqual(o.left - 1e-9);
    expect(u.label.x + u.label.width).toBeLessThanOrEqual(o.right + 1e-9);
    expect(u.label.width).toBeGreaterThanOrEqual(Math.min(o.measure(u.label.text), o.right - o.left));
    // A leader stays within its mark and its label.
    if (u.leader) {
      expect(u.x).toBeGreaterThanOrEqual(u.label.x);
      expect(u.x).toBeLessThanOrEqual(u.label.x + u.label.width);
    }
  }
  if (o.pinned && items.some((i) => i.id === o.pinned)) {
    expect(units.find((u) => u.ids.includes(o.pinned!))!.ids).toEqual([o.pinned]);
  }
  // No two boxes on one row overlap (labels with labels, labels with marks).
  const all = boxes(units);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const p = all[i]!;
      const q = all[j]!;
      if (p.row !== q.row || p.id === q.id) continue;
      expect(p.a < q.b && q.a < p.b, `${p.id} and ${q.id} overlap on row ${p.row}`).toBe(false);
    }
  }
  // A label and its own mark do not overlap either, unless the label hangs below.
  for (const u of units) {
    if (!u.leader) expect(u.label.x >= u.x2 || u.label.x + u.label.width <= u.x1).toBe(true);
  }
}

const item = (id: string, x: number, text = id, r = 7): LabelItem => ({ id, x, x1: x - r, x2: x + r, text });

describe('layoutLabels', () => {
  it('puts each label to the right of its mark where there is room', () => {
    const o = options(0, 1000);
    const units = layoutLabels([item('a', 100, 'DeepSeek R1'), item('b', 500, 'AI Diffusion rule')], o);
    expect(units.map((u) => [u.ids, u.row, u.label.x])).toEqual([
      [['a'], 0, 111],
      [['b'], 0, 511],
    ]);
    checkLayout([item('a', 100), item('b', 500)].map((i, k) => ({ ...i, text: ['DeepSeek R1', 'AI Diffusion rule'][k]! })), units, o);
  });

  it('puts a label to the left of its mark at the right edge', () => {
    const o = options(0, 400);
    const [u] = layoutLabels([item('a', 390, 'Two Sessions fund', 5)], o);
    expect(u!.label.x + u!.label.width).toBe(381);
  });

  it('stacks marks of one month on rows', () => {
    const o = options(0, 1000);
    const items = [item('a', 300, 'US GPU curbs'), item('b', 300, 'WeChat off USTR list'), item('c', 300, 'US bans on DeepSeek')];
    const units = layoutLabels(items, o);
    expect(units.map((u) => u.row).sort()).toEqual([0, 1, 2]);
    checkLayout(items, units, o);
  });

  it('hangs a label below its mark, with a leader, where neither side has room', () => {
    // 320 px: a long label on a mark in the middle fits on neither side of it.
    const o = options(2, 318, { maxRows: 3 });
    const text = 'WWWWWWWWWWWWWWWWWW';
    const units = layoutLabels([item('a', 160, text)], o);
    expect(units[0]!.leader).toBe(true);
    checkLayout([item('a', 160, text)], units, o);
  });

  it('gathers marks with no room into a cluster that says how many it holds, never the pinned one', () => {
    const o = options(2, 318, { maxRows: 3, pinned: 'e3' });
    const items = Array.from({ length: 8 }, (_, i) => item(`e${i}`, 150 + i, `Event number ${i} here`));
    const units = layoutLabels(items, o);
    checkLayout(items, units, o);
    expect(units.some((u) => u.ids.length > 1 && u.label.text === `${u.ids.length} events`)).toBe(true);
    expect(units.find((u) => u.ids.includes('e3'))!.ids).toEqual(['e3']);
  });

  it('never overlaps and never leaves its bounds, for any marks, texts and widths from 320 px (property)', () => {
    const textArb = fc.string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzMW ABC019“”—ệữ')) });
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2400 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 120 }), textArb), { maxLength: 60 }),
        fc.integer({ min: 3, max: 5 }),
        fc.option(fc.integer({ min: 0, max: 59 }), { nil: null }),
        (width, rows, maxRows, pin) => {
          const left = 2;
          const right = width - 2;
          const items = rows.map(([f, span, text], i): LabelItem => {
            const x = 16 + f * (width - 32);
            const half = Math.max(7, span / 2);
            return { id: `e${i}`, x, x1: Math.max(left, x - half), x2: Math.min(right, x + half), text };
          });
          const o = options(left, right, { maxRows, pinned: pin === null ? null : `e${pin}` });
          checkLayout(items, layoutLabels(items, o), o);
        },
      ),
      { numRuns: 300 },
    );
  });
});
