/**
 * `npm run bench:lighthouse`: Lighthouse on the site as it ships — `npm run build` (real data,
 * every page prerendered) served by bench/static-server.ts (compressed, the site's _headers) —
 * with the mobile and the desktop presets, in the same Chromium as the bench: the dashboard, a
 * chart's page and its embed, each as built and with its scripts removed (the same HTML, the
 * ceiling a page can reach). Writes the median of each category score and of CLS, FCP, LCP, TBT
 * and TTI into bench/results.json (`lighthouse`) and the Lighthouse section of bench/results.md.
 *
 *   npm run bench:lighthouse -- [--runs 2] [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { CATEGORIES, lighthouseMarkdown, medianRun, readRun, type LhrLike, type LighthousePage, type LighthouseResults, type LighthouseRun, type Preset } from './lighthouse-report';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const PORT = 4391;
const URL = `http://127.0.0.1:${PORT}/`;
/** The same site with its scripts removed, on the next port. */
const NO_SCRIPT_PORT = PORT + 1;

const PAGES = [
  { name: 'dashboard', path: '/' },
  { name: 'chart page', path: '/charts/nvidia-china-share/' },
  { name: 'embed', path: '/embed/nvidia-china-share/' },
] as const;

/** Every script element, module preload and the preload of the data the scripts read, as the build writes them (one tag each). */
const SCRIPT_TAGS = /<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*rel="modulepreload"[^>]*>|<link\b[^>]*\bid="dashboard-data"[^>]*>/g;

/** A copy of dist/ whose HTML pages carry no script: the page as the reader first sees it, at no script cost. */
function withoutScripts(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) writeFileSync(path, readFileSync(path, 'utf8').replace(SCRIPT_TAGS, ''));
    }
  };
  walk(to);
}

function parseArgs() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  return { runs: i >= 0 ? Number(args[i + 1]) : 2, build: !args.includes('--no-build') };
}

async function runOnce(url: string, preset: Preset, chromePath: string): Promise<{ run: LighthouseRun; lhr: unknown }> {
  // A fresh browser each run: no cache, no state carried over from the run before.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return { run: readRun(result.lhr as unknown as LhrLike), lhr: result.lhr };
  } finally {
    chrome.kill();
  }
}

async function main() {
  const { runs, build } = parseArgs();
  if (build) {
    // Built for the address it is served at here, so that its canonical links and sitemap agree.
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SITE_URL: URL } });
  }
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('No dist/: run without --no-build, or npm run build first.');
  const chromePath = findChromium() ?? (await import('@playwright/test')).chromium.executablePath();
  mkdirSync(join(BENCH, '.build'), { recursive: true });
  const noScriptRoot = join(BENCH, '.build', 'dist-no-script');
  withoutScripts(join(ROOT, 'dist'), noScriptRoot);
  const server = await startStaticServer({ root: join(ROOT, 'dist'), port: PORT });
  const noScriptServer = await startStaticServer({ root: noScriptRoot, port: NO_SCRIPT_PORT });
  const pages: LighthousePage[] = [];
  try {
    for (const { name, path } of PAGES) {
      for (const scripts of [true, false]) {
        const url = `http://127.0.0.1:${scripts ? PORT : NO_SCRIPT_PORT}${path}`;
        const presets: LighthousePage['presets'] = {};
        for (const preset of ['mobile', 'desktop'] as const) {
          const all: LighthouseRun[] = [];
          for (let r = 1; r <= runs; r++) {
            const { run, lhr } = await runOnce(url, preset, chromePath);
            all.push(run);
            // The whole report of the last run, for a reader who wants the details.
            writeFileSync(join(BENCH, '.build', `lighthouse-${name.replace(/\W+/g, '-')}${scripts ? '' : '-no-script'}-${preset}.json`), JSON.stringify(lhr));
            console.log(`${name}${scripts ? '' : ' (scripts removed)'} ${preset} ${r}/${runs}: ${CATEGORIES.map((c) => `${c} ${run.scores[c] ?? '—'}`).join(', ')}; CLS ${run.metrics.cls?.toFixed(3) ?? '—'}, FCP ${run.metrics.fcp?.toFixed(0) ?? '—'}, LCP ${run.metrics.lcp?.toFixed(0) ?? '—'}, TBT ${run.metrics.tbt?.toFixed(0) ?? '—'}, TTI ${run.metrics.tti?.toFixed(0) ?? '—'}`);
          }
          presets[preset] = { median: medianRun(all), all };
        }
        pages.push({ name, path, scripts, presets });
      }
    }
  } finally {
    await server.close();
    await noScriptServer.close();
  }
  const results: LighthouseResults = { date: new Date().toISOString(), runs, pages };
  const jsonFile = join(BENCH, 'results.json');
  const json = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(jsonFile, `${JSON.stringify({ ...json, lighthouse: results }, null, 2)}\n`);
  const mdFile = join(BENCH, 'results.md');
  const md = existsSync(mdFile) ? readFileSync(mdFile, 'utf8') : '# Benchmark results\n\n';
  // The Lighthouse section is the file's last: replaced whole.
  const before = md.includes('\n## Lighthouse') ? md.slice(0, md.indexOf('\n## Lighthouse') + 1) : `${md.trimEnd()}\n\n`;
  writeFileSync(mdFile, `${before}${lighthouseMarkdown(results).join('\n')}\n`);
  console.log('Wrote the Lighthouse figures into bench/results.md and bench/results.json');
}

await main();
