/**
 * Scaled copies of `data/` for benchmarks.
 *
 *   npx tsx bench/generate-data.ts <scale> <outDir> [realDir]
 *
 * Scale 1 is a byte-for-byte copy of the real folder. For scale s > 1 every real series is
 * replicated r = ceil(sqrt(s)) times and the records grow so that the total is about s times the
 * real count; no series holds more records than its kind draws (`RECORD_LIMITS`), a series that
 * would is replicated more often instead. Events grow to about s times the real count. The output is deterministic (a seeded
 * PRNG, no clock, no Math.random) and passes the schema and the cross-checks of `check:data`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type {
  ChartKind,
  DataIndex,
  EventsFile,
  SeriesFile,
  TimelineEvent,
  ValueRecord,
} from '../src/data/schema';
import type { z } from 'zod';
import { RECORD_LIMITS } from '../src/data/bounds';

type EventsData = z.infer<typeof EventsFile>;

export interface GeneratedCounts {
  series: number;
  records: number;
  events: number;
}

/** The fixed seed of every run: the same scale always gives the same files. */
const SEED = 0x5eed_2025;
const MIN_YEAR = 1990;
const MAX_YEAR = 2040;
/** Generated events fall in these months (inclusive). */
const EVENT_FIRST = { year: 2015, month: 1 };
const EVENT_LAST = { year: 2025, month: 12 };
/** Cards that show each record as its own figure stay readable: few records, whatever the scale. */
const CAPPED_KINDS: ReadonlySet<ChartKind> = new Set<ChartKind>(['figure', 'bullet', 'range']);
const CAPPED_MAX = 6;

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive a per-series seed from the fixed seed and a name. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface Rng {
  next: () => number;
  int: (lo: number, hi: number) => number;
  normal: () => number;
}

