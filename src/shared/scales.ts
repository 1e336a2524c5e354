/**
 * The linear and band scales the charts and the timeline draw with: the part of d3-scale they use
 * (numbers in, numbers out), computed as d3-scale computes it. d3-scale's own linear scale brings
 * the interpolators of colours, strings and dates with it, and a number formatter, none of which
 * a chart here needs before it is drawn.
 */
import { bisect, tickIncrement, ticks as arrayTicks } from 'd3-array';

export interface LinearScale {
  (x: number): number;
  domain(): number[];
  domain(domain: readonly number[]): LinearScale;
  range(): number[];
  range(range: readonly number[]): LinearScale;
  clamp(clamp: boolean): LinearScale;
  invert(y: number): number;
  ticks(count?: number): number[];
  nice(count?: number): LinearScale;
  copy(): LinearScale;
}

/** `x` from [a, b] to [0, 1]; a domain of one point maps everything to its middle. */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
}

const interpolate = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** A piecewise-linear map from `domain` to `range`, stop by stop, as d3-scale's bimap and polymap. */
function piecewise(domain: readonly number[], range: readonly number[]): (x: number) => number {
  const n = Math.min(domain.length, range.length) - 1;
  let d = domain.slice(0, n + 1);
  let r = range.slice(0, n + 1);
  if ((d[n] ?? 0) < (d[0] ?? 0)) {
    d = d.reverse();
    r = r.reverse();
  }
  const pieces = Array.from({ length: n }, (_, i) => {
    const t = normalize(d[i] ?? 0, d[i + 1] ?? 0);
    const y = interpolate(r[i] ?? 0, r[i + 1] ?? 0);
    return (x: number) => y(t(x));
  });
  if (n === 1) return pieces[0] ?? (() => NaN);
  return (x) => (pieces[bisect(d, x, 1, n) - 1] ?? (() => NaN))(x);
}

export function scaleLinear(): LinearScale {
  return linear([0, 1], [0, 1], false);
}

function linear(domainIn: readonly number[], rangeIn: readonly number[], clamped: boolean): LinearScale {
  let domain = [...domainIn];
  let range = [...rangeIn];
  let clamp = clamped;
  let output = piecewise(domain, range);
  let input = piecewise(range, domain);
  const limit = (x: number, ends: readonly number[]) => {
    if (!clamp) return x;
    const a = ends[0] ?? 0;
    const b = ends[ends.length - 1] ?? 0;
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), x));
  };
  const rescale = () => {
    output = piecewise(domain, range);
    input = piecewise(range, domain);
    return scale;
  };
  const scale = ((x: number) => (Number.isNaN(x) ? NaN : output(limit(x, domain)))) as LinearScale;
  scale.domain = ((d?: readonly number[]) => (d ? ((domain = [...d]), rescale()) : [...domain])) as LinearScale['domain'];
  scale.range = ((r?: readonly number[]) => (r ? ((range = [...r]), rescale()) : [...range])) as LinearScale['range'];
  scale.clamp = (c) => ((clamp = c), scale);
  scale.invert = (y) => limit(input(y), domain);
  scale.ticks = (count = 10) => arrayTicks(domain[0] ?? 0, domain[domain.length - 1] ?? 0, count);
  scale.nice = (count = 10) => {
    domain = niceDomain(domain, count);
    return rescale();
  };
  scale.copy = () => linear(domain, range, clamp);
  return scale;
}

/** The ends of `domain` widened to round steps, as d3-scale's `nice`. */
function niceDomain(domain: readonly number[], count: number): number[] {
  const d = [...domain];
  let i0 = 0;
  let i1 = d.length - 1;
  let start = d[i0] ?? 0;
  let stop = d[i1] ?? 0;
  if (stop < start) {
    [start, stop] = [stop, start];
    [i0, i1] = [i1, i0];
  }
  let previous: number | undefined;
  for (let iteration = 0; iteration < 10; iteration++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) {
      d[i0] = start;
      d[i1] = stop;
      return d;
    }
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return d;
}

export interface BandScale {
  (key: string): number | undefined;
  domain(keys: readonly string[]): BandScale;
  range(range: readonly [number, number]): BandScale;
  padding(padding: number): BandScale;
  bandwidth(): number;
}

/** Evenly spaced bands for `keys`, with inner and outer padding alike, centred (d3-scale's scaleBand). */
export function scaleBand(): BandScale {
  let keys: string[] = [];
  let ends: readonly [number, number] = [0, 1];
  let padding = 0;
  let width = 1;
  let starts = new Map<string, number>();
  const rescale = () => {
    const n = keys.length;
    const [r0, r1] = ends;
    const [low, high] = r1 < r0 ? [r1, r0] : [r0, r1];
    const step = (high - low) / Math.max(1, n - padding + padding * 2);
    const first = low + (high - low - step * (n - padding)) * 0.5;
    width = step * (1 - padding);
    const values = keys.map((_, i) => first + step * i);
    if (r1 < r0) values.reverse();
    starts = new Map(keys.map((k, i) => [k, values[i] ?? 0]));
    return band;
  };
  const band = ((key: string) => starts.get(key)) as BandScale;
  band.domain = (k) => ((keys = [...new Set(k)]), rescale());
  band.range = (r) => ((ends = r), rescale());
  band.padding = (p) => ((padding = p), rescale());
  band.bandwidth = () => width;
  return band;
}
