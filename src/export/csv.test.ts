import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeRecord, makeSeries, makeSource } from '../test-support/fixtures';
import { allFiguresCsv, chartCsv, CSV_COLUMNS, csvOmissions, csvText } from './csv';

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

describe('a cell a spreadsheet would run as a formula', () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const hostile = makeSource('reuters', { publication: { en: '@SUM(1+1)*cmd|/C calc!A0', vi: '+cmd' } });
  const records = [
    makeRecord({
      series: 'hostile',
      label: { en: '=HYPERLINK("http://evil","x")', vi: '-2+3' },
      value: -40,
      valueHigh: -1.5,
      unit: 'usd-bn',
      citations: [{ source: 'reuters', quote: '\tabc', quoteLang: 'en' }],
    }),
  ];

  it('is written with a single quote before it, quoted, in the chart CSV', () => {
    const csv = chartCsv(records, [hostile], 'en');
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"",""x"")"');
    const row = parse(csv).data[1]!;
    expect(row[2]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(row[8]).toBe("'@SUM(1+1)*cmd|/C calc!A0");
    expect(row[10]).toBe("'\tabc");
    const vi = parse(chartCsv(records, [hostile], 'vi')).data[1]!;
    expect(vi[2]).toBe("'-2+3");
    expect(vi[8]).toBe("'+cmd");
  });

  it('leaves a negative number a number, unquoted', () => {
    const csv = chartCsv(records, [hostile], 'en');
    expect(csv).toContain(',-40,-1.5,');
    const row = parse(csv).data[1]!;
    expect(row.slice(3, 5)).toEqual(['-40', '-1.5']);
  });

  it('is neutralised in the file of every figure', () => {
    const csv = allFiguresCsv([makeSeries(records, { id: 'hostile', title: { en: '-title', vi: '=tieu de' } })], [hostile], 'en');
    const row = parse(csv).data[1]!;
    expect(row[1]).toBe("'-title");
    expect(row[3]).toBe('\'=HYPERLINK("http://evil","x")');
  });

  const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom(...DANGEROUS).chain((c) => fc.string().map((s) => c + s)),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
  );

  it('leaves a text that is a plain number with no digit before its point as it is, and escapes one that goes on', () => {
    const parsed = parse(csvText(['a'], [['-.5'], ['-.0'], ['-.5+1']]));
    expect(parsed.data.slice(1).map((row) => row[0])).toEqual(['-.5', '-.0', "'-.5+1"]);
  });

  it('never begins a cell of any output with a dangerous character, unless the cell is a number', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const parsed = parse(csvText(['a', 'b', 'c'], rows));
        expect(parsed.errors).toEqual([]);
        parsed.data.slice(1).forEach((out, i) => {
          out.forEach((text, j) => {
            const input = rows[i]![j];
            if (typeof input === 'number') {
              // A number is written as the number, whatever its sign.
              expect(Number(text)).toBe(input === 0 ? 0 : input);
            } else if (DANGEROUS.some((c) => text.startsWith(c))) {
              // Only a text that a spreadsheet reads as a plain number may begin with "-": "-40", "-.5".
              expect(text).toMatch(/^-\.?\d/);
              expect(Number.isFinite(Number(text))).toBe(true);
              expect(text).toBe(input);
            } else {
              expect([input, `'${input}`]).toContain(text);
            }
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
