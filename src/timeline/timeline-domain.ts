import type { TimelineEvent } from '../data/schema';
import { eventInterval } from './event-time';

/** Room kept beyond the first and the last event: a month, or 1% of the stretch where that is more. */
export function domainPadding(start: number, end: number): number {
  return Math.max(1 / 12, 0.01 * (end - start));
}

/**
 * The stretch a timeline shows: the events' own extent with a little room either side, cut to the
 * year filter where set (`to` inclusive). Without events, the chosen years (or one year).
 */
export function timelineDomain(events: readonly TimelineEvent[], from: number | null, to: number | null): [number, number] {
  const lo = from ?? -Infinity;
  const hi = to !== null ? to + 1 : Infinity;
  if (events.length > 0) {
    let first = Infinity;
    let last = -Infinity;
    for (const e of events) {
      const i = eventInterval(e.date);
      first = Math.min(first, i.start);
      last = Math.max(last, i.end);
    }
    const pad = domainPadding(first, last);
    const start = Math.max(lo, first - pad);
    const end = Math.min(hi, last + pad);
    if (start < end) return [start, end];
  }
  const start = from ?? to ?? 2025;
  return [start, Math.max(start + 1, to !== null ? to + 1 : start + 1)];
}
