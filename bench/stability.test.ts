// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffFrames, longTasksBetween, presentAtEnd, stableFrame, stableTime, type FrameMarkup } from './stability';

const frame = (t: number, charts: Record<number, string>): FrameMarkup => ({ t, charts: new Map(Object.entries(charts).map(([k, v]) => [Number(k), v])) });

const markupFrames = fc
  .array(fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }), { minLength: 6, maxLength: 6 }), { minLength: 0, maxLength: 12 })
  .map((rows) => rows.map((row, i): FrameMarkup => ({ t: 16 * i, charts: new Map(row.flatMap((m, k) => (m === undefined ? [] : [[k, m] as [number, string]]))) })));

describe('stableFrame and stableTime', () => {
  it('counts charts drawn and then drawn again from their last drawing', () => {
    // Four charts painted at 16 ms, laid out again at 48 ms, then unchanged.
    const frames = diffFrames([
      frame(0, {}),
      frame(16, { 0: 'a', 1: 'b', 2: 'c', 3: 'd' }),
      frame(32, { 0: 'a', 1: 'b', 2: 'c', 3: 'd' }),
      frame(48, { 0: 'A', 1: 'B', 2: 'C', 3: 'D' }),
      frame(64, { 0: 'A', 1: 'B', 2: 'C', 3: 'D' }),
      frame(80, { 0: 'A', 1: 'B', 2: 'C', 3: 'D' }),
    ]);
    expect(stableFrame(frames, { min: 4 })).toBe(4);
    // The sample after the stable frame: that frame has been painted.
    expect(stableTime(frames, { min: 4 })).toBe(80);
  });

  it('needs only `min` charts settled; the others may still change', () => {
    const frames = diffFrames([
      frame(0, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e' }),
      frame(16, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e2' }),
      frame(32, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e3' }),
      frame(48, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e4' }),
    ]);
    expect(stableFrame(frames, { min: 4 })).toBe(1);
    expect(stableTime(frames, { min: 4 })).toBe(32);
    expect(stableFrame(frames, { min: 5 })).toBeNull();
    expect(stableFrame(frames, { min: 'all' })).toBeNull();
  });

  it('is null with fewer charts than asked, or with no frame after the stable one', () => {
    const three = diffFrames([frame(0, { 0: 'a', 1: 'b', 2: 'c' }), frame(16, { 0: 'a', 1: 'b', 2: 'c' }), frame(32, { 0: 'a', 1: 'b', 2: 'c' })]);
    expect(stableFrame(three, { min: 4 })).toBeNull();
    const four = diffFrames([frame(0, { 0: 'a', 1: 'b', 2: 'c', 3: 'd' }), frame(16, { 0: 'a', 1: 'b', 2: 'c', 3: 'd' })]);
    expect(stableFrame(four, { min: 4 })).toBe(1);
    expect(stableTime(four, { min: 4 })).toBeNull();
  });

  it('forgets a chart removed from the page, and takes one put back as changed', () => {
    const frames = diffFrames([
      frame(0, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e' }),
      frame(16, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e' }),
      frame(32, { 0: 'a', 1: 'b', 2: 'c', 4: 'e' }),
      frame(48, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e' }),
      frame(64, { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e' }),
    ]);
    expect(stableFrame(frames, { min: 4 })).toBe(1);
    expect(stableFrame(frames, { min: 5 })).toBe(4);
  });

  it('for an interaction: baseline charts unchanged since the click, and not before the DOM change', () => {
    const baseline = new Map([[0, 'a'], [1, 'b']]);
    const untouched = diffFrames([frame(16, { 0: 'a', 1: 'b' }), frame(32, { 0: 'a', 1: 'b' }), frame(48, { 0: 'a', 1: 'b' }), frame(64, { 0: 'a', 1: 'b' })], baseline);
    expect(stableFrame(untouched, { min: 'all', baseline: [0, 1] })).toBe(0);
    expect(stableTime(untouched, { min: 'all', baseline: [0, 1] })).toBe(32);
    expect(stableTime(untouched, { min: 'all', baseline: [0, 1], notBefore: 2 })).toBe(64);
    const redrawn = diffFrames([frame(16, { 0: 'a', 1: 'B' }), frame(32, { 0: 'a', 1: 'B' }), frame(48, { 0: 'a', 1: 'B' })], baseline);
    expect(stableTime(redrawn, { min: 'all', baseline: [0, 1] })).toBe(48);
  });

  // The definition, checked naively on full markup: frame s is stable when at least `min` charts
  // have the same markup in every frame from s − 1 to the last (the baseline standing for frame −1).
  const naive = (frames: FrameMarkup[], baseline: Map<number, string>, min: number): number | null => {
    const at = (i: number) => (i < 0 ? baseline : frames[i]!.charts);
    for (let s = 0; s < frames.length; s++) {
      const keys = [...at(s - 1).keys()];
      const settled = keys.filter((k) => {
        for (let i = s; i < frames.length; i++) if (at(i).get(k) !== at(s - 1).get(k)) return false;
        return true;
      });
      if (settled.length >= min) return s;
    }
    return null;
  };

  it('agrees with the naive definition on any frames (property)', () => {
    fc.assert(
      fc.property(markupFrames, fc.integer({ min: 1, max: 6 }), fc.boolean(), (frames, min, withBaseline) => {
        const baseline = withBaseline ? new Map([[0, 'a'], [1, 'b'], [2, 'c']]) : new Map<number, string>();
        const got = stableFrame(diffFrames(frames, baseline), { min, baseline: [...baseline.keys()] });
        expect(got).toBe(naive(frames, baseline, min));
      }),
    );
  });

  it('never reports a time before the last change of the charts it needs (property)', () => {
    fc.assert(
      fc.property(markupFrames, (frames) => {
        const diffs = diffFrames(frames);
        const t = stableTime(diffs, { min: 'all' });
        if (t === null) return;
        const lastChange = Math.max(-1, ...diffs.map((d, i) => (d.changed.length + d.removed.length > 0 ? i : -1)));
        expect(t).toBeGreaterThan(lastChange >= 0 ? frames[lastChange]!.t : -Infinity);
        expect(t).toBeGreaterThanOrEqual(frames[Math.min(frames.length - 1, lastChange + 2)]!.t);
      }),
    );
  });
});

describe('presentAtEnd', () => {
  it('counts the charts of the last frame (property)', () => {
    fc.assert(
      fc.property(markupFrames, fc.boolean(), (frames, withBaseline) => {
        const baseline = withBaseline ? new Map([[0, 'a'], [7, 'b']]) : new Map<number, string>();
        const expected = frames.length === 0 ? baseline.size : frames[frames.length - 1]!.charts.size;
        expect(presentAtEnd(diffFrames(frames, baseline), [...baseline.keys()])).toBe(expected);
      }),
    );
  });
});

describe('longTasksBetween', () => {
  it('counts the tasks overlapping the interval, and the longest', () => {
    const tasks = [
      { startTime: 10, duration: 60 }, // ends at 70, before
      { startTime: 90, duration: 80 }, // began before, overlaps
      { startTime: 150, duration: 55 },
      { startTime: 400, duration: 120 }, // after
    ];
    expect(longTasksBetween(tasks, 100, 300)).toEqual({ count: 2, longest: 80 });
    expect(longTasksBetween(tasks, 210, 300)).toEqual({ count: 0, longest: 0 });
    expect(longTasksBetween(tasks, 200, 300)).toEqual({ count: 1, longest: 55 });
  });
});