function rng(name: string): Rng {
  const next = mulberry32(hashSeed(name));
  return {
    next,
    /** Integer in [lo, hi], inclusive. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** Standard normal (Box–Muller). */
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function round(value: number): number {
  const digits = Math.abs(value) >= 1 ? 1 : 2;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** How each replica of one series draws its values: a trend over the years plus noise. */
interface ValueModel {
  growth: number;
  baseYear: number;
}

/** A plausible value for the unit and chart, near the real record it is derived from. */
function generateValue(
  series: SeriesFile,
  base: ValueRecord,
  year: number | undefined,
  model: ValueModel,
  r: Rng,
): { value: number; valueHigh?: number } {
  const magnitude = Math.abs(base.value) || 1;
  const width = base.valueHigh !== undefined ? base.valueHigh - base.value : undefined;
  const trend = year !== undefined ? Math.exp(model.growth * (year - model.baseYear)) : 1;

  if (series.unit === 'percent') {
    // A share drifts on the logit scale, so it never leaves 0–100.
    const p = clamp(base.value, 0.5, 99.5) / 100;
    const logit = Math.log(p / (1 - p)) + Math.log(trend) + 0.3 * r.normal();
    let value = clamp(round(100 / (1 + Math.exp(-logit))), 0, 100);
    if (width === undefined) return { value };
    const high = clamp(round(value + width * (0.5 + r.next())), 0, 100);
    value = Math.min(value, high);
    return { value, valueHigh: high };
  }
  if (series.unit === 'percent-change') {
    // A change: may be negative, may exceed 100.
    const value = round(base.value + 2 * Math.max(magnitude, 20) * (r.next() - 0.5));
    return width === undefined ? { value } : { value, valueHigh: round(value + width * (0.5 + r.next())) };
  }
  if (series.chart === 'diverging') {
    const sign = r.next() < 0.5 ? -1 : 1;
    const value = round(sign * magnitude * (0.2 + 1.3 * r.next())) || magnitude;
    return width === undefined ? { value } : { value, valueHigh: round(value + width * (0.5 + r.next())) };
  }
  // Amounts, counts, node sizes: strictly positive (bars are drawn on a log scale).
  const value = Math.max(0.01, round(magnitude * trend * Math.exp(0.4 * r.normal())));
  return width === undefined ? { value } : { value, valueHigh: Math.max(value, round(value + Math.abs(width) * (0.5 + r.next()))) };
}

/** A record derived from a real one: its label, unit, flags (less 'derived'), note and citations. */
function generateRecord(series: SeriesFile, id: string, base: ValueRecord, model: ValueModel, r: Rng, n: number): ValueRecord {
  const year = base.year !== undefined ? r.int(MIN_YEAR, MAX_YEAR) : undefined;
  const { value, valueHigh } = generateValue(series, base, year, model, r);
  // Same key order as the real files.
  return {
    series: id,
    ...(year !== undefined ? { year } : {}),
    // Numbered, so that no two records of a series sit at the same year and label (the schema refuses that).
    label: base.label ? { en: `${base.label.en} #${n}`, vi: `${base.label.vi} #${n}` } : { en: `#${n}`, vi: `#${n}` },
    value,
    ...(valueHigh !== undefined ? { valueHigh } : {}),
    unit: series.unit,
    flags: base.flags.filter((f) => f !== 'derived'),
    ...(base.note ? { note: { ...base.note } } : {}),
    citations: structuredClone(base.citations),
  };
}

/**
 * The records of each copy of a series that is to hold `total` in all: `replicas` copies, or more
 * where that keeps each within its kind's `limit`, the records shared evenly, the first copy never
 * fewer than the `real` records it keeps as they are. So no generated card draws the over-limit
 * notice instead of a chart.
 */
export function splitAtLimit(total: number, real: number, limit: number, replicas = 1): number[] {
  const copies = Math.max(1, replicas, Math.ceil(total / limit));
  const share = Math.floor(total / copies);
  const counts = Array.from({ length: copies }, (_, i) => share + (i < total % copies ? 1 : 0));
  counts[0] = Math.min(limit, Math.max(real, counts[0]!));
  return counts;
}

/** Records per replica of each series, so that the total is about `scale` times the real total. */
function planRecordCounts(all: SeriesFile[], scale: number, replicas: number): Map<string, number> {
  const counts = new Map<string, number>();
  const realTotal = all.reduce((n, s) => n + s.records.length, 0);
  const target = Math.round(realTotal * scale);
  const perReplicaGrowth = Math.sqrt(scale);
  let capped = 0;
  for (const s of all) {
    if (!CAPPED_KINDS.has(s.chart)) continue;
    const n = s.records.length;
    const count = Math.min(Math.max(n, Math.round(perReplicaGrowth * n)), Math.max(n, CAPPED_MAX));
    counts.set(s.id, count);
    capped += count * replicas;
  }
  // The rest of the volume goes to the series drawn as lines and bars, by their real size.
  const open = all.filter((s) => !CAPPED_KINDS.has(s.chart));
  const weight = open.reduce((n, s) => n + s.records.length, 0) * replicas;
  const remaining = Math.max(0, target - capped);
  for (const s of open) {
    const n = s.records.length;
    counts.set(s.id, Math.max(n, Math.round((remaining * n) / Math.max(1, weight))));
  }
  return counts;
}

function replicaSeries(real: SeriesFile, k: number, count: number): SeriesFile {
  const id = k === 1 ? real.id : `${real.id}-r${k}`;
  const r = rng(`series:${real.id}:${k}`);
  const years = real.records.flatMap((rec) => (rec.year !== undefined ? [rec.year] : []));
  const model: ValueModel = {
    growth: -0.03 + 0.08 * r.next(),
    baseYear: years.length > 0 ? years.reduce((a, b) => a + b, 0) / years.length : 2020,
  };
  const records: ValueRecord[] = [];
  for (let j = 0; j < count; j++) {
    const base = real.records[j % real.records.length]!;
    // The first replica keeps the real records as they are; everything else is generated.
    records.push(k === 1 && j < real.records.length ? base : generateRecord(real, id, base, model, r, j));
  }
  const suffix = k === 1 ? '' : ` #${k}`;
  return {
    // Replicas sit beside the real file, so the same relative path reaches the schema.
    ...(real.$schema !== undefined ? { $schema: real.$schema } : {}),
    updated: real.updated,
    id,
    title: { en: real.title.en + suffix, vi: real.title.vi + suffix },
    subtitle: { ...real.subtitle },
    sectors: [...real.sectors],
    chart: real.chart,
    unit: real.unit,
    records,
  };
}

function seriesFileName(realFile: string, k: number, id: string): string {
  if (k === 1) return realFile;
  const dir = dirname(realFile);
  return dir === '.' ? `${id}.json` : `${dir}/${id}.json`;
}

function generateEvents(real: TimelineEvent[], scale: number): TimelineEvent[] {
  const total = Math.max(real.length, Math.round(real.length * scale));
  const r = rng('events');
  const firstMonth = EVENT_FIRST.year * 12 + EVENT_FIRST.month - 1;
  const lastMonth = EVENT_LAST.year * 12 + EVENT_LAST.month - 1;
  const events: TimelineEvent[] = [...real];
  for (let j = 0; j < total - real.length; j++) {
    const base = real[j % real.length]!;
    const k = Math.floor(j / real.length) + 1;
    const m = r.int(firstMonth, lastMonth);
    const start = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    events.push({
      id: `${base.id}-e${k}`,
      date: { precision: 'month', start },
      kind: base.kind,
      sectors: [...base.sectors],
      title: { en: `${base.title.en} #${k}`, vi: `${base.title.vi} #${k}` },
      short: { en: `${base.short.en.slice(0, 17)} #${k}`, vi: `${base.short.vi.slice(0, 17)} #${k}` },
      citations: structuredClone(base.citations),
    });
  }
  return events;
}

function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`generate-data: duplicate ${what} id '${id}'`);
    seen.add(id);
  }
}

