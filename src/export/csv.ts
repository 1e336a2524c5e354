import Papa from 'papaparse';
import type { Source, ValueRecord } from '../data/schema';

export const CSV_COLUMNS = [
  'series',
  'year',
  'label',
  'value',
  'value_high',
  'unit',
  'flags',
  'source',
  'publication',
  'source_date',
  'quote',
  'quote_lang',
] as const;

/** One row per figure and citation, with units, flags and sources: a figure never loses its provenance. */
export function chartCsv(records: readonly ValueRecord[], sources: readonly Source[] | undefined): string {
  const rows = records.flatMap((r) =>
    r.citations.map((c) => {
      const source = sources?.find((s) => s.id === c.source);
      return [
        r.series,
        r.year ?? '',
        r.label?.en ?? '',
        r.value,
        r.valueHigh ?? '',
        r.unit,
        r.flags.join(' '),
        c.source,
        source?.publication ?? '',
        source?.date ?? '',
        c.quote,
        c.quoteLang,
      ];
    }),
  );
  // A byte-order mark, so that spreadsheet programs read the Vietnamese quotes as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
