import type { z } from 'zod';
import vietnamese from 'zod/v4/locales/vi.js';
import type { Lang } from './schema';

/** One problem, worded in each language of the dashboard. */
export type Problem = Record<Lang, string>;

/** A data file that could not be used, with every problem named by file, record and field. */
export class DataFileError extends Error {
  readonly file: string;
  readonly localized: Problem[];
  /** A failure that may pass (a server error, a lost connection), as opposed to a broken file. */
  readonly transient: boolean;
  constructor(file: string, problems: Problem[], options: { transient?: boolean } = {}) {
    super(`${file}: ${problems.map((p) => p.en).join('; ')}`);
    this.name = 'DataFileError';
    this.file = file;
    this.localized = problems;
    this.transient = options.transient ?? false;
  }

  /** The problems in English, as the data check prints them. */
  get problems(): string[] {
    return this.localized.map((p) => p.en);
  }

  problemsIn(lang: Lang): string[] {
    return this.localized.map((p) => p[lang]);
  }
}

/** Vietnamese for the schema's own messages; zod's Vietnamese catalogue words the rest. */
const VIETNAMESE_MESSAGES: Record<string, string> = {
  'must be kebab-case (a-z, 0-9, -)': 'phải viết dạng kebab-case (a-z, 0-9, -)',
  'must not be empty': 'không được để trống',
  'must be YYYY-MM or YYYY-MM-DD': 'phải có dạng YYYY-MM hoặc YYYY-MM-DD',
  'needs a year or a label': 'cần có năm hoặc nhãn',
  'valueHigh must not be below value': 'valueHigh không được nhỏ hơn value',
  "a 'derived' flag and a derivation go together": "cờ 'derived' phải đi kèm phần derivation",
  'must be at most 24 characters': 'không được dài quá 24 ký tự',
  'must be YYYY, YYYY-MM or YYYY-MM-DD': 'phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD',
  'is not a real date': 'không phải là ngày có thật',
};
const zodVietnamese = vietnamese().localeError;

function vietnameseMessage(issue: z.core.$ZodIssue): string {
  const params = 'params' in issue ? (issue.params as { vi?: unknown } | undefined) : undefined;
  if (typeof params?.vi === 'string') return params.vi;
  const own = VIETNAMESE_MESSAGES[issue.message];
  if (own) return own;
  const worded = zodVietnamese(issue as unknown as z.core.$ZodRawIssue);
  return (typeof worded === 'string' ? worded : worded?.message) ?? issue.message;
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

/** "records[1] (2025)", "records[0] (TSMC)", "events[3] (deepseek-r1)": how every message names a record. */
export function recordPath(list: 'records' | 'events', index: number, record: unknown): string {
  return describePath([list, index], { [list]: { [index]: record } });
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

export function formatIssue(issue: z.core.$ZodIssue, root: unknown): Problem {
  const where = describePath(issue.path, root) || '(top level)';
  // A bad value is shown; a whole record (the input of a rule across its fields) is not.
  const shown = 'input' in issue && issue.code !== 'unrecognized_keys' && (typeof issue.input !== 'object' || issue.input === null);
  const input = shown ? showValue(issue.input) : undefined;
  return {
    en: `${where}: ${issue.message}${input !== undefined ? ` (got ${input})` : ''}`,
    vi: `${where}: ${vietnameseMessage(issue)}${input !== undefined ? ` (nhận được ${input})` : ''}`,
  };
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
    const reason = (error as Error).message;
    throw new DataFileError(file, [{ en: `not valid JSON: ${reason}`, vi: `không phải JSON hợp lệ: ${reason}` }]);
  }
}
