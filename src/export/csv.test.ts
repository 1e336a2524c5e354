import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeRecord, makeSource } from '../test-support/fixtures';
import { chartCsv, CSV_COLUMNS, csvOmissions } from './csv';

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

  it('keeps its value columns machine-readable, and says so in their header, beside the figure as read', () => {
    const records = [
      makeRecord({ series: 'robots', year: 2024, value: 86.8, unit: 'million-tonnes', flags: [] }),
      makeRecord({ series: 'tencent', year: 2024, value: -40, valueHigh: -12.5, unit: 'percent-change', flags: [] }),
    ];
    const rows = Papa.parse<Record<string, string>>(chartCsv(records, [reuters], 'vi').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.gia_tri_may_doc, r.gia_tri_tren_may_doc, r.so_lieu])).toEqual([
      ['86.8', '', '86,8 triệu tấn'],
      ['-40', '-12.5', '−40% – −12,5%'],
    ]);
    expect(Object.keys(rows[0]!).filter((column) => column.startsWith('gia_tri'))).toEqual(['gia_tri_may_doc', 'gia_tri_tren_may_doc']);
  });
});

describe('what a chart CSV lacks', () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2024].map((year) => makeRecord({ year, value: year - 2000 }));
  const shown = years.slice(-1);

  it('is nothing, and no row is added, when every figure is in it and the sources are loaded', () => {
    expect(csvOmissions(years, years, [reuters], 'en')).toEqual([]);
    expect(chartCsv(years, [reuters], 'en', [])).toBe(chartCsv(years, [reuters], 'en'));
  });

  it('names the figures outside the years shown, a few of them and how many', () => {
    expect(csvOmissions(years, shown, [reuters], 'en')).toEqual([
      'Not in this file: 7 figures outside the years shown (2015, 2016, 2017, 2018, 2019, …)',
    ]);
    expect(csvOmissions(years, years.slice(1), [reuters], 'vi')).toEqual([
      'Không có trong tệp này: 1 số liệu nằm ngoài khoảng năm đang hiển thị (2015)',
    ]);
  });

  it('says when the sources file could not be loaded', () => {
    expect(csvOmissions(shown, shown, undefined, 'en')).toEqual([
      'The sources file could not be loaded: the publication and source date columns are empty',
    ]);
  });

  it('is written in rows of its own after the figures, each starting "#", with the column count kept', () => {
    const notes = csvOmissions(years, shown, undefined, 'en');
    const parsed = Papa.parse<string[]>(chartCsv(shown, undefined, 'en', notes).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1 + shown.length + 2);
    expect(parsed.data.slice(-2).map((row) => row[0])).toEqual(notes.map((n) => `# ${n}`));
    for (const row of parsed.data) expect(row).toHaveLength(CSV_COLUMNS.en.length);
  });
});
