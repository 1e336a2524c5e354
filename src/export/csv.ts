import Papa from 'papaparse';
import type { Lang, Source, ValueRecord } from '../data/schema';

/** Column names in the reader's language; values (ids, numbers, flags, units) stay machine-readable. */
export const CSV_COLUMNS: Record<Lang, readonly string[]> = {
  en: ['series', 'year', 'label', 'value', 'value_high', 'unit', 'flags', 'source', 'publication', 'source_date', 'quote', 'quote_lang'],
  vi: ['chuoi_so_lieu', 'nam', 'nhan', 'gia_tri', 'gia_tri_tren', 'don_vi', 'ghi_chu', 'nguon', 'an_pham', 'ngay_nguon', 'trich_dan', 'ngon_ngu_trich_dan'],
};

/** One row per figure and citation, with units, flags and sources: a figure never loses its provenance. */
export function chartCsv(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang): string {
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
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS[lang]], data: rows }, { newline: '\r\n' });
}
