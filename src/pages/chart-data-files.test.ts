// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../export/csv';
import { loadMessages } from '../i18n/messages';
import { makeRecord, makeSeries, makeSource } from '../test-support/fixtures';
import { chartDataFiles } from './chart-data-files';

await loadMessages('en');

describe('a chart’s data files', () => {
  const records = [
    makeRecord({ year: 2024, value: 80, citations: [{ source: 'reuters', quote: 'compared with 80% in 2024', quoteLang: 'en' }] }),
    makeRecord({ year: 2025, value: 50, flags: ['estimate'], citations: [{ source: 'reuters', quote: '=HYPERLINK("x")', quoteLang: 'en' }] }),
  ];
  const series = makeSeries(records);
  const sources = [makeSource('reuters'), makeSource('unrelated')];

  it('write the card CSV’s columns, one row per figure and citation, with flags and sources, every cell formula-safe', () => {
    const { csv } = chartDataFiles(series, sources);
    const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(header).toEqual([...CSV_COLUMNS.en]);
    expect(rows.map((r) => [r[1], r[3], r[6], r[7]])).toEqual([
      ['2024', '80', '', 'reuters'],
      ['2025', '50', 'estimate', 'reuters'],
    ]);
    expect(rows[1]![10]).toBe('\'=HYPERLINK("x")');
  });

  it('write the series as validated, with only the sources its figures cite', () => {
    const json = JSON.parse(chartDataFiles(series, sources).json) as { id: string; records: unknown[]; sources: { id: string }[] };
    expect(json.id).toBe(series.id);
    expect(json.records).toEqual(records);
    expect(json.sources.map((s) => s.id)).toEqual(['reuters']);
  });
});
