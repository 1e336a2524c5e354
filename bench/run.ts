/**
 * `npm run bench`: the dashboard against Vega-Lite, Observable Plot and ECharts in Chromium, on the
 * real data and on synthetic data at 10×, 100× and 1000×. Writes bench/results.md and results.json.
 *
 *   npm run bench -- [--scales 1,10,100,1000] [--runs 7] [--load-timeout 180000]
 *                    [--engines ours,vegalite,plot,echarts] [--port 4390] [--out bench]
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

type Metric = 'fcp' | 'lcp' | 'load' | 'interactive' | 'loadLongestTask' | 'filterSector' | 'filterSectorFrame' | 'filterYears' | 'eventSelect' | 'eventSelectFrame' | 'filterLongestTask' | 'exportPng' | 'exportPptx' | 'searchKeystroke' | 'searchKeystrokeFrame';

const METRICS: Metric[] = ['fcp', 'lcp', 'load', 'interactive', 'loadLongestTask', 'filterSector', 'filterSectorFrame', 'filterLongestTask', 'filterYears', 'eventSelect', 'eventSelectFrame', 'searchKeystroke', 'searchKeystrokeFrame', 'exportPng', 'exportPptx'];
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
  const charts = seriesCount > DEFER_DRAWING_OVER ? `${inView}.length > 0 && ${inView}.every((a) => a.querySelector('svg.chart') !== null)` : `document.querySelectorAll('article[data-series] svg.chart').length === ${seriesCount}`;
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

type LoadFigures = Partial<Record<'fcp' | 'lcp' | 'load' | 'interactive' | 'loadLongestTask', number | null>>;

/**
 * From navigation: first contentful paint, largest contentful paint, every chart drawn and the
 * next frame (`load`), for ours the hydration mark (`interactive`), and the longest task until
 * the later of the two.
 */
async function measureLoad(browser: Browser, engine: Engine, seriesCount: number): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(LOAD_OBSERVERS);
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
    // The longest task counts to every chart drawn: unknown when they were not.
    return { ...observed, loadLongestTask: load === null ? null : observed.loadLongestTask, load, interactive };
  } catch (error) {
    console.warn(`  ${engine}: load did not finish (${(error as Error).message.split('\n')[0]})`);
    return engine === 'ours' ? { fcp: null, lcp: null, load: null, interactive: null, loadLongestTask: null } : { fcp: null, lcp: null, load: null, loadLongestTask: null };
  } finally {
    await context.close();
  }
}

interface Interaction {
  dom: number;
  frame: number;
  longestTask: number;
}

/**
 * Runs `action` in the page and times it to the DOM showing `done` and to the next frame, with the
 * longest task seen meanwhile.
 */
async function interact(page: Page, action: string, done: string): Promise<Interaction> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`not done within ${LOAD_TIMEOUT_MS} ms: ${done.slice(0, 120)}`)), LOAD_TIMEOUT_MS);
  });
  return Promise.race([interactInPage(page, action, done), expired]).finally(() => clearTimeout(timer));
}

function interactInPage(page: Page, action: string, done: string): Promise<Interaction> {
  return page.evaluate(
    `(async () => {
      let longestTask = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
      });
      try { observer.observe({ type: 'longtask' }); } catch {}
      const done = ${done};
      const t0 = performance.now();
      await (${action})();
      // Checked on every change of the DOM, and every frame for what no mutation announces (the link).
      const dom = await new Promise((resolve) => {
        if (done()) return resolve(performance.now());
        let finished = false;
        const finish = () => { if (!finished && done()) { finished = true; mutations.disconnect(); resolve(performance.now()); } };
        const mutations = new MutationObserver(finish);
        mutations.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const frame = () => { finish(); if (!finished) requestAnimationFrame(frame); };
        requestAnimationFrame(frame);
      });
      const frame = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      await new Promise((resolve) => setTimeout(resolve, 0));
      observer.disconnect();
      return { dom: dom - t0, frame: frame - t0, longestTask };
    })()`,
  ) as Promise<Interaction>;
}

