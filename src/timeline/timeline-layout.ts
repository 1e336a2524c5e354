import { EVENT_KINDS } from '../data/ids';
import type { EventKind, Lang, TimelineEvent } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { eventInterval, isSpan } from './event-time';
import { labelDefaults, layoutLabels, rowsUsed, type PlacedUnit } from './label-layout';
import { mustFirst, mustGet } from './must';
import { timelineLabelWidth, type MeasureText } from './text-measure';
import { axisTicks, weightedTimeScale, type AxisTick, type TimeScale, type WidenedStretch } from './timeline-scale';

export interface TimelineMark {
  /** The event's id, or for a cluster `cluster:` and its first event's id. */
  key: string;
  /** The event, or the events a cluster holds, in date order. */
  events: TimelineEvent[];
  cluster: boolean;
  kind: EventKind;
  span: boolean;
  /** Extent drawn: a span from x1 to x2, or a point at x; a cluster spans its events. */
  x: number;
  x1: number;
  x2: number;
  y: number;
  /** Where each source places the event, when sources disagree on its date; empty otherwise. */
  claims: number[];
  /** The label's box (text drawn from x, centred on the box's height). */
  label: { text: string; x: number; y: number; width: number; height: number };
  /** A line from the mark down to a label that hangs on the row below. */
  leader: { x: number; y1: number; y2: number } | null;
}

/**
 * Whether two marks are drawn alike: the same events, at the same place, labelled the same. A
 * timeline laid out again (on a new selection, or a filter that leaves a lane as it was) draws
 * only the marks that this says changed.
 */
export function sameMark(a: TimelineMark, b: TimelineMark): boolean {
  // Its events by identity; the rest (numbers and text) by value.
  return a === b || (a.events.length === b.events.length && a.events.every((e, i) => e === b.events[i]) && JSON.stringify({ ...a, events: 0 }) === JSON.stringify({ ...b, events: 0 }));
}

/** The event a mark stands for: its only one, or a cluster's first in date order. */
export function markEvent(mark: TimelineMark): TimelineEvent {
  return mustFirst(mark.events, `timeline: the events of mark ${mark.key}`);
}

/**
 * Whether `selectedId` needs a layout of its own: a layout made without a selection gathers it
 * into a cluster. Otherwise the layout with it selected is that one, and a selection changes the
 * marks' state alone.
 */
export function inCluster(layout: TimelineLayout, selectedId: string | null): boolean {
  return selectedId !== null && layout.marks.some((m) => m.cluster && m.events.some((e) => e.id === selectedId));
}

export interface TimelineLane {
  kind: EventKind;
  y: number;
  height: number;
}

export interface TimelineLayout {
  lanes: TimelineLane[];
  marks: TimelineMark[];
  ticks: AxisTick[];
  /** Stretches the scale draws wider than an even one, marked under the axis. */
  widened: WidenedStretch[];
  axisY: number;
  height: number;
  width: number;
  plot: { x1: number; x2: number };
  /** The fractional year at a horizontal position: for brushing. */
  yearAt: (x: number) => number;
  /** The horizontal position of a fractional year. */
  xAt: (t: number) => number;
}

export const timelineDefaults = {
  rowHeight: 22,
  lanePadding: 6,
  /** The lane's name sits on a line of its own. */
  laneLabelHeight: 20,
  top: 4,
  axisHeight: 44,
  margin: 16,
  /** Labels keep this far from the frame's edges. */
  inset: 2,
  pointRadius: 7,
  minSpanWidth: 10,
  gap: 4,
  maxRows: labelDefaults.maxRows,
};

export interface TimelineLayoutOptions {
  lang: Lang;
  /** Label widths in px: by default `timelineLabelWidth`, the same in the build and every browser. */
  measure?: MeasureText;
  /**
   * Never in a cluster: where the layout without it gathers it into one, its lane is laid out
   * again with it placed first. Elsewhere the layout is the one without a selection.
   */
  selectedId?: string | null;
  /** Label rows per lane at most (at least 3): fewer gather more events into clusters, for a compact timeline. */
  maxRows?: number;
}

