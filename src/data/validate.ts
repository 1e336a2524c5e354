import type { z } from 'zod';

/** A data file that could not be used, with every problem named by file, record and field. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}

type PathKey = PropertyKey;

/** "records[1] (2025)" rather than "records.1": a maintainer finds the record by what it says. */
export function describePath(path: readonly PathKey[], root: unknown): string {
  let node: unknown = root;
  let out = '';
  for (const key of path) {
    const child = isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      out += `[${key}]`;
      const name = recordName(child);
      if (name) out += ` (${name})`;
    } else {
      out += (out ? '.' : '') + String(key);
    }
    node = child;
  }
  return out;
}

function recordName(record: unknown): string | undefined {
  if (!isObject(record)) return undefined;
  if (typeof record.id === 'string') return record.id;
  const parts: string[] = [];
  if (isObject(record.label) && typeof record.label.en === 'string') parts.push(record.label.en);
  if (typeof record.year === 'number' || typeof record.year === 'string') parts.push(String(record.year));
  return parts.length ? parts.join(', ') : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function formatIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = describePath(issue.path, root) || '(top level)';
  const got = 'input' in issue && issue.code !== 'unrecognized_keys' ? ` (got ${showValue(issue.input)})` : '';
  return `${where}: ${issue.message}${got}`;
}

/** Parse `raw` with `schema`, or throw a DataFileError naming file, record and field. */
export function parseDataFile<S extends z.ZodType>(schema: S, file: string, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  throw new DataFileError(
    file,
    result.error.issues.map((issue) => formatIssue(issue, raw)),
  );
}

/** JSON.parse with the file named in the message. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
}
