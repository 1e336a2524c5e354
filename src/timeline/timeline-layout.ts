import { scaleLinear } from 'd3-scale';
import { EVENT_KINDS, type EventKind, type TimelineEvent } from '../data/schema';
import { eventInterval, isSpan } from './event-time';

export interface TimelineMark {
  event: TimelineEvent;
  span: boolean;
  /** Extent drawn: a span from x1 to x2, or a point at x (x1 = x2 = x). */
  x: number;
  x1: number;
  x2: number;
  y: number;
  /** Where each source places the event, when sources disagree on its date; empty otherwise. */
  claims: number[];
}

export interface TimelineLane {
  kind: EventKind;
  y: number;
  height: number;
}

export interface TimelineLayout {
  lanes: TimelineLane[];
  marks: TimelineMark[];
  ticks: { x: number; text: string }[];
  axisY: number;
  height: number;
  plot: { x1: number; x2: number };
  /** The fractional year at a horizontal position: for brushing. */
  yearAt: (x: number) => number;
}

export const timelineDefaults = {
  laneLabelWidth: 0,
  rowHeight: 22,
  lanePadding: 10,
  top: 8,
  axisHeight: 28,
  margin: 16,
  pointRadius: 7,
  minSpanWidth: 10,
  /** Space kept between two marks on one row. */
  gap: 4,
};

/** Fractional years to x across the plot, events outside the shown stretch pinned to its edges. */
function timeScale(domain: [number, number], width: number) {
  const { margin } = timelineDefaults;
  return scaleLinear()
    .domain(domain[0] === domain[1] ? [domain[0], domain[0] + 1] : domain)
    .range([margin, Math.max(margin + 1, width - margin)])
    .clamp(true);
}

/** A tick per year, or every few years where the axis is too narrow for each (about 56 px apart). */
function yearTicks(x: ReturnType<typeof timeScale>, width: number): { x: number; text: string }[] {
  const [d0, d1] = x.domain() as [number, number];
  const every = Math.max(1, Math.ceil((d1 - d0) / Math.max(1, Math.floor((width - 2 * timelineDefaults.margin) / 56))));
  const ticks: { x: number; text: string }[] = [];
  for (let year = Math.ceil(d0); year <= d1; year += every) ticks.push({ x: x(year), text: String(year) });
  return ticks;
}

/**
 * Events on a time axis, one lane per kind; within a lane, marks that would overlap go on
 * further rows. `domain` is the shown stretch in fractional years.
 */
export function layoutTimeline(events: readonly TimelineEvent[], width: number, domain: [number, number]): TimelineLayout {
  const { rowHeight, lanePadding, top, axisHeight, margin, pointRadius, minSpanWidth, gap } = timelineDefaults;
  const x = timeScale(domain, width);

  const placed = events
    .map((event) => {
      const interval = eventInterval(event.date);
      const span = isSpan(event.date);
      const cx = x((interval.start + interval.end) / 2);
      let x1 = span ? x(interval.start) : cx - pointRadius;
      let x2 = span ? x(interval.end) : cx + pointRadius;
      if (span && x2 - x1 < minSpanWidth) {
        const mid = (x1 + x2) / 2;
        x1 = mid - minSpanWidth / 2;
        x2 = mid + minSpanWidth / 2;
      }
      const claims = (event.dateConflict ?? []).map((c) => {
        const claimed = eventInterval(c.date);
        return x((claimed.start + claimed.end) / 2);
      });
      // A row is kept free over every claimed date, so that the claims of two events never cross.
      const extent1 = Math.min(x1, ...claims.map((c) => c - pointRadius));
      const extent2 = Math.max(x2, ...claims.map((c) => c + pointRadius));
      return { event, span, cx, x1, x2, claims, extent1, extent2 };
    })
    .sort((a, b) => a.extent1 - b.extent1 || a.event.id.localeCompare(b.event.id));

  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  let y = top;
  for (const kind of EVENT_KINDS) {
    const inLane = placed.filter((p) => p.event.kind === kind);
    if (inLane.length === 0) continue;
    const rowEnds: number[] = [];
    const laneMarks = inLane.map((p) => {
      let row = rowEnds.findIndex((end) => end + gap <= p.extent1);
      if (row === -1) row = rowEnds.push(p.extent2) - 1;
      else rowEnds[row] = p.extent2;
      return { p, row };
    });
    const laneTop = y + rowHeight; // the lane's own label sits on its first line
    for (const { p, row } of laneMarks) {
      marks.push({
        event: p.event,
        span: p.span,
        x: p.span ? (p.x1 + p.x2) / 2 : p.cx,
        x1: p.x1,
        x2: p.x2,
        y: laneTop + row * rowHeight + rowHeight / 2,
        claims: p.claims,
      });
    }
    const height = rowHeight * (rowEnds.length + 1) + lanePadding;
    lanes.push({ kind, y, height });
    y += height;
  }

  const ticks = yearTicks(x, width);
  return {
    lanes,
    marks,
    ticks,
    axisY: y,
    height: y + axisHeight,
    plot: { x1: margin, x2: Math.max(margin + 1, width - margin) },
    yearAt: (px) => x.invert(px),
  };
}

