/**
 * Labels for the marks of one lane, so that no two overlap and none leaves the bounds.
 *
 * Each mark and its label take one stretch of a row: the label beside the mark, to its right if
 * there is room, else to its left. Rows stack within the lane, up to `maxRows`. Where neither
 * side has room on any row, the label may hang on the row below its mark, joined to it by a
 * leader line. Where even that fails, the mark is merged with its nearest neighbour into a
 * cluster ("5 events"), and the lane is laid out again; a lane can always be laid out as a
 * single cluster, so the loop ends. A pinned mark (the selected event) is placed first and never
 * merged.
 *
 * Pure: text widths come from the `measure` function given (by default Noto Sans's own advance
 * widths, `text-measure.ts`), so the build and every browser place the same labels.
 */

export interface LabelItem {
  id: string;
  /** The mark's centre and extent, in px. */
  x: number;
  x1: number;
  x2: number;
  text: string;
}

export interface LabelLayoutOptions {
  /** Labels and marks stay within [left, right]. */
  left: number;
  right: number;
  /** At least 3, so that a lone mark and a pinned one always fit. */
  maxRows: number;
  /** Space kept between a mark and its label, and between neighbours on a row. */
  gap: number;
  measure: (text: string) => number;
  clusterText: (count: number) => string;
  pinned?: string | null;
}

export interface PlacedUnit {
  /** One id for an event, several (in x order) for a cluster. */
  ids: string[];
  /** The mark: its centre, its extent (for a cluster, the hull of its members), and its row. */
  x: number;
  x1: number;
  x2: number;
  row: number;
  label: { text: string; x: number; width: number; row: number };
  /** The label hangs on the row below the mark, joined by a line at `x`. */
  leader: boolean;
}

export const labelDefaults = { maxRows: 6, gap: 4 };

interface Unit {
  ids: string[];
  x: number;
  x1: number;
  x2: number;
  text: string;
  pinned: boolean;
}

type Rows = [number, number][][];

function isFree(rows: Rows, row: number, a: number, b: number, gap: number): boolean {
  for (const [c, d] of (rows[row] ?? [])) if (a < d + gap && c < b + gap) return false;
  return true;
}

function place(unit: Unit, rows: Rows, o: LabelLayoutOptions): PlacedUnit | null {
  const w = Math.min(o.measure(unit.text), o.right - o.left);
  const x1 = Math.max(o.left, unit.x1);
  const x2 = Math.min(o.right, unit.x2);
  const out = (row: number, lx: number, labelRow: number, leader: boolean): PlacedUnit => ({
    ids: unit.ids,
    x: unit.x,
    x1,
    x2,
    row,
    label: { text: unit.text, x: lx, width: w, row: labelRow },
    leader,
  });
  for (let r = 0; r < o.maxRows; r++) {
    const right = x2 + o.gap;
    if (right + w <= o.right && isFree(rows, r, x1, right + w, o.gap)) {
      (rows[r] ??= []).push([x1, right + w]);
      return out(r, right, r, false);
    }
    const left = x1 - o.gap - w;
    if (left >= o.left && isFree(rows, r, left, x2, o.gap)) {
      (rows[r] ??= []).push([left, x2]);
      return out(r, left, r, false);
    }
  }
  // Hanging from the mark on the row below, shifted to stay in bounds; the leader runs at x,
  // which stays within both the mark and the label.
  const lx = Math.min(Math.max(o.left, unit.x - 6), o.right - w);
  for (let r = 0; r + 1 < o.maxRows; r++) {
    if (isFree(rows, r, x1, x2, o.gap) && isFree(rows, r + 1, lx, lx + w, o.gap)) {
      (rows[r] ??= []).push([x1, x2]);
      (rows[r + 1] ??= []).push([lx, lx + w]);
      return out(r, lx, r + 1, true);
    }
  }
  return null;
}

function attempt(units: readonly Unit[], o: LabelLayoutOptions): { placed: PlacedUnit[]; failed: Unit[] } {
  const rows: Rows = Array.from({ length: o.maxRows }, () => []);
  const placed: PlacedUnit[] = [];
  const failed: Unit[] = [];
  const order = [...units.filter((u) => u.pinned), ...units.filter((u) => !u.pinned)];
  for (const u of order) {
    const p = place(u, rows, o);
    if (p) placed.push(p);
    else failed.push(u);
  }
  return { placed, failed };
}

function merge(a: Unit, b: Unit, o: LabelLayoutOptions): Unit {
  const [first, second] = a.x <= b.x ? [a, b] : [b, a];
  const ids = [...first.ids, ...second.ids];
  const x1 = Math.min(a.x1, b.x1);
  const x2 = Math.max(a.x2, b.x2);
  return { ids, x: (x1 + x2) / 2, x1, x2, text: o.clusterText(ids.length), pinned: false };
}

export function layoutLabels(items: readonly LabelItem[], options: LabelLayoutOptions): PlacedUnit[] {
  const o = { ...options, maxRows: Math.max(3, options.maxRows) };
  let units: Unit[] = [...items]
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))
    .map((i) => ({ ids: [i.id], x: i.x, x1: i.x1, x2: i.x2, text: i.text, pinned: i.id === o.pinned }));
  for (;;) {
    const { placed, failed } = attempt(units, o);
    if (failed.length === 0) return placed.sort((a, b) => a.x - b.x || (a.ids[0] ?? '').localeCompare(b.ids[0] ?? ''));
    // Merge each unit that found no room with its nearest free neighbour; then lay out again.
    const used = new Set<Unit>();
    const merged = new Map<Unit, Unit>();
    for (const f of failed) {
      if (used.has(f)) continue;
      let best: Unit | null = null;
      for (const u of units) {
        if (u === f || u.pinned || used.has(u)) continue;
        if (!best || Math.abs(u.x - f.x) < Math.abs(best.x - f.x)) best = u;
      }
      if (!best) continue;
      used.add(f);
      used.add(best);
      const m = merge(f, best, o);
      merged.set(f, m);
      merged.set(best, m);
    }
    if (merged.size === 0) {
      // Only a pinned mark and a lone other remain: cannot happen with maxRows >= 3 and labels
      // no wider than the bounds, but never loop for ever.
      return placed;
    }
    const next: Unit[] = [];
    for (const u of units) {
      const m = merged.get(u);
      if (!m) next.push(u);
      else if (!next.includes(m)) next.push(m);
    }
    units = next.sort((a, b) => a.x - b.x || (a.ids[0] ?? '').localeCompare(b.ids[0] ?? ''));
  }
}

/** Rows a lane needs for the units placed in it. */
export function rowsUsed(units: readonly PlacedUnit[]): number {
  return units.reduce((n, u) => Math.max(n, u.row + 1, u.label.row + 1), 1);
}
