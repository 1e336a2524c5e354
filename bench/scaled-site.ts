/**
 * The dashboard prerendered from synthetic data at a scale, as it ships: `vite build` once (the
 * template), then for each scale a copy of it with that scale's data (`generate-data.ts`) and
 * `scripts/prerender.ts` run on the copy (PRERENDER_DIST, PRERENDER_DATA, PRERENDER_PAGES).
 * The benchmark serves these sites; so does the end-to-end test of a large prerendered page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateScaledData, type GeneratedCounts } from './generate-data';

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** `vite build` alone, into `outDir`: the template the prerender fills, kept apart from `dist/`. */
export function buildTemplate(outDir: string): void {
  run(bin('vite'), ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
}

export interface ScaledSiteOptions {
  /** A folder `buildTemplate` wrote. */
  template: string;
  /** The site's folder, emptied first. */
  dir: string;
  scale: number;
  /** The address the site is served at (canonical links, the sitemap). */
  siteUrl: string;
  /** Folders copied into the site as they are before it is prerendered (the bench's peer pages). */
  extra?: readonly string[];
}

/**
 * One site at one scale: the template's files but its data, the scale's data, and the dashboard's
 * pages prerendered from that data (its dashboard pages only: at 100× the chart pages and their
 * social cards would be thousands of files).
 */
export function buildScaledSite({ template, dir, scale, siteUrl, extra = [] }: ScaledSiteOptions): GeneratedCounts & { dir: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(template, dir, { recursive: true, filter: (src) => !src.startsWith(join(template, 'data')) });
  for (const folder of extra) cpSync(folder, dir, { recursive: true });
  const counts = generateScaledData(scale, join(dir, 'data'), join(ROOT, 'data'));
  run(bin('tsx'), [join('scripts', 'prerender.ts')], {
    PRERENDER_DIST: dir,
    PRERENDER_DATA: join(dir, 'data'),
    PRERENDER_PAGES: 'dashboard',
    SITE_URL: siteUrl,
  });
  return { dir, ...counts };
}
