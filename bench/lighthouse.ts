/**
 * `npm run bench:lighthouse`: Lighthouse on the site as it ships — `npm run build` (real data,
 * every page prerendered) served by bench/static-server.ts (compressed, the site's _headers) —
 * with the mobile and the desktop presets, in the same Chromium as the bench. Writes the median
 * of each category score and of CLS, LCP, TBT and FCP into bench/results.json (`lighthouse`) and
 * the Lighthouse section of bench/results.md.
 *
 *   npm run bench:lighthouse -- [--runs 3] [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { CATEGORIES, lighthouseMarkdown, medianRun, readRun, type LhrLike, type LighthouseResults, type LighthouseRun, type Preset } from './lighthouse-report';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const PORT = 4391;
const URL = `http://127.0.0.1:${PORT}/`;

function parseArgs() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  return { runs: i >= 0 ? Number(args[i + 1]) : 3, build: !args.includes('--no-build') };
}

async function runOnce(preset: Preset, chromePath: string): Promise<{ run: LighthouseRun; lhr: unknown }> {
  // A fresh browser each run: no cache, no state carried over from the run before.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = await lighthouse(URL, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, preset === 'desktop' ? desktopConfig : undefined);
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
  const server = await startStaticServer({ root: join(ROOT, 'dist'), port: PORT });
  const presets: LighthouseResults['presets'] = {};
  mkdirSync(join(BENCH, '.build'), { recursive: true });
  try {
    for (const preset of ['mobile', 'desktop'] as const) {
      const all: LighthouseRun[] = [];
      for (let r = 1; r <= runs; r++) {
        const { run, lhr } = await runOnce(preset, chromePath);
        all.push(run);
        // The whole report of the last run, for a reader who wants the details.
        writeFileSync(join(BENCH, '.build', `lighthouse-${preset}.json`), JSON.stringify(lhr));
        console.log(`${preset} ${r}/${runs}: ${CATEGORIES.map((c) => `${c} ${run.scores[c] ?? '—'}`).join(', ')}; CLS ${run.metrics.cls?.toFixed(3) ?? '—'}, LCP ${run.metrics.lcp?.toFixed(0) ?? '—'}, TBT ${run.metrics.tbt?.toFixed(0) ?? '—'}, FCP ${run.metrics.fcp?.toFixed(0) ?? '—'}`);
      }
      presets[preset] = { median: medianRun(all), all };
    }
  } finally {
    await server.close();
  }
  const results: LighthouseResults = { date: new Date().toISOString(), url: URL, runs, presets };
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
