/**
 * `npm run bench`: the dashboard against Vega-Lite, Observable Plot and ECharts in Chromium, on the
 * real data and on synthetic data at 10×, 100× and 1000×. Writes bench/results.md and results.json.
 *
 *   npm run bench -- [--scales 1,10,100,1000] [--runs 7] [--load-timeout 180000]
 *                    [--engines ours,vegalite,plot,echarts] [--port 4390] [--out bench]
 *
 * Counted runs: `--runs` at 1× and 10×, at most 3 at 100×, and 1 at 1000× with no warm-up. A step
 * (a load, the wait for a page to answer input, an interaction) not done within `--load-timeout`
 * counts as not finished, and its cell says so ("not finished within N s"); so do the interactions
 * of a page not drawn within it, which are not attempted.
 *
 * `--scales 1` measures the real data only; `--engines ours` the dashboard alone (the ratios to
 * the peers are then left out of that scale's rows). The port is `--port`, else $PORT, else 4390.
 * `--out` is the folder results.md and results.json are written to (bench/ by default): another
 * folder keeps a measurement apart from the published figures.
 *
 * Every engine is a production build served the same way, as a static host serves it (compressed,
 * with the site's _headers: bench/static-server.ts); the dashboard is prerendered from each scale's
 * data, as it ships (bench/scaled-site.ts). Each figure is taken in the page with performance.now() and the Performance
 * Timeline (paint, largest-contentful-paint, longtask), after one warm-up, over the counted runs,
 * engines alternated run by run so that drift hits all alike.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildScaledSite, buildTemplate } from './scaled-site';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { fitPowerLaw, summarize, type Summary } from './stats';
import { DEFER_DRAWING_OVER } from '../src/dashboard/select';
import { startStaticServer, type RunningServer } from './static-server';
import { lighthouseMarkdown, type LighthouseResults } from './lighthouse-report';
import { LONG_TASK_LOG, STABLE_MIN_CHARTS, longTasksBetween, presentAtEnd, stabilitySampler, stableTime, type FrameDiff } from './stability';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
/** The value given after `--name` on the command line. */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const PORT = Number(argValue('port') ?? process.env.PORT ?? 4390);
/** How long a page may take to load (`--load-timeout`, ms); past it, the run counts as not finished. */
const LOAD_TIMEOUT_MS = Number(argValue('load-timeout') ?? 180_000);
/** Where results.md and results.json are written. */
const OUT = resolve(argValue('out') ?? join(ROOT, 'bench'));

type Engine = 'ours' | 'vegalite' | 'plot' | 'echarts';
const ENGINES: Engine[] = ['ours', 'vegalite', 'plot', 'echarts'];
const PAGE: Record<Engine, string> = { ours: 'index.html', vegalite: 'vegalite.html', plot: 'plot.html', echarts: 'echarts.html' };

type Metric =
  | 'fcp'
  | 'lcp'
  | 'load'
  | 'stable'
  | 'interactive'
  | 'loadLongestTask'
  | 'filterSector'
  | 'filterSectorFrame'
  | 'filterSectorStable'
  | 'filterYears'
  | 'eventSelect'
  | 'eventSelectFrame'
  | 'eventSelectStable'
  | 'filterLongTasks'
  | 'filterLongestTask'
  | 'eventLongTasks'
  | 'eventLongestTask'
  | 'exportPng'
  | 'exportPptx'
  | 'searchKeystroke'
  | 'searchKeystrokeFrame';

const METRICS: Metric[] = ['fcp', 'lcp', 'load', 'stable', 'interactive', 'loadLongestTask', 'filterSector', 'filterSectorFrame', 'filterSectorStable', 'filterLongTasks', 'filterLongestTask', 'filterYears', 'eventSelect', 'eventSelectFrame', 'eventSelectStable', 'eventLongTasks', 'eventLongestTask', 'searchKeystroke', 'searchKeystrokeFrame', 'exportPng', 'exportPptx'];
/** After a page load, the charts are watched until none has changed for this long (ms). */
const LOAD_QUIET_MS = 1000;
/** After an interaction's DOM change, the charts are watched until none has changed for this long (ms). */
const INTERACTION_QUIET_MS = 300;
/** How the figures are taken; figures of another method in results.json are not mixed with these. */
const METHOD = 'prerendered dashboard; static server with compression and _headers; paint timing';

interface Sample {
  scale: number;
  engine: Engine;
  metric: Metric;
  ms: number | null;
}

