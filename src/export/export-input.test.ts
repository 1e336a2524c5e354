import { describe, expect, it } from 'vitest';
import { makeRecord, makeSeries } from '../test-support/fixtures';
import { chartExportInput, describeFilters, quoteNotes } from './export-input';

describe('describeFilters', () => {
  it('says what the view shows, in each language', () => {
    expect(describeFilters({ sectors: [], from: null, to: null }, 'en')).toBe('All sectors · all years');
    expect(describeFilters({ sectors: ['semiconductors', 'ev'], from: 2019, to: 2025 }, 'en')).toBe(
      'Sectors: Semiconductors, Electric vehicles · 2019–2025',
    );
    expect(describeFilters({ sectors: ['semiconductors'], from: 2023, to: null }, 'vi')).toBe('Lĩnh vực: Bán dẫn · Từ 2023');
  });
});

describe('chartExportInput', () => {
  const series = makeSeries([makeRecord({ year: 2024, value: 80 }), makeRecord({ year: 2025, value: 50, flags: ['estimate'] })], {
    title: { en: 'Nvidia share', vi: 'Thị phần Nvidia' },
  });

  it('carries title, the legend of the flags used, the source line, the filters and the link', () => {
    const input = chartExportInput({
      series,
      records: series.records,
      sources: undefined,
      lang: 'en',
      filters: { sectors: ['semiconductors'], from: null, to: null },
      link: 'https://example.org/?sectors=semiconductors',
      rule: undefined,
      cardWidth: 400,
    });
    expect(input.title).toBe('Nvidia share');
    expect(input.legend).toEqual(['estimate: a forecast, drawn dashed and hollow']);
    expect(input.footer).toEqual([
      'Source: reuters',
      'Sectors: Semiconductors · all years',
      'Link: https://example.org/?sectors=semiconductors',
    ]);
  });

  it('writes speaker notes with each figure and its quote', () => {
    expect(quoteNotes(series.records, undefined, 'en')).toBe(
      '2024: 80% — “A sentence.” (reuters)\n\n2025: 50% (estimate) — “A sentence.” (reuters)',
    );
  });
});
