import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeRecord, makeSource } from '../test-support/fixtures';
import { chartCsv, CSV_COLUMNS } from './csv';

const reuters = makeSource('reuters', { publication: { en: 'Reuters Breakingviews', vi: 'Reuters Breakingviews' } });

describe('chartCsv', () => {
  it('writes one row per figure and citation, with quotes that survive commas and quotation marks', () => {
    const quote = 'fall as low as 50% in 2025, compared with “80%” in 2024, he said "clearly"';
    const records = [
      makeRecord({ series: 'nvidia', year: 2025, value: 50, flags: ['estimate'], citations: [{ source: 'reuters', quote, quoteLang: 'en' }] }),
      makeRecord({ series: 'nvidia', year: 2024, value: 80, valueHigh: 85 }),
    ];
    const csv = chartCsv(records, [reuters], 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS.en]);
    expect(parsed.data[1]).toEqual(['nvidia', '2025', '', '50', '', 'percent', 'estimate', 'reuters', 'Reuters Breakingviews', '2025-01-24', quote, 'en', '50% (estimate)']);
    expect(parsed.data[2]!.slice(3, 5)).toEqual(['80', '85']);
  });

  it('keeps the source id when the sources are not loaded', () => {
    const parsed = Papa.parse<string[]>(chartCsv([makeRecord({ year: 2024, value: 1 })], undefined, 'en').slice(1), { skipEmptyLines: true });
    expect(parsed.data[1]!.slice(7, 10)).toEqual(['reuters', '', '']);
  });
});

describe('chartCsv in Vietnamese', () => {
  it('names the columns and the label in Vietnamese, with the same column count', () => {
    const csv = chartCsv([makeRecord({ label: { en: 'China', vi: 'Trung Quốc' }, value: 50 })], [reuters], 'vi');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS.vi]);
    expect(CSV_COLUMNS.vi).toHaveLength(CSV_COLUMNS.en.length);
    expect(parsed.data[1]![2]).toBe('Trung Quốc');
  });
});