function parseArgs() {
  const engines = (argValue('engines') ?? ENGINES.join(',')).split(',') as Engine[];
  const unknown = engines.filter((e) => !ENGINES.includes(e));
  if (unknown.length > 0) throw new Error(`--engines: unknown ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return {
    scales: (argValue('scales') ?? '1,10,100,1000').split(',').map(Number),
    runs: Number(argValue('runs') ?? 7),
    engines,
  };
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** `vite build` alone: the template the prerender fills, kept apart from `dist/`. */
const TEMPLATE = join(BENCH, '.build', 'site');

/** One folder per scale: the dashboard prerendered from that scale's data, with the peers' pages. */
function buildSite(scale: number) {
  return buildScaledSite({
    template: TEMPLATE,
    dir: join(BENCH, '.sites', `scale-${scale}`),
    scale,
    siteUrl: `http://127.0.0.1:${PORT}/`,
    extra: [join(BENCH, '.build', 'peers')],
  });
}

/**
 * The peers' pages were not built for the site's Content-Security-Policy (under it, Plot's
 * <style> element in each chart is refused by style-src 'self'): a rule after the site's own
 * detaches the policy from the three peer pages alike; they keep the other headers `/*` gives.
 */
const PEER_RULES = (['vegalite', 'plot', 'echarts'] as const).map((engine) => ({ pattern: `/${PAGE[engine]}`, detach: ['Content-Security-Policy'], set: [] }));

function startServer(dir: string): Promise<RunningServer> {
  return startStaticServer({ root: dir, port: PORT, extraRules: PEER_RULES });
}

/**
 * Installed before any script of the page, observers from navigation on: `window.__benchLoad()`
 * gives the first contentful paint, the latest largest-contentful-paint candidate and the longest
 * task (in ms; 0 when no task over 50 ms was reported), each null until reported.
 */
const LOAD_OBSERVERS = `(() => {
  let fcp = null;
  let lcp = null;
  let longest = 0;
  const observers = [];
  const observe = (type, take) => {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(take));
      observer.observe({ type, buffered: true });
      observers.push([observer, take]);
    } catch {}
  };
  observe('paint', (entry) => { if (entry.name === 'first-contentful-paint') fcp = entry.startTime; });
  observe('largest-contentful-paint', (entry) => { lcp = Math.max(lcp ?? 0, entry.startTime); });
  observe('longtask', (entry) => { longest = Math.max(longest, entry.duration); });
  window.__benchLoad = () => {
    for (const [observer, take] of observers) observer.takeRecords().forEach(take);
    return { fcp, lcp, loadLongestTask: longest };
  };
})()`;

/**
 * Waits, checking every frame, until `condition` (a function's source) holds in the page, and
 * gives performance.now() one frame after. Not page.waitForFunction: that evaluates its text with
 * eval, which the site's policy refuses.
 */