/** The stretch a timeline shows: the year filter where set, else the events' own extent. */
export function timelineDomain(events: readonly TimelineEvent[], from: number | null, to: number | null): [number, number] {
  const intervals = events.map((e) => eventInterval(e.date));
  const firstYear = intervals.length > 0 ? Math.floor(Math.min(...intervals.map((i) => i.start))) : (to ?? 2025);
  const lastYear = intervals.length > 0 ? Math.ceil(Math.max(...intervals.map((i) => i.end))) : firstYear + 1;
  const start = from ?? Math.min(firstYear, to ?? firstYear);
  const end = to !== null ? to + 1 : Math.max(lastYear, start + 1);
  return [start, end];
}

/**
 * The whole years a brushed stretch covers: from the year of its left edge to the year of its
 * right edge. A stretch that ends exactly on 1 January does not take in that year.
 */
export function yearsFromBrush(x0: number, x1: number, yearAt: (x: number) => number): { from: number; to: number } {
  const a = yearAt(Math.min(x0, x1));
  const b = yearAt(Math.max(x0, x1));
  const from = Math.floor(a);
  const to = Math.max(from, Math.ceil(b) - 1);
  return { from, to };
}

/** Past this many events, the timeline draws dots on a canvas rather than one button per event. */
export const MAX_EVENT_BUTTONS = 1000;

export interface DenseTimelineLayout {
  lanes: TimelineLane[];
  /** x and y of each event's dot, in the order given. */
  xs: Float64Array;
  ys: Float64Array;
  ticks: { x: number; text: string }[];
  axisY: number;
  height: number;
  plot: { x1: number; x2: number };
  yearAt: (x: number) => number;
}

export const denseDefaults = { laneHeight: 64, labelHeight: 18, dotRadius: 2 };

/**
 * Many events as dots: a fixed height per lane, each dot at its date and at a height within its
 * lane taken from its id, so that the picture is the same on every draw. Linear in the events.
 */
export function layoutDenseTimeline(events: readonly TimelineEvent[], width: number, domain: [number, number]): DenseTimelineLayout {
  const { margin, top, axisHeight } = timelineDefaults;
  const { laneHeight, labelHeight, dotRadius } = denseDefaults;
  const x = timeScale(domain, width);
  const kinds = EVENT_KINDS.filter((k) => events.some((e) => e.kind === k));
  const lanes = kinds.map((kind, i) => ({ kind, y: top + i * laneHeight, height: laneHeight }));
  const laneOf = new Map(lanes.map((l) => [l.kind, l]));
  const xs = new Float64Array(events.length);
  const ys = new Float64Array(events.length);
  events.forEach((e, i) => {
    const interval = eventInterval(e.date);
    const lane = laneOf.get(e.kind);
    if (!lane) return;
    xs[i] = x((interval.start + interval.end) / 2);
    const spread = lane.height - labelHeight - 4 * dotRadius;
    ys[i] = lane.y + labelHeight + dotRadius * 2 + (hashFraction(e.id) * spread);
  });
  const axisY = top + lanes.length * laneHeight;
  const ticks = yearTicks(x, width);
  return {
    lanes,
    xs,
    ys,
    ticks,
    axisY,
    height: axisY + axisHeight,
    plot: { x1: margin, x2: Math.max(margin + 1, width - margin) },
    yearAt: (px) => x.invert(px),
  };
}

/** A stable number in [0, 1) from a string (FNV-1a). */
export function hashFraction(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}
