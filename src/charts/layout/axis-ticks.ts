import type { TextMark } from '../types';
import { measureLabel, type MeasureLabel } from './label-fit';

/**
 * Tick labels of an axis placed by their width, so that no two touch and none leaves the chart.
 * Pure: widths come from the `measure` given, by default the font's advance widths the other labels
 * use, so that the server and every browser place the same ticks. Tried in order, the first that fits
 * wins: every label whole; every label in its short form (a year as "’24"); then every second, third…
 * label (whole, then short); at the least, one label, or none where not even one fits.
 * A label near an edge is moved inwards (still over its tick where it can be) rather than cut.
 */

export interface TickCandidate {
  /** Where the tick is, in px. */
  x: number;
  text: string;
  /** A shorter form of the same reading ("’24" for 2024), tried before ticks are dropped. */
  short?: string | undefined;
}

export interface TickOptions {
  /** The room labels may take, in px: none is drawn outside it. */
  left: number;
  right: number;
  fontSize: number;
  /** The least space between two labels, in px. */
  gap?: number;
  measure?: MeasureLabel;
}

export interface PlacedTick {
  /** Which candidate this is. */
  index: number;
  /** The tick's own position (for its gridline). */
  tickX: number;
  /** The label's centre (anchor "middle"), moved inwards from `tickX` where the label would leave the room. */
  x: number;
  text: string;
  /** The label's extent, for tests and callers that keep other labels clear of it. */
  x1: number;
  x2: number;
}

/** The default least gap between two tick labels. */
export const TICK_GAP = 6;

/** A year's short form on an axis: "’24". */
export const shortYear = (year: number): string => `’${String(Math.abs(year) % 100).padStart(2, '0')}`;

function place(cands: readonly TickCandidate[], indices: readonly number[], useShort: boolean, o: Required<TickOptions>): PlacedTick[] | null {
  const placed: PlacedTick[] = [];
  for (const index of indices) {
    const c = cands[index];
    if (c === undefined) continue;
    const text = useShort && c.short !== undefined ? c.short : c.text;
    const w = o.measure(text, o.fontSize);
    if (w > o.right - o.left) return null;
    const centre = Math.min(Math.max(c.x, o.left + w / 2), o.right - w / 2);
    const tick: PlacedTick = { index, tickX: c.x, x: centre, text, x1: centre - w / 2, x2: centre + w / 2 };
    const prev = placed.at(-1);
    if (prev !== undefined && tick.x1 < prev.x2 + o.gap) return null;
    placed.push(tick);
  }
  return placed;
}

/** The tick labels that fit, as described in the module's comment; candidates in increasing x. */
export function placeTicks(candidates: readonly TickCandidate[], options: TickOptions): PlacedTick[] {
  const o: Required<TickOptions> = { gap: TICK_GAP, measure: measureLabel, ...options };
  const cands = [...candidates].filter((c) => Number.isFinite(c.x) && c.x >= o.left - 0.5 && c.x <= o.right + 0.5);
  const order = cands.map((_, i) => i).sort((a, b) => (cands[a]?.x ?? 0) - (cands[b]?.x ?? 0));
  const hasShort = cands.some((c) => c.short !== undefined && c.short !== c.text);
  for (let step = 1; step <= Math.max(1, order.length); step += 1) {
    // Every step-th tick, from the first; with the last kept too where the step lands on it.
    const indices = order.filter((_, i) => i % step === 0);
    for (const useShort of hasShort ? [false, true] : [false]) {
      const placed = place(cands, indices, useShort, o);
      if (placed !== null) return placed.map((p) => ({ ...p, index: candidates.indexOf(cands[p.index] as TickCandidate) }));
    }
  }
  return [];
}

/** Placed ticks as text marks at baseline `y`, each keeping the fields of its candidate's extras. */
export function tickMarks(placed: readonly PlacedTick[], y: number): (TextMark & { tickX: number })[] {
  return placed.map((p) => ({ x: p.x, y, text: p.text, anchor: 'middle' as const, tickX: p.tickX }));
}