async function waitInPage(page: Page, condition: string, timeout = LOAD_TIMEOUT_MS): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`not met within ${timeout} ms: ${condition.slice(0, 120)}`)), timeout);
  });
  try {
    return await Promise.race([page.evaluate<number>(`(${FRAME_AFTER})(${condition})`), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves, in the page, with performance.now() one frame after `condition` first holds (checked every frame). */
const FRAME_AFTER = `(condition) => new Promise((resolve) => {
  const check = () => (condition() ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(check));
  check();
})`;

/**
 * The dashboard is drawn when the timeline and every card are in place and the charts are drawn:
 * all of them up to DEFER_DRAWING_OVER cards; past that, the charts of every card in the viewport
 * (the others are drawn as they are scrolled to), which the results table says.
 */
function oursDrawn(seriesCount: number): string {
  const inView = `[...document.querySelectorAll('article[data-series]')].filter((a) => { const r = a.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })`;
  // At 1440 × 900 the first card can sit below the fold (at 10×, 1,132 px down): then the charts the
  // page draws near the viewport, at least one.
  const charts = seriesCount > DEFER_DRAWING_OVER ? `document.querySelector('article[data-series] svg.chart') !== null && ${inView}.every((a) => a.querySelector('svg.chart') !== null)` : `[...document.querySelectorAll('article[data-series]')].filter((a) => a.querySelector('svg.chart') !== null).length === ${seriesCount}`;
  return `() => !document.documentElement.classList.contains('view-pending') && document.querySelector('svg.timeline') !== null && document.querySelectorAll('article[data-series]').length === ${seriesCount} && ${charts}`;
}

/**
 * Ready for input: hydrated, with every card and the timeline in place and the charts drawn (past
 * the deferral size, those in view), so that an interaction is not timed over the drawing that
 * follows hydration.
 */
const oursReady = (seriesCount: number) => `() => (${oursDrawn(seriesCount)})() && performance.getEntriesByName('dashboard-interactive').length > 0`;
/**
 * Ready for the interactions: hydrated, and the timeline too, whose code loads once the page is
 * idle (until then its marks are drawn but answer no click, and a filter does not redraw it).
 */
const oursAnswering = (seriesCount: number) => `() => (${oursReady(seriesCount)})() && document.querySelector('.timeline-section:not([aria-busy])') !== null`;

type LoadFigures = Partial<Record<'fcp' | 'lcp' | 'load' | 'stable' | 'interactive' | 'loadLongestTask', number | null>>;

/** Which svgs the sampler takes as charts: ours its card charts, a peer any svg of a chart's size. */
const samplerMode = (engine: Engine) => (engine === 'ours' ? 'ours' : 'svg');

/**
 * Charts drawn and stable: once the page is drawn (and ours hydrated), the frames are sampled on
 * until no chart has changed for LOAD_QUIET_MS; then the time of the painted frame after at least
 * STABLE_MIN_CHARTS charts were unchanged for a frame, for good (bench/stability.ts).
 */
async function stableAfterLoad(page: Page, deferred: boolean): Promise<number | null> {
  // Time and frames both: a long task can pass the time with no frame sampled after the last change.
  await waitInPage(page, `() => window.__benchStability.sinceChange() >= ${LOAD_QUIET_MS} && window.__benchStability.framesSinceChange() >= 3`);
  const frames = await page.evaluate<FrameDiff[]>(`window.__benchStability.stop()`);
  // Past the deferral size ours draws only the charts near the viewport (three at 10×): all of those then.
  const min = deferred ? Math.max(1, Math.min(STABLE_MIN_CHARTS, presentAtEnd(frames))) : STABLE_MIN_CHARTS;
  return stableTime(frames, { min });
}

/**
 * From navigation: first contentful paint, largest contentful paint, every chart drawn and the
 * next frame (`load`), for ours the hydration mark (`interactive`), and the longest task until
 * the later of the two.
 */
async function measureLoad(browser: Browser, engine: Engine, seriesCount: number): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(LOAD_OBSERVERS);
  await context.addInitScript(stabilitySampler(samplerMode(engine), true));
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${PORT}/${PAGE[engine]}`, { waitUntil: 'commit' });
    const drawn =
      engine === 'ours'
        ? oursDrawn(seriesCount)
        : '() => window.__benchDrawn === true';
    // A page whose charts are not all drawn in time still gives its paints and its hydration mark.
    const load = await waitInPage(page, drawn).catch((error: unknown) => {
      console.warn(`  ${engine}: not every chart was drawn (${(error as Error).message.split('\n')[0]})`);
      return null;
    });
    let interactive: number | null = null;
    if (engine === 'ours') {
      const mark = `() => performance.getEntriesByName('dashboard-interactive').length > 0`;
      await waitInPage(page, mark);
      interactive = await page.evaluate<number>(`performance.getEntriesByName('dashboard-interactive')[0].startTime`);
    }
    // Paint entries are reported once the frame is presented, which can be after the load figure.
    await waitInPage(page, `() => window.__benchLoad().fcp !== null && window.__benchLoad().lcp !== null`, 10_000).catch(() => undefined);
    const observed = await page.evaluate<{ fcp: number | null; lcp: number | null; loadLongestTask: number }>(`window.__benchLoad()`);
    const stable =
      load === null
        ? null
        : await stableAfterLoad(page, engine === 'ours' && seriesCount > DEFER_DRAWING_OVER).catch((error: unknown) => {
            console.warn(`  ${engine}: the charts did not settle (${(error as Error).message.split('\n')[0]})`);
            return null;
          });
    // The longest task counts to every chart drawn: unknown when they were not.
    const figures = { ...observed, loadLongestTask: load === null ? null : observed.loadLongestTask, load, stable };
    return engine === 'ours' ? { ...figures, interactive } : figures;
  } catch (error) {
    console.warn(`  ${engine}: load did not finish (${(error as Error).message.split('\n')[0]})`);
    return engine === 'ours' ? { fcp: null, lcp: null, load: null, stable: null, interactive: null, loadLongestTask: null } : { fcp: null, lcp: null, load: null, stable: null, loadLongestTask: null };
  } finally {
    await context.close();
  }
}

interface Interaction {
  dom: number;
  frame: number;
  /** To the painted frame after every chart was unchanged for a frame, and the DOM done; null if they did not settle. */
  stable: number | null;
  /** Long tasks (over 50 ms) from the action to that frame (or to the end of the watch). */
  longTasks: number;
  longestTask: number;
}

/**
 * Runs `action` in the page and times it to the DOM showing `done`, to the next frame, and to the
 * painted frame after the charts are unchanged for a frame (the charts are watched until none has
 * changed for INTERACTION_QUIET_MS), with the long tasks meanwhile.
 */
async function interact(page: Page, action: string, done: string): Promise<Interaction> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`not done within ${LOAD_TIMEOUT_MS} ms: ${done.slice(0, 120)}`)), LOAD_TIMEOUT_MS);
  });
  const raw = await Promise.race([interactInPage(page, action, done), expired]).finally(() => clearTimeout(timer));
  const notBefore = raw.frames.findIndex((f) => f.t >= raw.domAt);
  const stableAt = notBefore < 0 ? null : stableTime(raw.frames, { min: 'all', baseline: raw.baseline, notBefore });
  const tasks = longTasksBetween(raw.tasks, raw.t0, stableAt ?? raw.end);
  return { dom: raw.dom, frame: raw.frame, stable: stableAt === null ? null : stableAt - raw.t0, longTasks: tasks.count, longestTask: tasks.longest };
}

interface RawInteraction {
  t0: number;
  domAt: number;
  end: number;
  dom: number;
  frame: number;
  baseline: number[];
  frames: FrameDiff[];
  tasks: { startTime: number; duration: number }[];
}

function interactInPage(page: Page, action: string, done: string): Promise<RawInteraction> {
  return page.evaluate(
    `(async () => {
      const done = ${done};
      const baseline = window.__benchStability.start(true);
      // The action is a click dispatched in the page (or the peer's call): its event's timestamp is now.
      const t0 = performance.now();
      await (${action})();
      // Checked on every change of the DOM, and every frame for what no mutation announces (the link).
      const domAt = await new Promise((resolve) => {
        if (done()) return resolve(performance.now());
        let finished = false;
        const finish = () => { if (!finished && done()) { finished = true; mutations.disconnect(); resolve(performance.now()); } };
        const mutations = new MutationObserver(finish);
        mutations.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const frame = () => { finish(); if (!finished) requestAnimationFrame(frame); };
        requestAnimationFrame(frame);
      });
      const frame = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      // Watched until no chart has changed for a while, counted from the DOM change at the earliest.
      await new Promise((resolve) => {
        const check = () => (window.__benchStability.sinceChange() >= ${INTERACTION_QUIET_MS} && window.__benchStability.framesSinceChange() >= 3 && performance.now() - domAt >= ${INTERACTION_QUIET_MS} ? resolve() : requestAnimationFrame(check));
        check();
      });
      const frames = window.__benchStability.stop();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const end = performance.now();
      return { t0, domAt, end, dom: domAt - t0, frame: frame - t0, baseline, frames, tasks: window.__benchLongTasks() };
    })()`,
  ) as Promise<RawInteraction>;
}

async function openReady(browser: Browser, engine: Engine, seriesCount: number): Promise<{ page: Page; close: () => Promise<void> } | null> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript(LONG_TASK_LOG);
  await context.addInitScript(stabilitySampler(samplerMode(engine), false));
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/${PAGE[engine]}`);
  // Ours is prerendered: drawn before it is hydrated, and answering input only once it is.
  const drawn = engine === 'ours' ? oursAnswering(seriesCount) : '() => window.__benchDrawn === true';
  try {
    await waitInPage(page, drawn);
  } catch {
    await context.close();
    return null;
  }
  return { page, close: () => context.close() };
}

const EV_SERIES = (index: { series: { sectors: string[] }[] }) => index.series.filter((s) => s.sectors.includes('ev')).length;

async function measureInteractions(browser: Browser, engine: Engine, seriesCount: number, evCount: number): Promise<Partial<Record<Metric, number | null>>> {
  const opened = await openReady(browser, engine, seriesCount);
  if (!opened) return {};
  const { page, close } = opened;
  const out: Partial<Record<Metric, number | null>> = {};
  try {
    if (engine === 'ours') {
      const sector = await interact(
        page,
        `() => [...document.querySelectorAll('.sector-toggles button')].find((b) => b.textContent === 'Electric vehicles').click()`,
        // A card filtered out stays in the page, hidden.
        `() => document.querySelectorAll('article[data-series]:not([hidden])').length === ${evCount}`,
      );
      Object.assign(out, { filterSector: sector.dom, filterSectorFrame: sector.frame, filterSectorStable: sector.stable, filterLongTasks: sector.longTasks, filterLongestTask: sector.longestTask });
      await page.evaluate(`document.querySelector('.sector-toggles button').click()`); // All sectors again
      await waitInPage(page, `() => document.querySelectorAll('article[data-series]:not([hidden])').length === ${seriesCount}`);
      const years = await interact(
        page,
        `() => { const select = [...document.querySelectorAll('.year-range select')][0]; select.value = '2023'; select.dispatchEvent(new Event('change', { bubbles: true })); }`,
        `() => location.search.includes('from=2023') && !document.querySelector('.timeline [data-event-id="made-in-china-2025"]')`,
      );
      out.filterYears = years.dom;
      await page.goto(page.url().split('?')[0]!);
      await waitInPage(page, oursAnswering(seriesCount));
      const search = await timeSearch(page);
      Object.assign(out, { searchKeystroke: search.dom, searchKeystrokeFrame: search.frame });
      await page.goto(page.url().split('?')[0]!);
      await waitInPage(page, oursAnswering(seriesCount));
      // A click on the event's mark; past MAX_EVENT_BUTTONS events there are no marks to click, and
      // the event is selected as a link would select it (history entry + popstate), the same work after.
      const event = await interact(
        page,
        `() => {
          const mark = document.querySelector('[data-event-id="deepseek-r1"]');
          if (mark) return mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          history.pushState(null, '', '?event=deepseek-r1');
          dispatchEvent(new PopStateEvent('popstate'));
        }`,
        // On the first card's chart where it is drawn; past the deferral size it may not be (at 10×
        // the first cards sit below the fold and the charts drawn end before 2025): the event's detail shown.
        `() => {
          const chart = document.querySelector('article[data-series="nvidia-china-share"] svg.chart');
          return chart !== null ? chart.querySelector('.event-rule') !== null : document.querySelector('.event-detail') !== null && location.search.includes('event=deepseek-r1');
        }`,
      );
      Object.assign(out, { eventSelect: event.dom, eventSelectFrame: event.frame, eventSelectStable: event.stable, eventLongTasks: event.longTasks, eventLongestTask: event.longestTask });
      out.exportPng = await timeDownload(page, 'nvidia-china-share', 'PNG, slide (1920×1080)');
      // A deck of hundreds of slides is not what a reader exports: timed up to the deferral size.
      if (seriesCount <= DEFER_DRAWING_OVER) out.exportPptx = await timeDeck(page);
    } else {
      const sector = await interact(page, `() => window.bench.filterSectors(['ev'])`, `() => document.querySelectorAll('[data-bench-chart]:not([data-bench-chart="timeline"])').length === ${evCount}`);
      Object.assign(out, { filterSector: sector.dom, filterSectorFrame: sector.frame, filterSectorStable: sector.stable, filterLongTasks: sector.longTasks, filterLongestTask: sector.longestTask });
      await page.evaluate(`window.bench.filterSectors(null)`);
      const event = await interact(page, `() => window.bench.selectEvent('deepseek-r1')`, `() => true`);
      Object.assign(out, { eventSelect: event.dom, eventSelectFrame: event.frame, eventSelectStable: event.stable, eventLongTasks: event.longTasks, eventLongestTask: event.longestTask });
    }
    return out;
  } catch (error) {
    // What was measured before stays; the rest of this run counts as not finished.
    console.warn(`  ${engine}: an interaction did not finish (${(error as Error).message.split('\n')[0]})`);
    return out;
  } finally {
    await close();
  }
}

/**
 * The search box: a keystroke that makes the query "huawei" (from an empty box, so that every
 * result is new) to its results listed with their words marked, and to the next frame (painted).
 * Timed once the index is loaded (its first use, on focus, is not a keystroke's work).
 */
async function timeSearch(page: Page): Promise<Interaction> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('huawei');
  await page.getByRole('listbox', { name: 'Search' }).getByRole('option').first().waitFor();
  await box.fill('');
  await page.getByRole('listbox', { name: 'Search' }).waitFor({ state: 'hidden' });
  return interact(
    page,
    `() => {
      const input = document.querySelector('input[role="combobox"][type="search"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'huawei');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }`,
    `() => { const list = document.querySelector('[role="listbox"]'); return list !== null && !list.hidden && list.closest('[hidden]') === null && list.querySelector('[role="option"] mark') !== null; }`,
  );
}

