export interface Summary {
  min: number;
  median: number;
  max: number;
  /** Runs counted. */
  n: number;
  /** Runs that did not finish (timed out), left out of the figures. */
  missing: number;
}

/** Min, median and max of the runs that finished; null when none did. */
export function summarize(values: readonly (number | null)[]): Summary | null {
  const done = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (done.length === 0) return null;
  const mid = Math.floor(done.length / 2);
  const median = done.length % 2 === 1 ? done[mid]! : (done[mid - 1]! + done[mid]!) / 2;
  return { min: done[0]!, median, max: done[done.length - 1]!, n: done.length, missing: values.length - done.length };
}

/**
 * The exponent k of y ≈ c·x^k, by least squares on logarithms: how time grows with data size
 * (k ≈ 1 linear, < 1 sub-linear). Null with fewer than two usable points.
 */
export function fitPowerLaw(points: readonly { x: number; y: number | null }[]): number | null {
  const usable = points.filter((p): p is { x: number; y: number } => p.y !== null && p.x > 0 && p.y > 0);
  if (usable.length < 2) return null;
  const lx = usable.map((p) => Math.log(p.x));
  const ly = usable.map((p) => Math.log(p.y));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}
