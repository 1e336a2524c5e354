import Papa from 'papaparse';
import type { Lang, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';

/** Column names in the reader's language; values (ids, numbers, flags, units) stay machine-readable. */
export const CSV_COLUMNS: Record<Lang, readonly string[]> = {
  en: ['series', 'year', 'label', 'value', 'value_high', 'unit', 'flags', 'source', 'publication', 'source_date', 'quote', 'quote_lang'],
  vi: ['chuoi_so_lieu', 'nam', 'nhan', 'gia_tri', 'gia_tri_tren', 'don_vi', 'ghi_chu', 'nguon', 'an_pham', 'ngay_nguon', 'trich_dan', 'ngon_ngu_trich_dan'],
};

/** Records named in a list, as few as keep it readable: "2015, 2016, 2017, 2018, 2019, …" (the count says how many). */
const NAMED = 5;

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
    const names = left.slice(0, NAMED).map((r) => [r.label?.[lang], r.year].filter((x) => x !== undefined).join(' '));
    out.push(t.csvLeftOut(left.length, [...names, ...(left.length > NAMED ? ['…'] : [])].join(', ')));
  }
  if (!sources) out.push(t.csvNoSources);
  return out;
}

/**
 * One row per figure and citation, with units, flags and sources: a figure never loses its
 * provenance. What the file lacks (`omissions`) follows in rows of their own, each starting "#".
 */
export function chartCsv(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang, omissions: readonly string[] = []): string {
  const rows = records.flatMap((r) =>
    r.citations.map((c) => {
      const source = sources?.find((s) => s.id === c.source);
      return [
        r.series,
        r.year ?? '',
        r.label?.[lang] ?? '',
        r.value,
        r.valueHigh ?? '',
        r.unit,
        r.flags.join(' '),
        c.source,
        source?.publication[lang] ?? '',
        source?.date ?? '',
        c.quote,
        c.quoteLang,
      ];
    }),
  );
  // A byte-order mark, so that spreadsheet programs read the Vietnamese quotes as UTF-8.
  const notes = omissions.map((note) => [`# ${note}`, ...CSV_COLUMNS[lang].slice(1).map(() => '')]);
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS[lang]], data: [...rows, ...notes] }, { newline: '\r\n' });
}
