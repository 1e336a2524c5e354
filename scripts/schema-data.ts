/**
 * `npm run schema:data`: writes the JSON Schema of each kind of data file to data/schema/, generated
 * from the zod schemas in src/data/schema.ts (the only definition of the data's shape), so that an
 * editor can check a data file while it is typed. Each data file points at its schema with `$schema`.
 * `npm run check:data` fails when a written schema differs from what the zod schemas generate.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { fieldLimit, type DataFileKind } from '../src/data/bounds';
import { DataIndex, EventsFile, SeriesFile, SourcesFile } from '../src/data/schema';

/** The folder, inside data/, that holds the generated schemas. */
export const SCHEMA_DIR = 'schema';

/** One schema per kind of data file: its file name in data/schema/ and what it describes. */
export const SCHEMA_FILES = {
  index: { file: 'index.schema.json', schema: DataIndex, title: 'data/index.json: the list of data files' },
  sources: { file: 'sources.schema.json', schema: SourcesFile, title: 'data/sources.json: the source articles' },
  events: { file: 'events.schema.json', schema: EventsFile, title: 'data/events.json: the timeline' },
  series: { file: 'series.schema.json', schema: SeriesFile, title: 'data/series/<id>.json: one chart’s series' },
} as const satisfies Record<string, { file: string; schema: z.core.$ZodType; title: string }>;

export type SchemaKind = keyof typeof SCHEMA_FILES;

/** The text each schema file must hold, by file name. */
export function generatedSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, { file, schema, title }] of Object.entries(SCHEMA_FILES)) {
    // Refinements (shares within 0–100%, derived values) are not expressible in JSON Schema:
    // check:data still checks them.
    const json = withTextLimits(kind as DataFileKind, z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }));
    const { $schema, ...rest } = json;
    const doc = {
      $schema,
      title,
      description: 'Generated from src/data/schema.ts by `npm run schema:data`; do not edit by hand.',
      ...rest,
    };
    out.set(file, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return out;
}

type JsonNode = { [key: string]: unknown };
const isNode = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The text limits of src/data/bounds.ts written into a schema as `maxLength`, so that an editor
 * flags an over-long text as it is typed. The limit applies to a field and to the texts in each
 * language under it.
 */
export function withTextLimits<T>(kind: DataFileKind, schema: T): T {
  const walk = (node: unknown, field: string | undefined): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, field);
      return;
    }
    if (!isNode(node)) return;
    const max = field === undefined ? undefined : fieldLimit(kind, field);
    if (node.type === 'string' && max !== undefined) node.maxLength = Math.min(max, typeof node.maxLength === 'number' ? node.maxLength : max);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'properties' && isNode(child)) {
        for (const [name, sub] of Object.entries(child)) walk(sub, name === 'en' || name === 'vi' ? field : name);
      } else walk(child, field);
    }
  };
  walk(schema, undefined);
  return schema;
}

/** Problems, one per schema file in `dataDir/schema/` that is missing or differs from the generated one. */
export function staleSchemaProblems(dataDir: string, expected: Map<string, string> = generatedSchemas()): string[] {
  const problems: string[] = [];
  for (const [file, text] of expected) {
    const path = join(dataDir, SCHEMA_DIR, file);
    const where = `${SCHEMA_DIR}/${file}`;
    if (!existsSync(path)) problems.push(`${where}: file not found; run \`npm run schema:data\``);
    else if (readFileSync(path, 'utf8') !== text) {
      problems.push(`${where}: out of date with src/data/schema.ts; run \`npm run schema:data\``);
    }
  }
  return problems;
}

/** The `$schema` a data file at `file` (relative to data/) must carry: the relative path to its schema. */
export function schemaRefFor(file: string, kind: SchemaKind): string {
  const depth = file.split('/').length - 1;
  return `${'../'.repeat(depth) || './'}${SCHEMA_DIR}/${SCHEMA_FILES[kind].file}`;
}

export function writeSchemas(dataDir: string): string[] {
  mkdirSync(join(dataDir, SCHEMA_DIR), { recursive: true });
  const written: string[] = [];
  for (const [file, text] of generatedSchemas()) {
    writeFileSync(join(dataDir, SCHEMA_DIR, file), text);
    written.push(`${SCHEMA_DIR}/${file}`);
  }
  return written;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const dataDir = resolve(process.argv[2] ?? 'data');
  for (const file of writeSchemas(dataDir)) console.log(`schema:data: wrote ${join(dataDir, file)}`);
}
