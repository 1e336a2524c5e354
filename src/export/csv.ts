import Papa from 'papaparse';
import type { Lang, Source, ValueRecord } from '../data/schema';
import { sourceDate } from '../i18n/figure-text';
import { describeFlags, readFigure } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';

/**
 * Column names in the reader's language. Ids and numbers stay machine-readable; in English so do
 * flags, units and dates, while the Vietnamese file names them in Vietnamese ("giới hạn dưới",
 * "tỷ USD", "24/1/2025"). The last column is the figure as read: "hơn 45 tỷ USD".
 */
export const CSV_COLUMNS: Record<Lang, readonly string[]> = {
  en: ['series', 'year', 'label', 'value', 'value_high', 'unit', 'flags', 'source', 'publication', 'source_date', 'quote', 'quote_lang', 'figure'],
  vi: ['chuoi_so_lieu', 'nam', 'nhan', 'gia_tri', 'gia_tri_tren', 'don_vi', 'danh_dau', 'nguon', 'an_pham', 'ngay_nguon', 'trich_dan', 'ngon_ngu_trich_dan', 'so_lieu'],
};

/** One row per figure and citation, with units, flags and sources: a figure never loses its provenance. */
export function chartCsv(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang): string {
  const rows = records.flatMap((r) =>
    r.citations.map((c) => {
      const source = sources?.find((s) => s.id === c.source);
      const vi = lang === 'vi';
      return [
        r.series,
        r.year ?? '',
        r.label?.[lang] ?? '',
        r.value,
        r.valueHigh ?? '',
        vi ? MESSAGES.vi.units[r.unit] : r.unit,
        vi ? describeFlags(r.flags, lang) : r.flags.join(' '),
        c.source,
        source?.publication[lang] ?? '',
        source ? sourceDate(source, lang) : '',
        c.quote,
        vi ? MESSAGES.vi.languageNames[c.quoteLang] : c.quoteLang,
        readFigure(r, lang),
      ];
    }),
  );
  // A byte-order mark, so that spreadsheet programs read the Vietnamese quotes as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS[lang]], data: rows }, { newline: '\r\n' });
}