async function openReady(browser: Browser, engine: Engine, seriesCount: number): Promise<{ page: Page; close: () => Promise<void> } | null> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
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

async function measureInteractions(browser: Browser, engine: Engine, seriesCount: number, evCount: number): Promise<Partial<Record<Metric, number>>> {
  const opened = await openReady(browser, engine, seriesCount);
  if (!opened) return {};
  const { page, close } = opened;
  const out: Partial<Record<Metric, number>> = {};
  try {
    if (engine === 'ours') {
      const sector = await interact(
        page,
        `() => [...document.querySelectorAll('.sector-toggles button')].find((b) => b.textContent === 'Electric vehicles').click()`,
        // A card filtered out stays in the page, hidden.
        `() => document.querySelectorAll('article[data-series]:not([hidden])').length === ${evCount}`,
      );
      Object.assign(out, { filterSector: sector.dom, filterSectorFrame: sector.frame, filterLongestTask: sector.longestTask });
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
        // On the first card's chart, drawn at every scale (it is in view).
        `() => document.querySelector('article[data-series="nvidia-china-share"] .event-rule') !== null`,
      );
      Object.assign(out, { eventSelect: event.dom, eventSelectFrame: event.frame });
      out.exportPng = await timeDownload(page, 'nvidia-china-share', 'PNG, slide (1920×1080)');
      // A deck of hundreds of slides is not what a reader exports: timed up to the deferral size.
      if (seriesCount <= DEFER_DRAWING_OVER) out.exportPptx = await timeDeck(page);
    } else {
      const sector = await interact(page, `() => window.bench.filterSectors(['ev'])`, `() => document.querySelectorAll('[data-bench-chart]:not([data-bench-chart="timeline"])').length === ${evCount}`);
      Object.assign(out, { filterSector: sector.dom, filterSectorFrame: sector.frame, filterLongestTask: sector.longestTask });
      await page.evaluate(`window.bench.filterSectors(null)`);
      const event = await interact(page, `() => window.bench.selectEvent('deepseek-r1')`, `() => true`);
      Object.assign(out, { eventSelect: event.dom, eventSelectFrame: event.frame });
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
  await page.locator(`${cardSelector} .export-button`).click();
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

  for (const scale of scales) {
    const site = buildSite(scale);
    sizes[scale] = { series: site.series, records: site.records, events: site.events };
    const index = JSON.parse(readFileSync(join(site.dir, 'data', 'index.json'), 'utf8')) as { series: { sectors: string[] }[] };
    const evCount = EV_SERIES(index);
    console.log(`\nScale ${scale}×: ${site.series} series, ${site.records} figures, ${site.events} events`);
    const server = await startServer(site.dir);
    try {
      // Fewer counted runs where one run of every engine takes minutes.
      const counted = scale >= 1000 ? Math.min(runs, 2) : scale >= 100 ? Math.min(runs, 3) : runs;
      for (let r = 0; r <= counted; r++) {
        const warmUp = r === 0;
        for (const engine of rotate(engines, r)) {
          const load = await measureLoad(browser, engine, site.series);
          const interactions = await measureInteractions(browser, engine, site.series, evCount);
          if (warmUp) continue;
          for (const [metric, ms] of Object.entries(load)) samples.push({ scale, engine, metric: metric as Metric, ms });
          for (const [metric, ms] of Object.entries(interactions)) samples.push({ scale, engine, metric: metric as Metric, ms });
        }
        console.log(`  ${warmUp ? 'warm-up' : `run ${r}/${counted}`} done`);
      }
    } finally {
      await server.close();
    }
    // Written after every scale, so that a long run that is stopped keeps what it measured.
    writeResults(samples, sizes, scales.slice(0, scales.indexOf(scale) + 1));
  }
  await browser.close();
}

interface ResultRow {
  scale: number;
  engine: Engine;
  metric: Metric;
  summary: Summary | null;
}

function writeResults(samples: Sample[], sizesRun: Record<number, { series: number; records: number; events: number }>, scalesRun: number[]) {
  // Scales not run this time keep their earlier figures: a part of the benchmark can be run again.
  const previous = existsSync(join(OUT, 'results.json'))
    ? (JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')) as { sizes: typeof sizesRun; rows: ResultRow[] })
    : { sizes: {}, rows: [] };
  const lighthouse = (previous as { lighthouse?: LighthouseResults }).lighthouse;
  // Figures taken another way (before the prerendered, compressed serving) are not kept beside these.
  const sameMethod = (previous as { method?: string }).method === METHOD;
  const sizes = { ...(sameMethod ? previous.sizes : {}), ...sizesRun };
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
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), method: METHOD, machine, sizes, rows, growth, lighthouse }, null, 2)}\n`);

  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));
  const fmtRatio = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    'Times in milliseconds, min / median / max over the counted runs (after one warm-up); engines alternated run by run.',
    'Ratios are ours ÷ peer on the medians: below 1 means the dashboard is faster.',
    "The dashboard is prerendered from each scale's data, as it ships; every page is served compressed (brotli) with the site's _headers (bench/static-server.ts). Paint figures come from the page's Performance Timeline.",
    '',
    '## Data sizes',
    '',
    '| scale | series (charts) | figures | timeline events |',
    '|---|---|---|---|',
    ...scales.map((s) => `| ${s}× | ${sizes[s]!.series} | ${sizes[s]!.records} | ${sizes[s]!.events} |`),
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
    filterLongestTask: 'Longest task during the sector filter (0 = none over 50 ms reported)',
    filterYears: 'Filter (year range, dashboard only): to updated DOM',
    eventSelect: 'Event select: to the rule drawn on the time charts (DOM)',
    eventSelectFrame: 'Event select: to the next frame',
    searchKeystroke: 'Search (dashboard only): keystroke to the results listed, words marked (DOM)',
    searchKeystrokeFrame: 'Search (dashboard only): keystroke to the results painted (next frame)',
    exportPng: 'Export PNG 1920×1080 (dashboard only): click to file',
    exportPptx: 'Export .pptx of every chart (dashboard only): click to file',
  };
  for (const metric of metrics) {
    lines.push(`## ${titles[metric] ?? metric}`, '');
    const engines = ENGINES.filter((e) => rows.some((r) => r.metric === metric && r.engine === e));
    const ratioPeers = engines.filter((e) => e !== 'ours');
    lines.push(
      `| scale | ${engines.join(' | ')}${ratioPeers.map((p) => ` | ours/${p}`).join('')} |`,
      `|---|${engines.map(() => '---|').join('')}${ratioPeers.map(() => '---|').join('')}`,
    );
    for (const scale of scales) {
      const cells = engines.map((e) => {
        const s = rows.find((r) => r.scale === scale && r.engine === e && r.metric === metric)?.summary;
        return s ? `${fmt(s.min)} / **${fmt(s.median)}** / ${fmt(s.max)}${s.missing ? ` (${s.missing} did not finish)` : ''}` : '—';
      });
      lines.push(`| ${scale}× | ${cells.join(' | ')}${ratioPeers.map((p) => ` | ${fmtRatio(ratio(scale, p, metric))}`).join('')} |`);
    }
    lines.push('');
  }
  lines.push('## Growth with data size', '', 'Exponent k of a log-log fit, time ∝ (figures + events)^k, over the scales run.', '');
  lines.push('| engine | load | sector filter | event select |', '|---|---|---|---|');
  for (const engine of ENGINES) {
    const g = growth[engine] as Record<string, number | null>;
    lines.push(`| ${engine} | ${fmt(g.load)} | ${fmt(g.filterSector)} | ${fmt(g.eventSelect)} |`);
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
