/**
 * A data file's problems, named by file, record and field, in each language of the dashboard.
 * No schema here: the page reports a failed request without loading the validation code.
 */
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

/** JSON.parse with the file named in the message. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new DataFileError(file, [{ en: `not valid JSON: ${reason}`, vi: `không phải JSON hợp lệ: ${reason}` }]);
  }
}

/** Code the page loads on first use that did not arrive: a failed request for `file`, which may pass. */
export function codeNotLoaded(file: string, error: unknown): DataFileError {
  const reason = (error as Error).message;
  return new DataFileError(file, [{ en: `the request failed (${reason})`, vi: `yêu cầu thất bại (${reason})` }], { transient: true });
}
