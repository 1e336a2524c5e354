/**
 * How large a data file may make anything on screen: the number of records a chart kind draws and
 * the length of every text. Defined once: the dashboard bounds what it draws by these numbers, and
 * `npm run check:data` refuses a file beyond them, so that the editor hears of it first.
 *
 * Beyond a kind's record limit the card draws no chart: it says how many figures there are and
 * offers the data table and the CSV. No kind aggregates: each figure is quoted from an article
 * with its own flags and source, and a sum or an average of them would be a figure no article
 * gives. Beyond a text limit the text is cut with an ellipsis where it is shown, the full text kept
 * (a tooltip on the card, the `<title>` of an exported image, the slide's notes).
 */
import type { ChartKind } from './schema';
import { describePath, type Problem } from './problems';

/**
 * The most records each kind draws legibly in a card 360 px wide. Kinds with a row per record grow
 * taller with each (bars 40 px, range 56 px, figure 76 px); the others share a fixed height or width.
 */
export const RECORD_LIMITS: Record<ChartKind, number> = {
  /** Points along one time axis, each with a year and a value label: more than 10 collide. */
  slope: 10,
  /** Actual and target on one track. */
  bullet: 6,
  /** A row of 56 px per range: 12 rows are a 740 px chart. */
  range: 12,
  /** Columns across the card's width, each with a value and a year under it. */
  diverging: 12,
  /** A row of 40 px per bar: 24 bars are a 1,010 px chart. */
  bars: 24,
  /** A big number per record, 76 px each. */
  figure: 6,
};

/** True when a series of `count` records is more than its kind draws. */
export const overRecordLimit = (kind: ChartKind, count: number): boolean => count > RECORD_LIMITS[kind];

/** Characters, in each language, of each text a data file carries. The real data stays well within. */
export const TEXT_LIMITS = {
  /** A chart's title (and its entry in index.json): two lines of a card. */
  title: 120,
  /** A chart's one-line subtitle, which may run to three. */
  subtitle: 240,
  /** A category on a chart's axis (a company, a country). */
  label: 60,
  /** A note on a figure, an event, a derivation or a date. */
  note: 800,
  /** A quoted sentence, or its translation. */
  quote: 1200,
  /** An event's title, or the way an article words its date. */
  eventTitle: 240,
  /** An article's title. */
  sourceTitle: 300,
  /** A publication's or an author's name. */
  name: 120,
} as const;

export type DataFileKind = 'index' | 'series' | 'events' | 'sources';

/** Which limit each field has, by the name of the field (a text in both languages is one field). */
const FIELD_LIMITS: Record<DataFileKind, Record<string, number>> = {
  index: { title: TEXT_LIMITS.title },
  series: {
    title: TEXT_LIMITS.title,
    subtitle: TEXT_LIMITS.subtitle,
    label: TEXT_LIMITS.label,
    note: TEXT_LIMITS.note,
    quote: TEXT_LIMITS.quote,
    text: TEXT_LIMITS.quote,
  },
  events: {
    title: TEXT_LIMITS.eventTitle,
    label: TEXT_LIMITS.eventTitle,
    note: TEXT_LIMITS.note,
    quote: TEXT_LIMITS.quote,
    text: TEXT_LIMITS.quote,
  },
  sources: { title: TEXT_LIMITS.sourceTitle, publication: TEXT_LIMITS.name, author: TEXT_LIMITS.name, dateNote: TEXT_LIMITS.note },
};

/** The limit of a field of a kind of file, by its field name; undefined where there is none. */
export const fieldLimit = (kind: DataFileKind, field: string): number | undefined => FIELD_LIMITS[kind][field];

const LANG_KEYS = new Set(['en', 'vi']);

/** Length in characters as a reader counts them (code points), not UTF-16 units. */
export const textLength = (text: string): number => Array.from(text).length;

/** Every text of `raw` longer than its field allows, named by record and field. */
export function textBoundsProblems(kind: DataFileKind, raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: unknown, path: PropertyKey[], field: string | undefined) => {
    if (typeof node === 'string') {
      const max = field === undefined ? undefined : fieldLimit(kind, field);
      const length = max === undefined || node.length <= max ? 0 : textLength(node);
      if (max !== undefined && length > max) {
        const where = describePath(path, raw);
        problems.push({
          en: `${where}: must be at most ${max} characters (got ${length})`,
          vi: `${where}: không được dài quá ${max} ký tự (nhận được ${length})`,
        });
      }
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...path, i], field));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key], LANG_KEYS.has(key) ? field : key);
    }
  };
  walk(raw, [], undefined);
  return problems;
}

/** A series with more records than its kind draws, named at its first record beyond the limit. */
export function recordBoundsProblems(series: { chart: ChartKind; records: readonly unknown[] }): Problem[] {
  const max = RECORD_LIMITS[series.chart];
  const count = series.records.length;
  if (count <= max) return [];
  const where = describePath(['records', max], series);
  return [
    {
      en: `${where}: a ${series.chart} chart draws at most ${max} records; this series has ${count} (the card would show only the data table and the CSV)`,
      vi: `${where}: biểu đồ ${series.chart} vẽ tối đa ${max} bản ghi; chuỗi số liệu này có ${count} (thẻ sẽ chỉ hiện bảng số liệu và tệp CSV)`,
    },
  ];
}

/** `text` cut to `max` characters, the last an ellipsis, and whether it was cut. */
export function clipText(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  const chars = Array.from(text);
  if (chars.length <= max) return { text, clipped: false };
  return { text: `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`, clipped: true };
}

/** The text as shown: cut to `max` characters with an ellipsis. */
export const clipped = (text: string, max: number): string => clipText(text, max).text;

/**
 * The characters a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"). The CSVs
 * the site writes neutralise such a cell; the data check refuses the text in the first place. An
 * ASCII hyphen-minus at the start of a text is never prose: a negative figure is a number, a dash
 * in a sentence is "–" or "—", and a minus sign in a text is "−".
 */
const FORMULA_CHARS: Record<string, { en: string; vi: string }> = {
  '=': { en: '"="', vi: '"="' },
  '+': { en: '"+"', vi: '"+"' },
  '-': { en: 'a hyphen-minus "-" (write "−" for a minus sign, "–" for a dash)', vi: 'dấu gạch nối "-" (dùng "−" cho dấu trừ, "–" cho gạch ngang)' },
  '@': { en: '"@"', vi: '"@"' },
  '\t': { en: 'a tab', vi: 'một ký tự tab' },
  '\r': { en: 'a carriage return', vi: 'một ký tự xuống dòng (CR)' },
};

/** Every text of `raw` (any field, any depth) that a spreadsheet would run as a formula, named by record and field. */
export function formulaTextProblems(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      const start = FORMULA_CHARS[node.charAt(0)];
      if (start) {
        const where = describePath(path, raw) || '(top level)';
        const shown = JSON.stringify(node.length > 40 ? `${node.slice(0, 37)}...` : node);
        problems.push({
          en: `${where}: must not begin with ${start.en}: a spreadsheet opening the CSV would run it as a formula (got ${shown})`,
          vi: `${where}: không được bắt đầu bằng ${start.vi}: bảng tính mở tệp CSV sẽ chạy nó như một công thức (nhận được ${shown})`,
        });
      }
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...path, i]));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(raw, []);
  return problems;
}
