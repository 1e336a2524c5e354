/**
 * `tsx bench/profile.ts`: what runs during the dashboard's sector filter and event select, in
 * Chromium. For each interaction, over a few runs: the time to the DOM, Chromium's own split of
 * the work (script, style, layout), and a CPU profile's heaviest functions, self and total.
 *
 *   tsx bench/profile.ts [--site bench/.sites/scale-1] [--port 4390] [--runs 5] [--top 25]
 *
 * `--site` is a built, prerendered site (`npm run bench -- --scales 1` leaves one per scale in
 * bench/.sites; a build with `--minify false` gives readable function names, and one with
 * `react-dom/client` aliased to `react-dom/profiling` the render time of each component). The port is
 * `--port`, else $PORT, else 4390.
 */
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { startStaticServer } from './static-server';
import { DEFER_DRAWING_OVER } from '../src/dashboard/select';

const ROOT = resolve(import.meta.dirname, '..');
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SITE = resolve(argValue('site') ?? resolve(ROOT, 'bench', '.sites', 'scale-1'));
const PORT = Number(argValue('port') ?? process.env.PORT ?? 4390);
const RUNS = Number(argValue('runs') ?? 5);
const TOP = Number(argValue('top') ?? 25);

/**
 * Before React loads: a stand-in for the React DevTools hook that, while `window.__renders` is an
 * object, counts the components each commit rendered (called, not bailed out), by name.
 */
const RENDER_COUNTER = `(() => {
  const PERFORMED_WORK = 1;
  window.__renders = null;
  window.__renderMs = {};
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const counts = window.__renders;
      if (!counts) return;
      const stack = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop();
        const type = fiber.type;
        const name = typeof type === 'function' ? (type.displayName || type.name) : type && typeof type === 'object' ? ((type.type && (type.type.displayName || type.type.name)) || (type.render && type.render.name)) : null;
        if (name && (fiber.flags & PERFORMED_WORK) === PERFORMED_WORK) {
          counts[name] = (counts[name] || 0) + 1;
          // With React's profiling build: the render's time in the component itself, and with what it rendered.
          if (typeof fiber.selfBaseDuration === 'number') {
            const ms = window.__renderMs;
            ms['self ' + name] = (ms['self ' + name] || 0) + fiber.selfBaseDuration;
            ms['total ' + name] = (ms['total ' + name] || 0) + fiber.actualDuration;
          }
        }
        if (typeof type === 'string' && fiber.alternate === null) counts['<new ' + type + '>'] = (counts['<new ' + type + '>'] || 0) + 1;
        if (fiber.sibling) stack.push(fiber.sibling);
        // A subtree the commit did not touch keeps its old fibers (and their old flags): not walked.
        if (fiber.child && !(fiber.alternate && fiber.alternate.child === fiber.child)) stack.push(fiber.child);
      }
      counts['(commits)'] = (counts['(commits)'] || 0) + 1;
      if (typeof root.current.actualDuration === 'number') window.__renderMs['(render, every commit)'] = (window.__renderMs['(render, every commit)'] || 0) + root.current.actualDuration;
    },
  };
})()`;

/**
 * Hydrated, the timeline answering, with every card's chart drawn (past the deferral size, as
 * bench/run.ts waits at 100×: the charts near the viewport, the others drawn as they near it).
 */
const READY = `() => performance.getEntriesByName('dashboard-interactive').length > 0 && document.querySelector('.timeline-section:not([aria-busy]) svg.timeline') !== null && document.querySelectorAll('article[data-series]').length > 0 && (document.querySelectorAll('article[data-series]').length > ${DEFER_DRAWING_OVER} || [...document.querySelectorAll('article[data-series]')].every((a) => a.querySelector('svg.chart') !== null))`;

/** Resolves in the page once `condition` holds, checked every frame. */
const waitFor = (page: Page, condition: string) =>
  page.evaluate(`new Promise((resolve) => { const check = () => ((${condition})() ? resolve(true) : requestAnimationFrame(check)); check(); })`);

interface Interaction {
  name: string;
  action: string;
  done: string;
}