/** The scale both drawings use: widened where the events are. */
function timeScale(events: readonly TimelineEvent[], domain: [number, number], width: number): TimeScale {
  const { margin } = timelineDefaults;
  const times = events.map((e) => midpoint(eventInterval(e.date)));
  return weightedTimeScale(times, domain, [margin, Math.max(margin + 1, width - margin)]);
}

const midpoint = (i: { start: number; end: number }) => (i.start + i.end) / 2;

/** An event on the scale: its mark's extent, and the stretch of row it keeps free. */
interface PlacedEvent {
  event: TimelineEvent;
  span: boolean;
  /** The centre of its interval. */
  cx: number;
  x1: number;
  x2: number;
  /** Where each source places it, when they disagree. */
  claims: number[];
  /** The mark's extent widened to take in the claims. */
  extent1: number;
  extent2: number;
}

/** Each event's mark on the scale `x`, kept within the frame's insets. */
function placeEvents(events: readonly TimelineEvent[], x: TimeScale, width: number): Map<string, PlacedEvent> {
  const { inset, pointRadius, minSpanWidth } = timelineDefaults;
  return new Map(
    events.map((event) => {
      const interval = eventInterval(event.date);
      const span = isSpan(event.date);
      const cx = x(midpoint(interval));
      let x1 = span ? x(interval.start) : cx - pointRadius;
      let x2 = span ? x(interval.end) : cx + pointRadius;
      if (span && x2 - x1 < minSpanWidth) {
        const mid = (x1 + x2) / 2;
        x1 = mid - minSpanWidth / 2;
        x2 = mid + minSpanWidth / 2;
      }
      const claims = (event.dateConflict ?? []).map((c) => x(midpoint(eventInterval(c.date))));
      // The row is kept free over every claimed date, so that the claims of two events never cross.
      const extent1 = Math.max(inset, Math.min(x1, ...claims.map((c) => c - pointRadius)));
      const extent2 = Math.min(width - inset, Math.max(x2, ...claims.map((c) => c + pointRadius)));
      return [event.id, { event, span, cx, x1, x2, claims, extent1, extent2 }] as const;
    }),
  );
}

/** Where a placed event's mark is centred: the middle of a span, the date of a point. */
const markCentre = (p: PlacedEvent) => (p.span ? (p.x1 + p.x2) / 2 : p.cx);

const byDate = (a: TimelineEvent, b: TimelineEvent) => eventInterval(a.date).start - eventInterval(b.date).start || a.id.localeCompare(b.id);

/** The mark drawn for one placed unit (an event, or a cluster of them), `rowY` giving each row's middle. */
function unitMark(u: PlacedUnit, members: readonly PlacedEvent[], kind: EventKind, rowY: (row: number) => number, width: number): TimelineMark {
  const { inset, rowHeight } = timelineDefaults;
  const cluster = members.length > 1;
  const first = mustFirst(members, `timeline: the events of a mark in the ${kind} lane`);
  const markY = rowY(u.row);
  const labelTop = rowY(u.label.row) - (rowHeight - 4) / 2;
  return {
    key: cluster ? `cluster:${first.event.id}` : first.event.id,
    events: members.map((m) => m.event).sort(byDate),
    cluster,
    kind,
    span: cluster ? true : first.span,
    x: cluster ? u.x : markCentre(first),
    x1: Math.max(inset, cluster ? u.x1 : first.x1),
    x2: Math.min(width - inset, cluster ? u.x2 : first.x2),
    y: markY,
    claims: cluster ? [] : first.claims,
    label: { text: u.label.text, x: u.label.x, y: labelTop, width: u.label.width, height: rowHeight - 4 },
    leader: u.leader ? { x: u.x, y1: markY + 6, y2: labelTop } : null,
  };
}

interface LaneContext {
  placed: ReadonlyMap<string, PlacedEvent>;
  width: number;
  lang: Lang;
  measure: MeasureText;
  selectedId: string | null;
  maxRows: number;
}

