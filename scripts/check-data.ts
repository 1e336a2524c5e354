/**
 * `npm run check:data`: validates every file in data/ against the schema and cross-checks them.
 * Each problem names the file, the record and the field. Exits 1 on any problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crossCheck, formatProblem, type ParsedDataset } from '../src/data/cross-check';
import { formulaTextProblems, recordBoundsProblems, textBoundsProblems, type DataFileKind } from '../src/data/bounds';
import { DataIndex, EventsFile, SeriesFile, SourcesFile } from '../src/data/schema';
import { DataFileError, parseDataFile } from '../src/data/validate';
import { quoteProblems } from './check-quotes';
import { gitLastChanged, indexUpdatedProblems, updatedProblems, type LastChanged } from './check-updated';
import { schemaRefFor, staleSchemaProblems, type SchemaKind } from './schema-data';
import { parseStrictJson } from './strict-json';

export function checkDataFolder(
  dataDir: string,
  seedsDir?: string,
  history: { lastChanged: LastChanged | null; today: string } = { lastChanged: null, today: new Date().toISOString().slice(0, 10) },
): { problems: string[]; summary: string } {
  const problems: string[] = [];
  // Texts and record counts beyond what the dashboard draws in full, and texts a spreadsheet would run (src/data/bounds.ts).
  const bounded = (file: string, kind: DataFileKind, raw: unknown) =>
    problems.push(...[...textBoundsProblems(kind, raw), ...formulaTextProblems(raw)].map((p) => `${file}: ${p.en}`));
  const load = <T>(file: string, parse: (raw: unknown) => T, kind: DataFileKind): T | undefined => {
    const path = join(dataDir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: file not found (looked for ${path})`);
      return undefined;
    }
    try {
      const raw = parseStrictJson(file, readFileSync(path, 'utf8'));
      bounded(file, kind, raw);
      return parse(raw);
    } catch (error) {
      if (error instanceof DataFileError) problems.push(...error.problems.map((p) => `${file}: ${p}`));
      else throw error;
      return undefined;
    }
  };

  const index = load('index.json', (raw) => parseDataFile(DataIndex, 'index.json', raw), 'index');
  if (!index) return { problems, summary: '' };
  const sourcesFile = load(index.sources, (raw) => parseDataFile(SourcesFile, index.sources, raw), 'sources');
  const eventsFile = load(index.events, (raw) => parseDataFile(EventsFile, index.events, raw), 'events');
  const sources = sourcesFile?.sources;
  const events = eventsFile?.events;
  const series = new Map<string, SeriesFile | null>();
  for (const entry of index.series) {
    const parsed = load(entry.file, (raw) => parseDataFile(SeriesFile, entry.file, raw), 'series');
    if (parsed) problems.push(...recordBoundsProblems(parsed).map((p) => `${entry.file}: ${p.en}`));
    series.set(entry.file, parsed ?? null);
  }
  if (!sources || !events) return { problems, summary: '' };

  const dataset: ParsedDataset = { index, sources, events, series };
  problems.push(...crossCheck(dataset).map(formatProblem));
  problems.push(...staleSchemaProblems(dataDir));
  // Each file that loaded names its schema (one that did not load has its problem reported already).
  const refs: [string, SchemaKind, { $schema?: string | undefined; updated: string } | null | undefined][] = [
    ['index.json', 'index', index],
    [index.sources, 'sources', sourcesFile],
    [index.events, 'events', eventsFile],
    ...index.series.map((e): [string, SchemaKind, SeriesFile | null | undefined] => [e.file, 'series', series.get(e.file)]),
  ];
  const dated = refs.flatMap(([file, , parsed]) => (parsed ? [{ file, updated: parsed.updated }] : []));
  problems.push(...updatedProblems(dated, history.lastChanged ?? (() => null), history.today));
  problems.push(...indexUpdatedProblems(index.updated, dated));
  for (const [file, kind, parsed] of refs) {
    if (!parsed) continue;
    const ref = parsed.$schema;
    const expected = schemaRefFor(file, kind);
    if (ref !== expected) {
      problems.push(`${file}: $schema: must be "${expected}", the path to its schema (got ${ref === undefined ? 'none' : JSON.stringify(ref)})`);
    }
  }
  let quoteNote = 'quotes not compared with the articles (no seeds folder given)';
  if (seedsDir) {
    if (existsSync(seedsDir)) {
      problems.push(...quoteProblems(dataset, (file) => readFileSync(join(seedsDir, file), 'utf8')).map(formatProblem));
      quoteNote = `quotes compared with the articles in ${seedsDir}`;
    } else {
      quoteNote = `quotes not compared with the articles: ${seedsDir} not found`;
    }
  }
  const records = [...series.values()].reduce((n, s) => n + (s?.records.length ?? 0), 0);
  return {
    problems,
    summary: `${series.size} series (${records} records), ${events.length} events, ${sources.length} sources; ${quoteNote}`,
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const dataDir = resolve(process.argv[2] ?? 'data');
  const seedsDir = process.env.SEEDS_DIR ?? resolve('..', 'shared', 'seeds');
  const today = new Date().toISOString().slice(0, 10);
  const lastChanged = gitLastChanged(dataDir, today);
  const { problems, summary } = checkDataFolder(dataDir, seedsDir, { lastChanged, today });
  if (!lastChanged) console.log('check:data: not in a git repository: the updated days are checked against today only');
  if (problems.length > 0) {
    console.error(`check:data found ${problems.length} problem(s) in ${dataDir}:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`check:data: ok — ${summary}`);
}