const INTERACTIONS: Interaction[] = [
  {
    name: 'sector filter (Electric vehicles)',
    action: `() => { window.__shown = document.querySelectorAll('article[data-series]:not([hidden])').length; [...document.querySelectorAll('.sector-toggles button')].find((b) => b.textContent === 'Electric vehicles').click(); }`,
    // The cards the filter hides stay in the page, hidden.
    done: `() => document.querySelectorAll('article[data-series]:not([hidden])').length !== window.__shown`,
  },
  {
    name: 'event select (deepseek-r1)',
    // As bench/run.ts does: a click on its mark, or past a thousand events (dots, no marks) the link.
    action: `() => {
      const mark = document.querySelector('[data-event-id="deepseek-r1"]');
      if (mark) return mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      history.pushState(null, '', '?event=deepseek-r1');
      dispatchEvent(new PopStateEvent('popstate'));
    }`,
    // The rule on the first card's chart where it is drawn, else the event's card.
    done: `() => {
      const chart = document.querySelector('article[data-series="nvidia-china-share"] svg.chart');
      return chart !== null ? chart.querySelector('.event-rule') !== null : document.querySelector('.event-detail') !== null;
    }`,
  },
];

/** Times `action` to `done` in the DOM (watched by a MutationObserver) and to the frame after, as bench/run.ts does. */
function timeInPage(page: Page, action: string, done: string): Promise<{ dom: number; frame: number }> {
  return page.evaluate(`(async () => {
    const done = ${done};
    const t0 = performance.now();
    await (${action})();
    const dom = await new Promise((resolve) => {
      if (done()) return resolve(performance.now());
      const m = new MutationObserver(() => { if (done()) { m.disconnect(); resolve(performance.now()); } });
      m.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const frame = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { dom: dom - t0, frame: frame - t0 };
  })()`) as Promise<{ dom: number; frame: number }>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}

/** Self and total time per function (ms), from a CPU profile's samples. */
function aggregate(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0)));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + us / 1000);
    // Counted once per sample for each function on its stack (recursion counted once).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + us / 1000);
    }
  }
  return { self, total };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function main() {
  const server = await startStaticServer({ root: SITE, port: PORT });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const interaction of INTERACTIONS) {
      const doms: number[] = [];
      const frames: number[] = [];
      const split: Record<string, number[]> = { ScriptDuration: [], RecalcStyleDuration: [], LayoutDuration: [], TaskDuration: [] };
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      const renders = new Map<string, number>();
      const rendering = new Map<string, number>();
      // One warm-up, then the counted runs, each in a fresh page.
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        await context.addInitScript(RENDER_COUNTER);
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${PORT}/`);
        await waitFor(page, READY);
        await page.evaluate('window.__renders = {}; window.__renderMs = {}');
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        const before = await metrics(cdp);
        await cdp.send('Profiler.start');
        const timed = await timeInPage(page, interaction.action, interaction.done);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
        const after = await metrics(cdp);
        const counted = (await page.evaluate('window.__renders')) as Record<string, number>;
        const renderMs = (await page.evaluate('window.__renderMs')) as Record<string, number>;
        await context.close();
        if (run === 0) continue;
        doms.push(timed.dom);
        frames.push(timed.frame);
        for (const key of Object.keys(split)) split[key]!.push(((after[key] ?? 0) - (before[key] ?? 0)) * 1000);
        for (const [k, v] of Object.entries(counted)) renders.set(k, (renders.get(k) ?? 0) + v / RUNS);
        for (const [k, v] of Object.entries(renderMs)) rendering.set(k, (rendering.get(k) ?? 0) + v / RUNS);
        const a = aggregate(profile);
        for (const [k, v] of a.self) self.set(k, (self.get(k) ?? 0) + v / RUNS);
        for (const [k, v] of a.total) total.set(k, (total.get(k) ?? 0) + v / RUNS);
      }
      console.log(`\n## ${interaction.name}: ${RUNS} runs`);
      console.log(`to DOM: median ${median(doms).toFixed(1)} ms (${doms.map((d) => d.toFixed(0)).join(', ')}); to next frame: median ${median(frames).toFixed(1)} ms`);
      console.log(`Chromium's split (median ms, from the click to 50 ms after the frame): ${Object.entries(split).map(([k, v]) => `${k.replace('Duration', '')} ${median(v).toFixed(1)}`).join(', ')}`);
      const show = (title: string, m: Map<string, number>) => {
        console.log(`\n${title} (mean ms per run):`);
        for (const [k, v] of [...m].filter(([k]) => !/^\((idle|program|root)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
      };
      console.log(`\nComponents rendered (mean per run; a memoised one that bailed out is not counted): ${[...renders].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
      if (rendering.size > 0) {
        console.log(`\nRender time by component, React's profiling build (mean ms per run; total counts what it rendered, nested totals overlap):`);
        for (const [k, v] of [...rendering].sort((a, b) => b[1] - a[1]).slice(0, 2 * TOP)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
      }
      show('Heaviest by self time', self);
      show('Heaviest by total time', total);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
