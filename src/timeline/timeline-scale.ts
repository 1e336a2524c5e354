import { scaleLinear } from '../shared/scales';
import { monthStartYear } from './event-time';

/**
 * A time axis that spends its width where the events are: half of the width is shared out evenly
 * over time, half in proportion to the events (counted by month, smoothed over neighbouring
 * months). The result is piecewise linear, so it inverts exactly (for brushing), and the stretches
 * it widens are reported so that the axis can say so.
 */
export interface TimeScale {
  (t: number): number;
  invert: (x: number) => number;
  domain: [number, number];
  range: [number, number];
  /** Stretches drawn at least `WIDENED_AT` times as wide as an even scale would draw them. */
  widened: WidenedStretch[];
}

export interface WidenedStretch {
  x1: number;
  x2: number;
  /** How many times wider than an even scale, rounded. */
  factor: number;
}

export interface AxisTick {
  x: number;
  text: string;
  /** A year tick (a full gridline); otherwise a month. */
  major: boolean;
}

export const scaleDefaults = {
  /** The share of the width given evenly over time; the rest follows the events. */
  evenShare: 0.4,
  /** Smoothing over neighbouring months: weights of the month itself, ±1, ±2. */
  kernel: [3, 2, 1],
  widenedAt: 3,
  /** Least distance between the centres of two tick labels. */
  minTickGap: 40,
  /** Month ticks are labelled when the view spans this many years or less, or wherever there is room. */
  monthTicksWithin: 3,
};

/** Month boundaries strictly inside the domain, with the domain's ends. */
function monthBoundaries(d0: number, d1: number): number[] {
  const out = [d0];
  let year = Math.floor(d0);
  let month = 0;
  while (monthStartYear(year, month) <= d0) {
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  for (let t = monthStartYear(year, month); t < d1; t = monthStartYear(year, month)) {
    out.push(t);
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  out.push(d1);
  return out;
}

export function weightedTimeScale(times: readonly number[], domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain[1] > domain[0] ? domain : [domain[0], domain[0] + 1];
  const [r0, r1] = range[1] > range[0] ? range : [range[0], range[0] + 1];
  const bounds = monthBoundaries(d0, d1);
  const segments = bounds.length - 1;
  const counts = new Float64Array(segments);
  let inside = 0;
  for (const t of times) {
    if (!(t >= d0 && t <= d1)) continue;
    // The segment holding t, by binary search over the sorted boundaries.
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((bounds[mid] ?? 0) <= t) lo = mid;
      else hi = mid - 1;
    }
    counts[lo] = (counts[lo] ?? 0) + 1;
    inside++;
  }
  const { kernel, evenShare } = scaleDefaults;
  const smooth = new Float64Array(segments);
  let smoothTotal = 0;
  for (let i = 0; i < segments; i++) {
    let s = 0;
    for (let k = -(kernel.length - 1); k < kernel.length; k++) {
      const j = i + k;
      if (j >= 0 && j < segments) s += (counts[j] ?? 0) * (kernel[Math.abs(k)] ?? 0);
    }
    smooth[i] = s;
    smoothTotal += s;
  }
  const span = d1 - d0;
  const share = inside > 0 && smoothTotal > 0 ? evenShare : 1;
  const stops = [r0];
  const width = r1 - r0;
  for (let i = 0; i < segments; i++) {
    const length = (bounds[i + 1] ?? 0) - (bounds[i] ?? 0);
    const w = share * (length / span) + (share < 1 ? (1 - share) * ((smooth[i] ?? 0) / smoothTotal) : 0);
    stops.push((stops[i] ?? 0) + w * width);
  }
  stops[stops.length - 1] = r1;
  const linear = scaleLinear().domain(bounds).range(stops).clamp(true);

  const widened: WidenedStretch[] = [];
  const evenRate = width / span;
  for (let i = 0; i < segments; i++) {
    const length = (bounds[i + 1] ?? 0) - (bounds[i] ?? 0);
    const factor = ((stops[i + 1] ?? 0) - (stops[i] ?? 0)) / length / evenRate;
    if (factor < scaleDefaults.widenedAt) continue;
    const last = widened[widened.length - 1];
    if (last && Math.abs(last.x2 - (stops[i] ?? 0)) < 1e-9) {
      const total = (stops[i + 1] ?? 0) - last.x1;
      last.factor = (last.factor * (last.x2 - last.x1) + factor * ((stops[i + 1] ?? 0) - (stops[i] ?? 0))) / total;
      last.x2 = (stops[i + 1] ?? 0);
    } else {
      widened.push({ x1: (stops[i] ?? 0), x2: (stops[i + 1] ?? 0), factor });
    }
  }
  for (const w of widened) w.factor = Math.round(w.factor);

  const scale = ((t: number) => linear(t)) as TimeScale;
  scale.invert = (x: number) => linear.invert(x);
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  scale.widened = widened;
  return scale;
}

/**
 * Year ticks wherever they are at least `minTickGap` apart; month ticks (named by `monthName`)
 * between them where there is room, and always tried when the view spans three years or less.
 * Every tick lies within the range.
 */
export function axisTicks(scale: TimeScale, monthName: (monthIndex: number) => string): AxisTick[] {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const gap = scaleDefaults.minTickGap;
  const years: AxisTick[] = [];
  for (let y = Math.ceil(d0); y <= d1; y++) {
    const x = scale(y);
    if (x < r0 || x > r1) continue;
    if (years.length > 0 && x - (years.at(-1)?.x ?? -Infinity) < gap) continue;
    years.push({ x, text: String(y), major: true });
  }
  const taken = years.map((t) => t.x);
  const months: AxisTick[] = [];
  const tryAll = d1 - d0 <= scaleDefaults.monthTicksWithin;
  for (let y = Math.floor(d0); y <= Math.ceil(d1); y++) {
    // Only where a year is wide enough to hold a few month labels (or the view is short).
    const yearWidth = scale(y + 1) - scale(y);
    if (!tryAll && yearWidth < 4 * gap) continue;
    for (let m = 1; m < 12; m++) {
      const t = monthStartYear(y, m);
      if (t <= d0 || t >= d1) continue;
      const x = scale(t);
      if (x < r0 || x > r1) continue;
      if (taken.some((other) => Math.abs(other - x) < gap)) continue;
      taken.push(x);
      months.push({ x, text: monthName(m), major: false });
    }
  }
  return [...years, ...months].sort((a, b) => a.x - b.x);
}
