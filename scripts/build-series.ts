/**
 * The build measured at a number of series:
 *
 *   npx tsx scripts/build-series.ts <series> [folder]
 *
 * writes a data folder of `<series>` series into a temporary folder (or `folder`), each a copy of
 * a real series under its own id and title ("… #2", "… #3"), with the real sources and events,
 * and builds the whole site from it there (`scripts/build.ts`: `vite build`, every page in both
 * languages, social cards, downloads). Run it under `/usr/bin/time -v` for time and peak memory.
 * The folder is removed at the end unless it was given.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { DataIndex, SeriesFile } from '../src/data/schema';

const ROOT = resolve(import.meta.dirname, '..');

/** `n` series made from the real ones, replicated in the index's order; sources and events as they are. */
export function generateSeries(n: number, outDir: string, realDir = join(ROOT, 'data')): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`build-series: the number of series must be a whole number ≥ 1 (got ${n})`);
  const index = JSON.parse(readFileSync(join(realDir, 'index.json'), 'utf8')) as DataIndex;
  const real = index.series.map((e) => JSON.parse(readFileSync(join(realDir, e.file), 'utf8')) as SeriesFile);
  rmSync(outDir, { recursive: true, force: true });
  cpSync(realDir, outDir, { recursive: true, filter: (src) => !src.startsWith(join(realDir, 'series')) });
  const entries: DataIndex['series'] = [];
  for (let i = 0; i < n; i++) {
    const r = i % real.length;
    const k = Math.floor(i / real.length) + 1;
    const base = real[r];
    const entry = index.series[r];
    if (!base || !entry) throw new Error(`build-series: ${realDir} has no series`);
    const suffix = k === 1 ? '' : ` #${k}`;
    const id = k === 1 ? base.id : `${base.id}-r${k}`;
    const title = { en: `${base.title.en}${suffix}`, vi: `${base.title.vi}${suffix}` };
    const file = k === 1 ? entry.file : `${dirname(entry.file)}/${id}.json`;
    const series: SeriesFile = { ...base, id, title, records: base.records.map((rec) => ({ ...rec, series: id })) };
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), `${JSON.stringify(series, null, 2)}\n`);
    entries.push({ ...entry, id, file, title });
  }
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify({ ...index, series: entries }, null, 2)}\n`);
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const inner = folderSize(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const [countArg, folderArg] = process.argv.slice(2);
  const n = Number(countArg);
  const folder = folderArg ? resolve(folderArg) : mkdtempSync(join(tmpdir(), `site-${countArg}-series-`));
  try {
    generateSeries(n, join(folder, 'data'));
    const started = performance.now();
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, PRERENDER_DATA: join(folder, 'data'), BUILD_DIST: join(folder, 'dist') },
    });
    const seconds = (performance.now() - started) / 1000;
    const { files, bytes } = folderSize(join(folder, 'dist'));
    console.log(`build-series: ${n} series built in ${seconds.toFixed(1)} s: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
  } finally {
    if (!folderArg) rmSync(folder, { recursive: true, force: true });
  }
}
