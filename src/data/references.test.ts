import { describe, expect, it } from 'vitest';
import { makeRecord, makeSeries, makeSource } from '../test-support/fixtures';
import { unknownSourceProblems } from './references';

const reuters = makeSource('reuters');

const series = (sources: string[]) =>
  makeSeries([makeRecord({ year: 2024, value: 1, citations: sources.map((source) => ({ source, quote: 'q', quoteLang: 'en' as const })) })]);

describe('unknownSourceProblems', () => {
  it('finds nothing when every citation names a known source', () => {
    expect(unknownSourceProblems(series(['reuters']), [reuters], 'sources.json')).toEqual([]);
  });

  it('names the record, the citation and the unknown id, in both languages', () => {
    expect(unknownSourceProblems(series(['reuters', 'made-up']), [reuters], 'sources.json')).toEqual([
      {
        en: "records[0] (2024).citations[1].source: unknown source 'made-up' (not in sources.json)",
        vi: "records[0] (2024).citations[1].source: nguồn không xác định 'made-up' (không có trong sources.json)",
      },
    ]);
  });
});