async function timeDownload(page: Page, seriesId: string, item: string): Promise<number> {
  const cardSelector = `article[data-series="${seriesId}"]`;
  // The card's export menu, by its accessible name ("Export “title”").
  await page.locator(cardSelector).getByRole('button', { name: /^Export “/ }).click();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  const t0 = Date.now();
  await page.getByRole('menuitem', { name: item }).click();
  await downloading;
  return Date.now() - t0;
}

async function timeDeck(page: Page): Promise<number> {
  const downloading = page.waitForEvent('download', { timeout: 300_000 });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Export slides (.pptx)' }).click();
  await downloading;
  return Date.now() - t0;
}

/** The interaction figures each run of `engine` should give: any left out did not finish. */
function expectedInteractions(engine: Engine, seriesCount: number): Metric[] {
  const both: Metric[] = ['filterSector', 'filterSectorFrame', 'filterSectorStable', 'filterLongTasks', 'filterLongestTask', 'eventSelect', 'eventSelectFrame', 'eventSelectStable', 'eventLongTasks', 'eventLongestTask'];
  if (engine !== 'ours') return both;
  return [...both, 'filterYears', 'searchKeystroke', 'searchKeystrokeFrame', 'exportPng', ...(seriesCount <= DEFER_DRAWING_OVER ? (['exportPptx'] as Metric[]) : [])];
}

