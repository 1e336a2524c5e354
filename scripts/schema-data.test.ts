// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataFolder } from './check-data';
import { TEXT_LIMITS } from '../src/data/bounds';
import { generatedSchemas, SCHEMA_FILES, schemaRefFor, staleSchemaProblems } from './schema-data';

const REAL_DATA = fileURLToPath(new URL('../data/', import.meta.url));

let temps: string[] = [];
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'schema-data-'));
  temps.push(root);
  const dir = join(root, 'data');
  cpSync(REAL_DATA, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  temps = [];
});

describe('generated JSON Schemas', () => {
  it('carry the text limits of src/data/bounds.ts as maxLength, in each language', () => {
    const series = JSON.parse(generatedSchemas().get(SCHEMA_FILES.series.file)!);
    expect(series.properties.title.properties.en.maxLength).toBe(TEXT_LIMITS.title);
    expect(series.properties.subtitle.properties.vi.maxLength).toBe(TEXT_LIMITS.subtitle);
    const record = series.properties.records.items;
    expect(record.properties.label.properties.en.maxLength).toBe(TEXT_LIMITS.label);
    expect(record.properties.citations.items.properties.quote.maxLength).toBe(TEXT_LIMITS.quote);
    // Ids have no limit of their own beyond their pattern.
    expect(series.properties.id.maxLength).toBeUndefined();
  });

  it('are one per kind of data file, and the checked-in ones are up to date', () => {
    expect([...generatedSchemas().keys()].sort()).toEqual(Object.values(SCHEMA_FILES).map((s) => s.file).sort());
    expect(staleSchemaProblems(REAL_DATA)).toEqual([]);
  });

  it('describe the files: strict objects, enums and patterns from the zod schemas, and the $schema key', () => {
    const series = JSON.parse(generatedSchemas().get(SCHEMA_FILES.series.file)!) as {
      additionalProperties: boolean;
      properties: Record<string, { enum?: string[]; type?: string }>;
      required: string[];
    };
    expect(series.additionalProperties).toBe(false);
    expect(series.properties.$schema).toEqual({ type: 'string' });
    expect(series.properties.chart!.enum).toContain('slope');
    expect(series.required).toEqual(expect.arrayContaining(['id', 'title', 'records']));
    expect(series.required).not.toContain('$schema');
  });

  it('names a schema file that was edited by hand, and one that is missing', () => {
    const dir = copyOfData();
    const events = join(dir, 'schema', SCHEMA_FILES.events.file);
    writeFileSync(events, readFileSync(events, 'utf8').replace('"minItems": 1', '"minItems": 2'));
    unlinkSync(join(dir, 'schema', SCHEMA_FILES.index.file));
    expect(staleSchemaProblems(dir)).toEqual([
      'schema/index.schema.json: file not found; run `npm run schema:data`',
      'schema/events.schema.json: out of date with src/data/schema.ts; run `npm run schema:data`',
    ]);
  });

  it('finds the checked-in schema stale when the zod schema has changed', () => {
    const changed = generatedSchemas();
    const file = SCHEMA_FILES.series.file;
    changed.set(file, changed.get(file)!.replace('"nm"', '"nm",\n"furlongs"'));
    expect(staleSchemaProblems(REAL_DATA, changed)).toEqual([
      `schema/${file}: out of date with src/data/schema.ts; run \`npm run schema:data\``,
    ]);
  });

  it('points each data file at its schema by a relative path', () => {
    expect(schemaRefFor('index.json', 'index')).toBe('./schema/index.schema.json');
    expect(schemaRefFor('series/nvidia-china-share.json', 'series')).toBe('../schema/series.schema.json');
  });
});

describe('checkDataFolder and the schemas', () => {
  it('fails on a stale schema, naming its file', () => {
    const dir = copyOfData();
    const path = join(dir, 'schema', SCHEMA_FILES.sources.file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"additionalProperties": false', '"additionalProperties": true'));
    expect(checkDataFolder(dir).problems).toEqual([
      'schema/sources.schema.json: out of date with src/data/schema.ts; run `npm run schema:data`',
    ]);
  });

  it('fails on a data file without its $schema, or with a wrong one, naming the file and the field', () => {
    const dir = copyOfData();
    const edit = (file: string, change: (json: Record<string, unknown>) => void) => {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      change(json);
      writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
    };
    edit('series/nvidia-china-share.json', (j) => delete j.$schema);
    edit('events.json', (j) => (j.$schema = './schema/series.schema.json'));
    expect(checkDataFolder(dir).problems).toEqual([
      'events.json: $schema: must be "./schema/events.schema.json", the path to its schema (got "./schema/series.schema.json")',
      'series/nvidia-china-share.json: $schema: must be "../schema/series.schema.json", the path to its schema (got none)',
    ]);
  });
});
