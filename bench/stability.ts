/**
 * "Charts drawn and stable": from a page's animation frames, when did the charts stop changing?
 *
 * The page samples every chart's svg markup once per animation frame (`STABILITY_SAMPLER`, installed
 * before any script of the page) and sends back, per frame, which charts' markup changed since the
 * previous sample (a chart new to the page counts as changed) and which charts left the page. The
 * functions here turn those frames into the figure:
 *
 * - the stable frame s is the first sample at which at least `min` charts have had the same markup
 *   as in the sample before (frame s − 1) and keep it to the last sample taken;
 * - the figure is the time of the sample after s (s + 1): a second requestAnimationFrame after the
 *   one that saw the charts unchanged, by which time frame s has been painted.
 *
 * A chart that changes after frame s − 1 is not settled; so charts painted once and then drawn again
 * (say, laid out again after hydration) count from their last drawing, not their first.
 */

/** One frame's sample: the charts (by key) whose markup changed since the previous sample, and those gone. */
export interface FrameDiff {
  /** performance.now() in the animation frame. */
  t: number;
  changed: readonly number[];
  removed: readonly number[];
}

/** One frame's sample in full: each chart's markup, by key. */
export interface FrameMarkup {
  t: number;
  charts: ReadonlyMap<number, string>;
}

/**
 * The frames' differences, from full samples: `baseline` is the markup before the first frame (none
 * on a page load; the charts as they were at the click for an interaction).
 */
export function diffFrames(frames: readonly FrameMarkup[], baseline: ReadonlyMap<number, string> = new Map()): FrameDiff[] {
  let previous = baseline;
  return frames.map(({ t, charts }) => {
    const changed = [...charts].filter(([key, markup]) => previous.get(key) !== markup).map(([key]) => key);
    const removed = [...previous.keys()].filter((key) => !charts.has(key));
    previous = charts;
    return { t, changed, removed };
  });
}

export interface StableOptions {
  /** How many charts must be settled; 'all' = every chart present in the last sample. */
  min: number | 'all';
  /** Charts present before the first frame (the baseline): they count as unchanged since frame −1. */
  baseline?: readonly number[];
  /** The stable frame is not before this frame (for an interaction: the first sample after its DOM change). */
  notBefore?: number;
}

/**
 * The stable frame's index (see the module's comment), or null: fewer than `min` charts present at
 * the end, or still changing in the last sample.
 */
export function stableFrame(frames: readonly FrameDiff[], { min, baseline = [], notBefore = 0 }: StableOptions): number | null {
  // Each chart present at the end, with the frame of its last change (−1: unchanged since the baseline).
  const lastChange = new Map<number, number>(baseline.map((key) => [key, -1]));
  frames.forEach(({ changed, removed }, i) => {
    for (const key of removed) lastChange.delete(key);
    for (const key of changed) lastChange.set(key, i);
  });
  const need = min === 'all' ? lastChange.size : min;
  if (need < 1 || lastChange.size < need) return null;
  const settled = [...lastChange.values()].sort((a, b) => a - b)[need - 1]!;
  const s = Math.max(settled + 1, notBefore, 0);
  return s < frames.length ? s : null;
}

/** How many charts are present after the last frame (with those of the baseline not removed). */
export function presentAtEnd(frames: readonly FrameDiff[], baseline: readonly number[] = []): number {
  const present = new Set(baseline);
  for (const { changed, removed } of frames) {
    for (const key of removed) present.delete(key);
    for (const key of changed) present.add(key);
  }
  return present.size;
}

/** The figure: the time of the sample after the stable frame (that frame painted), or null. */
export function stableTime(frames: readonly FrameDiff[], options: StableOptions): number | null {
  const s = stableFrame(frames, options);
  return s === null || s + 1 >= frames.length ? null : frames[s + 1]!.t;
}

/** Long tasks that overlap [from, to]: their number and the longest (0 when none). */
export function longTasksBetween(tasks: readonly { startTime: number; duration: number }[], from: number, to: number): { count: number; longest: number } {
  const overlapping = tasks.filter((task) => task.startTime + task.duration >= from && task.startTime <= to);
  return { count: overlapping.length, longest: overlapping.reduce((m, task) => Math.max(m, task.duration), 0) };
}

/** The minimum number of charts that must settle on a page load (issue 25's definition). */
export const STABLE_MIN_CHARTS = 4;

/** A peer's chart: an outermost svg whose width and height attributes (else its viewBox) are at least these. */
export const PEER_CHART_MIN_SIZE = { width: 100, height: 50 } as const;

