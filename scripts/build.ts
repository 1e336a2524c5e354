/**
 * `npm run build`: `vite build`, then the prerender (`scripts/prerender.ts`), both into a new
 * folder beside `dist/`, which takes the place of `dist/` only once both have succeeded. A build
 * that fails, or is stopped, leaves the previous `dist/` as it was (or none), never a part of a
 * site; its folder is removed, or, if the build was killed, at the start of the next one.
 *
 *   BUILD_DIST  the folder the site ends in (default dist)
 *   SITE_URL and PRERENDER_DATA are the prerender's (see scripts/prerender.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { checkBuiltInlineScripts } from './inline-scripts.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(process.env.BUILD_DIST ?? join(ROOT, 'dist'));
const parent = dirname(OUT);
const prefix = `.${basename(OUT)}-building-`;
const oldPrefix = `.${basename(OUT)}-old-`;

// What a killed build left.
for (const name of readdirSync(parent)) {
  if (name.startsWith(prefix) || name.startsWith(oldPrefix)) rmSync(join(parent, name), { recursive: true, force: true });
}

const work = mkdtempSync(join(parent, prefix));
const removeWork = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeWork();
    process.exit(130);
  });
}

try {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: work, emptyOutDir: true } });
  // The site serves the data it was rendered from.
  if (process.env.PRERENDER_DATA) {
    rmSync(join(work, 'data'), { recursive: true, force: true });
    cpSync(resolve(process.env.PRERENDER_DATA), join(work, 'data'), { recursive: true });
  }
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'prerender.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PRERENDER_DIST: work },
  });
  // No page ships an inline script the policy it is served with would block.
  const { problems } = checkBuiltInlineScripts(work);
  if (problems.length > 0) throw new Error(problems.join('\n'));
} catch (error) {
  removeWork();
  console.error(`build failed: ${OUT} is left as it was${existsSync(OUT) ? '' : ' (none)'}`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// The swap: the old site moved aside, the new one in its place, the old one removed.
const old = existsSync(OUT) ? mkdtempSync(join(parent, oldPrefix)) : null;
if (old) {
  rmSync(old, { recursive: true });
  renameSync(OUT, old);
}
renameSync(work, OUT);
if (old) rmSync(old, { recursive: true, force: true });
console.log(`built ${OUT}`);
