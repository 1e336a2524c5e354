import type { ValueRecord } from '../data/schema';

/** How a headline figure moved between its first and last record, computed from the two figures only. */
export type HeadlineChange = { kind: 'points'; by: number } | { kind: 'times'; by: number } | null;

export interface HeadlineFigure {
  /** The earliest record, when the series holds more than one. */
  first: ValueRecord | undefined;
  /** The latest record (the only one, for a lone figure). */
  last: ValueRecord;
  change: HeadlineChange;
}

/**
 * The figure a headline tile shows: a series' first and last record by year, and the change
 * between them when both are single values (not ranges) of one unit: in percentage points for a share, as a
 * multiple for an amount. Undefined for a series without records.
 */
export function headlineFigure(records: readonly ValueRecord[]): HeadlineFigure | undefined {
  const dated = records.map((r, i) => ({ r, i })).sort((a, b) => (a.r.year ?? Infinity) - (b.r.year ?? Infinity) || a.i - b.i);
  const last = dated.at(-1)?.r;
  if (!last) return undefined;
  const first = dated.length > 1 ? dated[0]?.r : undefined;
  return { first, last, change: first ? changeBetween(first, last) : null };
}

function changeBetween(a: ValueRecord, b: ValueRecord): HeadlineChange {
  if (a.unit !== b.unit || a.valueHigh !== undefined || b.valueHigh !== undefined) return null;
  if (a.unit === 'percent') return { kind: 'points', by: round1(b.value - a.value) };
  if (a.value <= 0 || b.value <= 0) return null;
  return { kind: 'times', by: round1(b.value / a.value) };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