/** Removes series files left in outDir by an earlier run at another scale (only *.json in the series folders). */
function removeStale(outDir: string, written: Set<string>): void {
  const dirs = new Set([...written].map((f) => dirname(f)));
  for (const dir of dirs) {
    if (dir === '.') continue;
    const abs = join(outDir, dir);
    for (const name of readdirSync(abs)) {
      const rel = `${dir}/${name}`;
      if (name.endsWith('.json') && !written.has(rel)) rmSync(join(abs, name));
    }
  }
}

export function generateScaledData(scale: number, outDir: string, realDir = 'data'): GeneratedCounts {
  if (!Number.isFinite(scale) || scale < 1) throw new Error(`generate-data: scale must be a number ≥ 1 (got ${scale})`);
  if (resolve(outDir) === resolve(realDir)) throw new Error('generate-data: outDir must not be the real data folder');
  const index = readJson<DataIndex>(join(realDir, 'index.json'));
  const realSeries = index.series.map((entry) => readJson<SeriesFile>(join(realDir, entry.file)));
  const realEventsFile = readJson<EventsData>(join(realDir, index.events));
  const realEvents = realEventsFile.events;
  mkdirSync(outDir, { recursive: true });
  const written = new Set<string>();
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
    written.add(file);
  };
  const copy = (file: string) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(join(realDir, file), join(outDir, file));
    written.add(file);
  };

  copy(index.sources);
  // The JSON Schemas the data files name in `$schema`, copied as they are.
  const schemaDir = join(realDir, 'schema');
  if (existsSync(schemaDir)) for (const name of readdirSync(schemaDir)) copy(`schema/${name}`);
  // Notes beside the data (the audit), copied as they are.
  for (const name of readdirSync(realDir)) if (name.endsWith('.md')) copy(name);
  if (scale === 1) {
    copy('index.json');
    copy(index.events);
    for (const entry of index.series) copy(entry.file);
    removeStale(outDir, written);
    return {
      series: realSeries.length,
      records: realSeries.reduce((n, s) => n + s.records.length, 0),
      events: realEvents.length,
    };
  }

  const replicas = Math.ceil(Math.sqrt(scale));
  const perReplica = planRecordCounts(realSeries, scale, replicas);
  // A series that would grow past its kind's limit is given more replicas instead.
  const counts = realSeries.map((s) =>
    splitAtLimit(replicas * (perReplica.get(s.id) ?? s.records.length), s.records.length, RECORD_LIMITS[s.chart], replicas),
  );
  const entries: DataIndex['series'] = [];
  let records = 0;
  // Replica 1 of every series first (the real index, in its order), then replica 2 of every series, …
  for (let k = 1; k <= Math.max(...counts.map((c) => c.length)); k++) {
    index.series.forEach((entry, i) => {
      const real = realSeries[i]!;
      const count = counts[i]![k - 1];
      if (count === undefined) return;
      const series = replicaSeries(real, k, count);
      const file = seriesFileName(entry.file, k, series.id);
      write(file, toJson(series));
      entries.push({ id: series.id, file, title: series.title, sectors: series.sectors });
      records += series.records.length;
    });
  }
  assertUnique(entries.map((e) => e.id), 'series');
  const events = generateEvents(realEvents, scale);
  assertUnique(events.map((e) => e.id), 'event');

  const ref = <T extends { $schema?: string | undefined }>(file: T) => (file.$schema !== undefined ? { $schema: file.$schema } : {});
  write(index.events, toJson({ ...ref(realEventsFile), updated: realEventsFile.updated, events } satisfies EventsData));
  write('index.json', toJson({ ...ref(index), updated: index.updated, sources: index.sources, events: index.events, series: entries } satisfies DataIndex));
  removeStale(outDir, written);
  return { series: entries.length, records, events: events.length };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const [scaleArg, outArg, realArg] = process.argv.slice(2);
  const scale = Number(scaleArg);
  if (!scaleArg || !outArg || !Number.isFinite(scale)) {
    console.error('usage: npx tsx bench/generate-data.ts <scale> <outDir> [realDir=data]');
    process.exit(2);
  }
  if (realArg !== undefined && !existsSync(join(realArg, 'index.json'))) {
    console.error(`generate-data: no index.json in ${realArg}`);
    process.exit(2);
  }
  const started = performance.now();
  const counts = generateScaledData(scale, outArg, realArg);
  const ms = performance.now() - started;
  console.log(
    `generate-data: scale ${scale} → ${outArg}: ${counts.series} series, ${counts.records} records, ${counts.events} events (${ms.toFixed(0)} ms)`,
  );
}
