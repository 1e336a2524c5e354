/**
 * `npm run test:xb`: the cross-browser suite, on the built site (`npm run build` first; `npm test`
 * runs it after the end-to-end tests, which build). Firefox and WebKit, one browser process each,
 * one page reused; see suite.ts for what is checked.
 *
 *   XB_DIST           the built site to test (default dist)
 *   XB_ENGINES        the engines to run (default firefox,webkit)
 *   XB_WIDTHS         the viewport widths to check (default 1280,1440)
 *   XB_TIMELINE_WIDTHS  the viewport widths at which the hydrated timeline is compared with the
 *                     raw HTML (default 480,1280,1440)
 *   XB_ALLOW_MISSING  engines whose absence is not a failure (`firefox`, `webkit`, or both): the
 *                     suite still says, loudly, that they were not run
 *   XB_PORT           the site's port (default: any free port)
 *   XB_DRIVER_PORT    WebKitWebDriver's port (default: any free port)
 *   XB_DISPLAY        the Xvfb display number (default: the first free one from 99); with $DISPLAY
 *                     set, that display is used and no Xvfb is started (XB_XVFB=1 starts one anyway)
 *   XB_FIREFOX, XB_MINIBROWSER  the browsers' binaries, if not where Debian puts them
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { checkBuiltInlineScripts } from '../scripts/inline-scripts';
import { engineInfo, engineVersion, launchFirefox, launchWebKit, type EngineName, type EnginePage } from './engines';
import { startSuiteServer } from './server';
import { EngineSuite, type CheckResult } from './suite';

const DIST = resolve(process.env.XB_DIST ?? join(import.meta.dirname, '..', 'dist'));
const ALL: EngineName[] = ['firefox', 'webkit'];

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const engines = (process.env.XB_ENGINES ? list(process.env.XB_ENGINES) : ALL) as EngineName[];
const allowedMissing = new Set(list(process.env.XB_ALLOW_MISSING));
for (const name of [...engines, ...allowedMissing]) {
  if (!ALL.includes(name as EngineName)) {
    console.error(`xbrowser: unknown engine ${JSON.stringify(name)} in XB_ENGINES or XB_ALLOW_MISSING (known: ${ALL.join(', ')})`);
    process.exit(2);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

function freeDisplay(): number {
  if (process.env.XB_DISPLAY) return Number(process.env.XB_DISPLAY);
  for (let n = 99; n < 200; n++) if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  throw new Error('no free X display between :99 and :199 (set XB_DISPLAY)');
}

function loud(lines: string[]) {
  const bar = '!'.repeat(100);
  console.error(`\n${bar}\n${lines.map((l) => `!!! ${l}`).join('\n')}\n${bar}\n`);
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, '_headers'))) {
    console.error(`xbrowser: ${DIST} has no built site (index.html and _headers): run \`npm run build\` first.`);
    return 1;
  }
  const started = Date.now();
  const failures: string[] = [];
  const notRun: string[] = [];

  // Every page's inline script is the one its policy allows (the build checks the same).
  const inline = checkBuiltInlineScripts(DIST);
  if (inline.problems.length > 0) failures.push(...inline.problems.map((p) => `dist: ${p}`));
  console.log(`${inline.problems.length === 0 ? '✓' : '✗'} dist: ${inline.pages} pages, ${inline.scripts} inline scripts, each allowed by the hash in the policy _headers serves its page with`);

  const server = await startSuiteServer(DIST, process.env.XB_PORT ? Number(process.env.XB_PORT) : await freePort());
  try {
    for (const engine of engines) {
      const info = engineInfo(engine);
      if (info.missing) {
        const allowed = allowedMissing.has(engine);
        loud([
          `${engine.toUpperCase()} WAS NOT TESTED: ${info.missing}.`,
          `Install it (or run .ci/run, which installs firefox-esr, webkit2gtk-driver and xvfb with apt-get).`,
          allowed ? `XB_ALLOW_MISSING=${[...allowedMissing].join(',')} lets the suite pass without it.` : `The suite fails without it; XB_ALLOW_MISSING=${engine} lets it pass, saying so.`,
        ]);
        notRun.push(engine);
        if (!allowed) failures.push(`${engine}: not installed (${info.missing})`);
        continue;
      }
      const t0 = Date.now();
      console.log(`\n${engine}: ${engineVersion(engine)}`);
      let page: EnginePage | undefined;
      try {
        page = engine === 'firefox' ? await launchFirefox(server.url) : await launchWebKit(freeDisplay(), process.env.XB_DRIVER_PORT ? Number(process.env.XB_DRIVER_PORT) : await freePort());
        const suite = new EngineSuite(page, server.url, DIST);
        await suite.runPage('/');
        await suite.runPage('/vi/');
        failures.push(...suite.results.filter((r: CheckResult) => !r.ok).map((r) => `${r.engine} ${r.where} ${r.check}: ${r.detail}`));
        console.log(`${engine}: ${suite.results.filter((r) => r.ok).length} of ${suite.results.length} checks passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } catch (error) {
        failures.push(`${engine}: the suite could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } finally {
        await page?.close();
      }
    }
  } finally {
    await server.close();
  }

  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (notRun.length > 0) loud([`NOT TESTED: ${notRun.join(', ')} (see above).`]);
  if (failures.length > 0) {
    console.error(`\nxbrowser: ${failures.length} failed (${took}):\n- ${failures.join('\n- ')}`);
    return 1;
  }
  const tested = engines.filter((e) => !notRun.includes(e));
  const untested = notRun.length > 0 ? `; NOT TESTED, as XB_ALLOW_MISSING allows: ${notRun.join(', ')}` : '';
  console.log(`\nxbrowser: every check passed in ${tested.join(' and ') || 'NO ENGINE'}${untested} (${took})`);
  return 0;
}

process.exitCode = await main();
