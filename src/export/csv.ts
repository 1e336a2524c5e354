import Papa from 'papaparse';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { sourceDate } from '../i18n/figure-text';
import { describeFlags, readFigure, unitName } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';

/**
 * Column names in the reader's language. Ids and the value columns stay machine-readable in both
 * files (a dot before the decimals, an ASCII minus: "86.8", "-40"), and the Vietnamese header says so
 * ("gia_tri_may_doc", a value for programs to read); in English so do flags, units and dates, while
 * the Vietnamese file names them in Vietnamese ("giới hạn dưới", "tỷ USD", "24/1/2025"). The last
 * column is the figure as a person reads it: "hơn 45 tỷ USD", "86,8 triệu tấn", "−40%".
 */
export const CSV_COLUMNS: Record<Lang, readonly string[]> = {
  en: ['series', 'year', 'label', 'value', 'value_high', 'unit', 'flags', 'source', 'publication', 'source_date', 'quote', 'quote_lang', 'figure'],
  vi: ['chuoi_so_lieu', 'nam', 'nhan', 'gia_tri_may_doc', 'gia_tri_tren_may_doc', 'don_vi', 'danh_dau', 'nguon', 'an_pham', 'ngay_nguon', 'trich_dan', 'ngon_ngu_trich_dan', 'so_lieu'],
};

/** Records named in a list, as few as keep it readable: "2015, 2016, 2017, 2018, 2019, …" (the count says how many). */
const NAMED = 5;

/** The first few of `names`, then "…" if there are more. */
export const fewNamed = (names: readonly string[]): string => [...names.slice(0, NAMED), ...(names.length > NAMED ? ['…'] : [])].join(', ');

/** What a file lacks, in rows of their own as wide as its header, each starting "#". */
export const omissionRows = (omissions: readonly string[], columns: readonly string[]): string[][] =>
  omissions.map((note) => [`# ${note}`, ...columns.slice(1).map(() => '')]);

/**
 * What a chart's CSV lacks, each as a sentence; nothing when nothing is missing. A figure outside
 * the years shown is not in it; without the sources file, no publication or date is.
 */
export function csvOmissions(all: readonly ValueRecord[], shown: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang): string[] {
  const t = MESSAGES[lang];
  const kept = new Set(shown);
  const left = all.filter((r) => !kept.has(r));
  const out: string[] = [];
  if (left.length > 0) {
    const names = left.slice(0, NAMED + 1).map((r) => [r.label?.[lang], r.year].filter((x) => x !== undefined).join(' '));
    out.push(t.csvLeftOut(left.length, fewNamed(names)));
  }
  if (!sources) out.push(t.csvNoSources);
  return out;
}

/** A figure's rows, one per citation, in the order of `CSV_COLUMNS`. */
function figureRows(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang) {
  return records.flatMap((r) =>
    r.citations.map((c) => {
      const source = sources?.find((s) => s.id === c.source);
      const vi = lang === 'vi';
      const row = [
        r.series,
        r.year ?? '',
        r.label?.[lang] ?? '',
        r.value,
        r.valueHigh ?? '',
        vi ? unitName(r, lang) : r.unit,
        vi ? describeFlags(r.flags, lang) : r.flags.join(' '),
        c.source,
        source?.publication[lang] ?? '',
        source ? sourceDate(source, lang) : '',
        c.quote,
        vi ? MESSAGES.vi.languageNames[c.quoteLang] : c.quoteLang,
        readFigure(r, lang),
      ];
      return { row, translation: c.translation?.text ?? '' };
    }),
  );
}

/**
 * A text cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return, unless the whole cell is a plain decimal number ("-40", "-1.5"), which a spreadsheet
 * reads as that number. Papa
 * Parse prefixes such a cell with a single quote and quotes it; a cell that is a number (a value
 * of the data) is never touched, so `-40` stays a number.
 */
export const FORMULA_START = /^(?!-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;

/**
 * Every CSV the site writes: the header, then the rows, each cell that could be read as a formula
 * neutralised. A byte-order mark first, so that spreadsheet programs read the Vietnamese as UTF-8.
 */
export const csvText = (fields: readonly string[], rows: unknown[][]) =>
  '\uFEFF' + Papa.unparse({ fields: [...fields], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START });

/**
 * One row per figure and citation, with units, flags and sources: a figure never loses its
 * provenance. What the file lacks (`omissions`) follows in rows of their own, each starting "#".
 */
export function chartCsv(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang, omissions: readonly string[] = []): string {
  return csvText(CSV_COLUMNS[lang], [...figureRows(records, sources, lang).map((r) => r.row), ...omissionRows(omissions, CSV_COLUMNS[lang])]);
}

const ALL_FIGURES_EXTRA: Record<Lang, { title: string; translation: string }> = {
  en: { title: 'title', translation: 'translation' },
  vi: { title: 'tieu_de', translation: 'ban_dich' },
};

/** Every figure of every series, tidy: the chart's columns with the series' title after its id, and the quote's translation last. */
export function allFiguresCsv(series: readonly SeriesFile[], sources: readonly Source[], lang: Lang): string {
  const [first = '', ...rest] = CSV_COLUMNS[lang];
  const extra = ALL_FIGURES_EXTRA[lang];
  const rows = series.flatMap((s) => figureRows(s.records, sources, lang).map(({ row: [id, ...others], translation }) => [id, s.title[lang], ...others, translation]));
  return csvText([first, extra.title, ...rest, extra.translation], rows);
}