/**
 * Installed before any script of the page (`addInitScript`): `window.__benchStability` samples the
 * charts' svg markup once per animation frame. `mode` 'ours' takes the dashboard's card charts
 * (`article[data-series] svg.chart`); 'svg' any outermost svg of at least PEER_CHART_MIN_SIZE by its
 * attributes (no layout is read). Each chart is watched by a MutationObserver from when it is first
 * seen, and only charts that a mutation touched since the last sample are serialised again, so that
 * sampling a thousand charts does not cost a thousand serialisations a frame.
 *
 * start(baseline): begins sampling (with baseline, the charts now present are the baseline and their
 * keys are returned); sinceChange(): ms since the last change seen (Infinity when none);
 * framesSinceChange(): samples taken since (a long task can pass the time with few frames); stop():
 * the frames so far.
 */
export function stabilitySampler(mode: 'ours' | 'svg', autostart: boolean): string {
  return `(() => {
  const MODE = ${JSON.stringify(mode)};
  const MIN_W = ${PEER_CHART_MIN_SIZE.width};
  const MIN_H = ${PEER_CHART_MIN_SIZE.height};
  const size = (svg, name) => {
    const value = parseFloat(svg.getAttribute(name) || '');
    if (Number.isFinite(value)) return value;
    const box = svg.viewBox && svg.viewBox.baseVal;
    return box ? (name === 'width' ? box.width : box.height) : 0;
  };
  const charts = () => MODE === 'ours'
    ? [...document.querySelectorAll('article[data-series] svg.chart')]
    : [...document.querySelectorAll('svg')].filter((svg) => !(svg.parentElement && svg.parentElement.closest('svg')) && size(svg, 'width') >= MIN_W && size(svg, 'height') >= MIN_H);
  const outermostSvg = (node) => {
    let svg = (node.nodeType === 1 ? node : node.parentElement);
    svg = svg ? svg.closest('svg') : null;
    while (svg && svg.parentElement && svg.parentElement.closest('svg')) svg = svg.parentElement.closest('svg');
    return svg;
  };
  const keys = new WeakMap();
  let nextKey = 0;
  const keyOf = (el) => { let k = keys.get(el); if (k === undefined) { k = nextKey++; keys.set(el, k); } return k; };
  const markup = new Map();
  const elements = new Map();
  const dirty = new Set();
  let frames = [];
  let running = false;
  let lastChange = -Infinity;
  let framesSince = 0;
  const take = (records) => { for (const record of records) { const svg = outermostSvg(record.target); if (svg) dirty.add(svg); } };
  // Each chart is observed from when it is first seen (not the whole document: a page's parse
  // would give a record per node).
  const observer = new MutationObserver((records) => { if (running) take(records); });
  const OPTIONS = { subtree: true, childList: true, attributes: true, characterData: true };
  const sample = () => {
    if (!running) return;
    take(observer.takeRecords());
    const t = performance.now();
    const seen = new Set();
    const changed = [];
    for (const el of charts()) {
      const k = keyOf(el);
      seen.add(k);
      if (!elements.has(k)) {
        elements.set(k, el);
        markup.set(k, el.outerHTML);
        observer.observe(el, OPTIONS);
        changed.push(k);
      } else if (dirty.has(el)) {
        const m = el.outerHTML;
        if (m !== markup.get(k)) { markup.set(k, m); changed.push(k); }
      }
    }
    const removed = [];
    for (const k of elements.keys()) if (!seen.has(k)) removed.push(k);
    for (const k of removed) { elements.delete(k); markup.delete(k); }
    dirty.clear();
    if (changed.length > 0 || removed.length > 0) { lastChange = t; framesSince = 0; } else framesSince += 1;
    frames.push({ t, changed, removed });
    requestAnimationFrame(sample);
  };
  window.__benchStability = {
    start(baseline) {
      frames = [];
      dirty.clear();
      lastChange = -Infinity;
      framesSince = 0;
      const keysNow = [];
      if (baseline) {
        for (const el of charts()) { const k = keyOf(el); elements.set(k, el); markup.set(k, el.outerHTML); observer.observe(el, OPTIONS); keysNow.push(k); }
      }
      running = true;
      requestAnimationFrame(sample);
      return keysNow;
    },
    sinceChange() { return performance.now() - lastChange; },
    framesSinceChange() { return framesSince; },
    stop() {
      running = false;
      observer.disconnect();
      elements.clear();
      markup.clear();
      return frames.slice();
    },
  };
  if (${autostart ? 'true' : 'false'}) window.__benchStability.start(false);
})()`;
}

/**
 * Installed before any script of the page: every long task (over 50 ms) from navigation on, in
 * `window.__benchLongTasks()` (records not yet delivered included).
 */
export const LONG_TASK_LOG = `(() => {
  const tasks = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ startTime: e.startTime, duration: e.duration }); });
    observer.observe({ type: 'longtask', buffered: true });
  } catch {}
  window.__benchLongTasks = () => {
    if (observer) for (const e of observer.takeRecords()) tasks.push({ startTime: e.startTime, duration: e.duration });
    return tasks.slice();
  };
})()`;