function rotate<T>(items: T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

async function main() {
  const { scales, runs, engines } = parseArgs();
  mkdirSync(OUT, { recursive: true });
  console.log(`Building the dashboard and the peers' pages...`);
  buildTemplate(TEMPLATE);
  run(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', join(BENCH, 'peers', 'vite.config.ts'), '--logLevel', 'warn']);
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const samples: Sample[] = [];
  const sizes: Record<number, { series: number; records: number; events: number }> = {};
  const timeouts: Record<number, number> = {};
  const runsCounted: Record<number, number> = {};

  for (const scale of scales) {
    const site = buildSite(scale);
    sizes[scale] = { series: site.series, records: site.records, events: site.events };
    const index = JSON.parse(readFileSync(join(site.dir, 'data', 'index.json'), 'utf8')) as { series: { sectors: string[] }[] };
    const evCount = EV_SERIES(index);
    console.log(`\nScale ${scale}×: ${site.series} series, ${site.records} figures, ${site.events} events`);
    const server = await startServer(site.dir);
    try {
      // Fewer counted runs where one run of every engine takes minutes; at 1000× one run and no
      // warm-up (a load there takes tens of seconds, past anything a warm cache or server saves).
      const counted = scale >= 1000 ? Math.min(runs, 1) : scale >= 100 ? Math.min(runs, 3) : runs;
      const first = scale >= 1000 ? 1 : 0;
      for (let r = first; r <= counted; r++) {
        const warmUp = r === 0;
        for (const engine of rotate(engines, r)) {
          const load = await measureLoad(browser, engine, site.series);
          // A page not drawn within the time limit is not interacted with: its interactions count as not finished.
          const interactions = load.load === null ? {} : await measureInteractions(browser, engine, site.series, evCount);
          if (warmUp) continue;
          for (const [metric, ms] of Object.entries(load)) samples.push({ scale, engine, metric: metric as Metric, ms });
          // A step that did not finish counts as such (a null), never as a gap in the table.
          for (const metric of expectedInteractions(engine, site.series)) samples.push({ scale, engine, metric, ms: interactions[metric] ?? null });
        }
        console.log(`  ${warmUp ? 'warm-up' : `run ${r}/${counted}`} done`);
      }
    } finally {
      await server.close();
    }
    // Written after every scale, so that a long run that is stopped keeps what it measured.
    timeouts[scale] = LOAD_TIMEOUT_MS;
    runsCounted[scale] = scale >= 1000 ? Math.min(runs, 1) : scale >= 100 ? Math.min(runs, 3) : runs;
    writeResults(samples, sizes, timeouts, runsCounted, scales.slice(0, scales.indexOf(scale) + 1));
  }
  await browser.close();
}

interface ResultRow {
  scale: number;
  engine: Engine;
  metric: Metric;
  summary: Summary | null;
}

function writeResults(samples: Sample[], sizesRun: Record<number, { series: number; records: number; events: number }>, timeoutsRun: Record<number, number>, runsRun: Record<number, number>, scalesRun: number[]) {
  // Scales not run this time keep their earlier figures: a part of the benchmark can be run again.
  const previous = existsSync(join(OUT, 'results.json'))
    ? (JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')) as { sizes: typeof sizesRun; rows: ResultRow[] })
    : { sizes: {}, rows: [] };
  const lighthouse = (previous as { lighthouse?: LighthouseResults }).lighthouse;
  // Figures taken another way (before the prerendered, compressed serving) are not kept beside these.
  const sameMethod = (previous as { method?: string }).method === METHOD;
  const sizes = { ...(sameMethod ? previous.sizes : {}), ...sizesRun };
  /** Per scale, the time limit of a step (ms): a figure not taken within it is "not finished". */
  const timeouts: Record<number, number> = { ...(sameMethod ? ((previous as { timeoutsMs?: Record<number, number> }).timeoutsMs ?? {}) : {}), ...timeoutsRun };
  const counted: Record<number, number> = { ...(sameMethod ? ((previous as { runsCounted?: Record<number, number> }).runsCounted ?? {}) : {}), ...runsRun };
  const scales = [...new Set([...Object.keys(sizes).map(Number), ...scalesRun])].sort((a, b) => a - b);
  const kept = sameMethod ? previous.rows : [];
  const rows: ResultRow[] = kept.filter((r) => !scalesRun.includes(r.scale));
  const metrics = METRICS.filter((m) => kept.some((r) => r.metric === m) || samples.some((s) => s.metric === m));
  for (const scale of scalesRun) {
    for (const engine of ENGINES) {
      for (const metric of metrics) {
        const values = samples.filter((s) => s.scale === scale && s.engine === engine && s.metric === metric).map((s) => s.ms);
        if (values.length === 0) continue;
        rows.push({ scale, engine, metric, summary: summarize(values) });
      }
    }
  }
  const median = (scale: number, engine: Engine, metric: Metric) => rows.find((r) => r.scale === scale && r.engine === engine && r.metric === metric)?.summary?.median ?? null;
  const ratio = (scale: number, peer: Engine, metric: Metric) => {
    const a = median(scale, 'ours', metric);
    const b = median(scale, peer, metric);
    return a !== null && b !== null && b > 0 ? a / b : null;
  };
  const dataSize = (scale: number) => sizes[scale]!.records + sizes[scale]!.events;
  const growth = Object.fromEntries(
    ENGINES.map((engine) => [
      engine,
      Object.fromEntries(
        (['load', 'filterSector', 'eventSelect'] as Metric[]).map((metric) => [
          metric,
          fitPowerLaw(scales.map((s) => ({ x: dataSize(s), y: median(s, engine, metric) }))),
        ]),
      ),
    ]),
  );

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${chromiumVersion()}`;
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), method: METHOD, machine, sizes, runsCounted: counted, timeoutsMs: timeouts, rows, growth, lighthouse }, null, 2)}\n`);

  const fmtMs = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));
  const fmtRatio = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    'Times in milliseconds (long-task rows: counts), min / median / max over the counted runs (after one warm-up; none at 1000×); engines alternated run by run. A step not done within its time limit is "not finished".',
    'Ratios are ours ÷ peer on the medians: below 1 means the dashboard is faster.',
    "The dashboard is prerendered from each scale's data, as it ships; every page is served compressed (brotli) with the site's _headers (bench/static-server.ts). Paint figures come from the page's Performance Timeline.",
    '',
    '## Data sizes',
    '',
    '| scale | series (charts) | figures | timeline events | counted runs | time limit of a step |',
    '|---|---|---|---|---|---|',
    ...scales.map((s) => `| ${s}× | ${sizes[s]!.series} | ${sizes[s]!.records} | ${sizes[s]!.events} | ${counted[s] ?? '—'} | ${timeouts[s] === undefined ? '—' : `${Math.round(timeouts[s] / 1000)} s`} |`),
    '',
  ];
  const titles: Partial<Record<Metric, string>> = {
    fcp: 'First contentful paint (from navigation)',
    lcp: 'Largest contentful paint (from navigation; the last candidate when every chart is drawn)',
    load: 'Load: navigation to every chart drawn, and the next frame',
    interactive: "Time to interactive (dashboard only): navigation to the root's first commit (hydration done)",
    loadLongestTask: 'Longest task during load, to every chart drawn and (ours) hydrated (0 = none over 50 ms reported)',
    filterSector: 'Filter (sector toggle): to updated DOM',
    filterSectorFrame: 'Filter (sector toggle): to the next frame',
    stable:
      'Charts drawn and stable: navigation to the painted frame after at least four charts kept the same svg markup from one animation frame to the next and after (sampled every frame; the figure is the next frame, a double requestAnimationFrame). Past 120 cards ours draws only the charts near the viewport, fewer than four at 1440 × 900: all of those',
    filterSectorStable: 'Filter (sector toggle): click to the painted frame after every chart was unchanged for a frame (and the DOM updated)',
    filterLongTasks: 'Long tasks (over 50 ms) during the sector filter, click to its stable painted frame: count',
    filterLongestTask: 'Longest task during the sector filter, click to its stable painted frame (0 = none over 50 ms)',
    eventSelectStable: 'Event select: click to the painted frame after every chart was unchanged for a frame (and the rule drawn)',
    eventLongTasks: 'Long tasks (over 50 ms) during the event select, click to its stable painted frame: count',
    eventLongestTask: 'Longest task during the event select, click to its stable painted frame (0 = none over 50 ms)',
    filterYears: 'Filter (year range, dashboard only): to updated DOM',
    eventSelect: 'Event select: to the rule drawn on the time charts (DOM)',
    eventSelectFrame: 'Event select: to the next frame',
    searchKeystroke: 'Search (dashboard only): keystroke to the results listed, words marked (DOM)',
    searchKeystrokeFrame: 'Search (dashboard only): keystroke to the results painted (next frame)',
    exportPng: 'Export PNG 1920×1080 (dashboard only): click to file',
    exportPptx: 'Export .pptx of every chart (dashboard only): click to file',
  };
  /** Counts, not times: whole numbers (a median of two may be a half), and no ratios. */
  const COUNTS: Metric[] = ['filterLongTasks', 'eventLongTasks'];
  for (const metric of metrics) {
    lines.push(`## ${titles[metric] ?? metric}`, '');
    const engines = ENGINES.filter((e) => rows.some((r) => r.metric === metric && r.engine === e));
    const ratioPeers = COUNTS.includes(metric) ? [] : engines.filter((e) => e !== 'ours');
    const fmt = COUNTS.includes(metric) ? (v: number) => String(v) : fmtMs;
    lines.push(
      `| scale | ${engines.join(' | ')}${ratioPeers.map((p) => ` | ours/${p}`).join('')} |`,
      `|---|${engines.map(() => '---|').join('')}${ratioPeers.map(() => '---|').join('')}`,
    );
    for (const scale of scales) {
      const limit = timeouts[scale] === undefined ? 'in time' : `within ${Math.round(timeouts[scale] / 1000)} s`;
      const cells = engines.map((e) => {
        const row = rows.find((r) => r.scale === scale && r.engine === e && r.metric === metric);
        if (row === undefined) return '—';
        const s = row.summary;
        if (s === null) return `not finished ${limit}`;
        return `${fmt(s.min)} / **${fmt(s.median)}** / ${fmt(s.max)}${s.missing ? ` (${s.missing} of ${s.n + s.missing} not finished ${limit})` : ''}`;
      });
      lines.push(`| ${scale}× | ${cells.join(' | ')}${ratioPeers.map((p) => ` | ${fmtRatio(ratio(scale, p, metric))}`).join('')} |`);
    }
    lines.push('');
  }
  lines.push('## Growth with data size', '', 'Exponent k of a log-log fit, time ∝ (figures + events)^k, over the scales run.', '');
  lines.push('| engine | load | sector filter | event select |', '|---|---|---|---|');
  for (const engine of ENGINES) {
    const g = growth[engine] as Record<string, number | null>;
    lines.push(`| ${engine} | ${fmtMs(g.load)} | ${fmtMs(g.filterSector)} | ${fmtMs(g.eventSelect)} |`);
  }
  lines.push('');
  lines.push(...lighthouseMarkdown(lighthouse));
  writeFileSync(join(OUT, 'results.md'), `${lines.join('\n')}\n`);
  console.log(`\nWrote ${join(OUT, 'results.md')} and results.json`);
}

function chromiumVersion(): string {
  try {
    return execFileSync(findChromium() ?? 'chromium', ['--version']).toString().trim().replace(/^Chromium /, '');
  } catch {
    return 'unknown';
  }
}

if (!existsSync(join(ROOT, 'node_modules'))) throw new Error('Run npm ci first.');
await main();
