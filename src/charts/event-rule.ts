import type { TimeAxis } from './kinds/kind';

export interface RuleInput {
  /** The event's stretch of time, in fractional years. */
  start: number;
  end: number;
  label: string;
}

export interface RuleLayout {
  x1: number;
  x2: number;
  top: number;
  bottom: number;
  label: { x: number; y: number; text: string; anchor: 'start' | 'end' };
}

/**
 * A selected event drawn on a time axis: a rule at its date, or a band over its span. None when
 * the event falls outside what the chart shows.
 */
export function layoutEventRule(axis: TimeAxis, rule: RuleInput, width: number): RuleLayout | null {
  const [d0, d1] = axis.domain;
  if (!ruleFalls(axis.domain, rule)) return null;
  const a = axis.xOfYear(Math.max(d0, rule.start));
  const b = axis.xOfYear(Math.min(d1, rule.end));
  const x1 = Math.min(a, b);
  const x2 = Math.max(a, b);
  // The label reads away from the nearer edge, so it stays inside the chart.
  const nearRight = x2 > width * 0.6;
  return {
    x1,
    x2,
    top: axis.top,
    bottom: axis.bottom,
    label: { x: nearRight ? x1 - 4 : x2 + 4, y: axis.top + 10, text: rule.label, anchor: nearRight ? 'end' : 'start' },
  };
}

/** Whether an event's stretch of time falls on a time axis's domain: the rule is drawn only then. */
export function ruleFalls(domain: readonly [number, number], rule: { start: number; end: number }): boolean {
  return !(rule.end < domain[0] || rule.start > domain[1]);
}

/**
 * The years a time axis shows for its records: their first to their last year, a year either side
 * of a lone one. The slope chart's axis is laid out on it, and a selected event is known to fall
 * on a chart, or not, from it without laying the chart out.
 */
export function timeDomain(years: readonly number[]): [number, number] {
  if (years.length === 0) return [0, 1];
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const y of years) {
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1];
}
