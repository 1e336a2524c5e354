import type { ChartKind } from '../data/schema';

/**
 * The kinds drawn against time, on which a selected event's date is ruled: what the dashboard
 * needs to know of a kind before any chart is drawn, without the kinds' drawing code (each kind's
 * module says the same by its time axis; a unit test holds the two together).
 */
export const TIME_AXIS_KINDS: Readonly<Record<ChartKind, boolean>> = {
  slope: true,
  bullet: false,
  range: false,
  diverging: false,
  bars: false,
  figure: false,
};

export const drawnAgainstTime = (kind: ChartKind): boolean => TIME_AXIS_KINDS[kind];