/** One kind's lane, from `y` down: its events labelled on as many rows as they need. */
function layoutLane(kind: EventKind, inLane: readonly TimelineEvent[], y: number, c: LaneContext): { lane: TimelineLane; marks: TimelineMark[] } {
  const { rowHeight, lanePadding, laneLabelHeight, inset, gap } = timelineDefaults;
  const { maxRows } = c;
  const placedOf = (id: string) => mustGet(c.placed, id, 'timeline: the placed event');
  const items = inLane.map((e) => {
    const p = placedOf(e.id);
    return { id: e.id, x: markCentre(p), x1: p.extent1, x2: p.extent2, text: e.short[c.lang] };
  });
  const options = { left: inset, right: c.width - inset, maxRows, gap, measure: c.measure, clusterText: MESSAGES[c.lang].eventCount };
  const unpinned = layoutLabels(items, options);
  // The selected event is pinned (placed first, never merged) only where a cluster holds it: a
  // selection elsewhere leaves the lane as it was, and only the marks' state changes.
  const selected = c.selectedId;
  const units = selected !== null && unpinned.some((u) => u.ids.length > 1 && u.ids.includes(selected)) ? layoutLabels(items, { ...options, pinned: selected }) : unpinned;
  const rowsTop = y + laneLabelHeight;
  const rowY = (row: number) => rowsTop + row * rowHeight + rowHeight / 2;
  const marks = units.map((u) => unitMark(u, u.ids.map(placedOf), kind, rowY, c.width));
  return { lane: { kind, y, height: laneLabelHeight + rowHeight * rowsUsed(units) + lanePadding }, marks };
}

/**
 * Events on a time axis, one lane per kind, every mark labelled with the event's short title
 * (or gathered in a cluster mark that says how many events it holds, where there is no room).
 * `domain` is the shown stretch in fractional years.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  width: number,
  domain: [number, number],
  { lang, measure = timelineLabelWidth, selectedId = null, maxRows = timelineDefaults.maxRows }: TimelineLayoutOptions,
): TimelineLayout {
  const { top, axisHeight, margin } = timelineDefaults;
  const t = MESSAGES[lang];
  const x = timeScale(events, domain, width);
  const plot = { x1: margin, x2: Math.max(margin + 1, width - margin) };
  const context: LaneContext = { placed: placeEvents(events, x, width), width, lang, measure, selectedId, maxRows };

  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  let y = top;
  for (const kind of EVENT_KINDS) {
    const inLane = events.filter((e) => e.kind === kind);
    if (inLane.length === 0) continue;
    const laid = layoutLane(kind, inLane, y, context);
    lanes.push(laid.lane);
    marks.push(...laid.marks);
    y += laid.lane.height;
  }

  return {
    lanes,
    marks,
    ticks: axisTicks(x, (m) => t.monthsShort[m] ?? ''),
    widened: x.widened,
    axisY: y,
    height: y + axisHeight,
    width,
    plot,
    yearAt: (px) => x.invert(px),
    xAt: (t) => x(t),
  };
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
  ticks: AxisTick[];
  widened: WidenedStretch[];
  axisY: number;
  height: number;
  /** The width laid out for, in px. */
  width: number;
  plot: { x1: number; x2: number };
  yearAt: (x: number) => number;
}

export const denseDefaults = { laneHeight: 64, labelHeight: 18, dotRadius: 2 };

/**
 * Many events as dots: a fixed height per lane, each dot at its date and at a height within its
 * lane taken from its id, so that the picture is the same on every draw. Linear in the events.
 */
export function layoutDenseTimeline(events: readonly TimelineEvent[], width: number, domain: [number, number], lang: Lang = 'en'): DenseTimelineLayout {
  const { margin, top, axisHeight } = timelineDefaults;
  const { laneHeight, labelHeight, dotRadius } = denseDefaults;
  const x = timeScale(events, domain, width);
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
  return {
    lanes,
    xs,
    ys,
    ticks: axisTicks(x, (m) => MESSAGES[lang].monthsShort[m] ?? ''),
    widened: x.widened,
    axisY,
    height: axisY + axisHeight,
    width,
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
