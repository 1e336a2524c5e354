import type { z } from 'zod';
import { safeParse } from 'zod/mini';
import vietnamese from 'zod/v4/locales/vi.js';
import { MAX_YEAR, MIN_YEAR } from './ids';
import { DataFileError, describePath, type Problem } from './problems';

export { DataFileError, describePath, parseJsonText, recordPath, type Problem } from './problems';

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
  [`must be within the years ${MIN_YEAR}–${MAX_YEAR}`]: `phải nằm trong các năm ${MIN_YEAR}–${MAX_YEAR}`,
  'must be a file name in the articles folder, not a path': 'phải là tên một tệp trong thư mục bài báo, không phải một đường dẫn',
  'must be a file name in data/ (name.json), not a path': 'phải là tên một tệp trong data/ (ten.json), không phải một đường dẫn',
  'must be a file in data/series/ (series/name.json), not a path out of it': 'phải là một tệp trong data/series/ (series/ten.json), không phải đường dẫn ra ngoài thư mục đó',
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
export function parseDataFile<S extends z.core.$ZodType>(schema: S, file: string, raw: unknown): z.infer<S> {
  const result = safeParse(schema, raw, { reportInput: true });
  if (result.success) return result.data;
  throw new DataFileError(
    file,
    result.error.issues.map((issue) => formatIssue(issue, raw)),
  );
}
