import { scaleLinear } from '../shared/scales';
import type { TimelineEvent } from '../data/schema';
import { eventInterval } from './event-time';

export interface OverviewLayout {
  /** One dot per event, on an even scale of the whole range. */
  dots: { x: number; kind: TimelineEvent['kind'] }[];
  /** The stretch shown in detail. */
  window: { x1: number; x2: number };
  /** The whole range's first and last years, at its ends. */
  ends: { x: number; text: string; anchor: 'start' | 'end' }[];
  height: number;
}

export const overviewDefaults = { height: 34, margin: 16, dotY: 10 };

/**
 * The whole range of events as a thin strip, with the part the timeline shows in detail
 * outlined: where the reader is, at a glance, once the years are narrowed.
 */
export function layoutOverview(
  events: readonly TimelineEvent[],
  whole: [number, number],
  shown: [number, number],
  width: number,
): OverviewLayout {
  const { margin, height } = overviewDefaults;
  const x = scaleLinear()
    .domain(whole[1] > whole[0] ? whole : [whole[0], whole[0] + 1])
    .range([margin, Math.max(margin + 1, width - margin)])
    .clamp(true);
  const dots = events.map((e) => {
    const i = eventInterval(e.date);
    return { x: x((i.start + i.end) / 2), kind: e.kind };
  });
  const x1 = x(Math.max(whole[0], shown[0]));
  const x2 = Math.max(x1 + 2, x(Math.min(whole[1], shown[1])));
  return {
    dots,
    window: { x1, x2 },
    ends: [
      { x: margin, text: String(Math.ceil(whole[0])), anchor: 'start' },
      { x: Math.max(margin + 1, width - margin), text: String(Math.floor(whole[1])), anchor: 'end' },
    ],
    height,
  };
}

/** Whole years a stretch takes in: [2019, 2022) is 2019–2021. */
export function yearsText(domain: [number, number]): string {
  const a = Math.ceil(domain[0] - 1e-9);
  const b = Math.max(a, Math.ceil(domain[1] - 1e-9) - 1);
  return a === b ? String(a) : `${a}–${b}`;
}
