import { describe, expect, it } from 'vitest';
import type { Source, ValueRecord } from '../data/schema';
import { citedSourceIds, describeRecords, headlineFigures, sourceLine } from './figure-text';
import { makeRecord } from '../test-support/fixtures';

const rec = makeRecord;

describe('describeRecords', () => {
  it('gives each figure with its year, separated by semicolons', () => {
    expect(describeRecords([rec({ year: 2024, value: 80 }), rec({ year: 2025, value: 50, flags: ['estimate'] })], 'en')).toBe(
      '2024: 80%; 2025: 50% (estimate)',
    );
  });

  it('puts the label before the year and reads every flag in words, the signs as words', () => {
    expect(
      describeRecords([rec({ label: { en: 'TSMC', vi: 'TSMC' }, year: 2024, value: 890, unit: 'usd-bn', flags: ['approx', 'lowerBound'] })], 'en'),
    ).toBe('TSMC 2024: more than $890bn (approximate)');
  });

  it('leaves out the place when there is neither label nor year', () => {
    // Not a valid record by the schema, but the description must still read cleanly.
    expect(describeRecords([rec({ value: 5 })], 'en')).toBe('5%');
  });

  it('describes a range', () => {
    expect(describeRecords([rec({ label: { en: 'Share', vi: 'Tỷ lệ' }, value: 11, valueHigh: 19 })], 'en')).toBe('Share: 11–19%');
  });

  it('writes in Vietnamese', () => {
    expect(describeRecords([rec({ label: { en: 'Share', vi: 'Tỷ lệ' }, year: 2030, value: 70, flags: ['target'] })], 'vi')).toBe(
      'Tỷ lệ 2030: 70% (mục tiêu)',
    );
  });

  it('is empty without records', () => {
    expect(describeRecords([], 'en')).toBe('');
  });
});

function citing(sources: string[]): ValueRecord {
  return {
    series: 'test-series',
    year: 2024,
    value: 1,
    unit: 'percent',
    flags: [],
    citations: sources.map((source) => ({ source, quote: 'A sentence.', quoteLang: 'en' as const })),
  };
}

const sources: Source[] = [
  { id: 'reuters', file: 'a.txt', publication: { en: 'Reuters Breakingviews', vi: 'Reuters Breakingviews' }, title: 'T', date: '2025-01-24', languages: ['en'] },
  { id: 'ft', file: 'b.txt', publication: { en: 'Financial Times', vi: 'Financial Times' }, title: 'T', date: '2025-01-31', dateApprox: true, languages: ['en', 'vi'] },
  { id: 'unused', file: 'c.txt', publication: { en: 'Unused', vi: 'Unused' }, title: 'T', date: '2024-01', languages: ['vi'] },
];

describe('citedSourceIds', () => {
  it('lists each source once, in the order first cited', () => {
    expect(citedSourceIds([citing(['ft', 'reuters']), citing(['reuters']), citing(['x', 'ft'])])).toEqual(['ft', 'reuters', 'x']);
  });

  it('is empty without records', () => {
    expect(citedSourceIds([])).toEqual([]);
  });
});

describe('sourceLine', () => {
  it('names the publication and date of the source', () => {
    expect(sourceLine([citing(['reuters'])], sources, 'en')).toBe('Source: Reuters Breakingviews, 2025-01-24');
  });

  it('marks an approximate date and joins several sources with semicolons', () => {
    expect(sourceLine([citing(['reuters']), citing(['ft'])], sources, 'en')).toBe(
      'Source: Reuters Breakingviews, 2025-01-24; Financial Times, ~2025-01-31',
    );
  });

  it('does not name sources that are not cited', () => {
    expect(sourceLine([citing(['ft'])], sources, 'en')).not.toContain('Unused');
  });

  it('falls back to the id when the source is unknown or the sources are not loaded yet', () => {
    expect(sourceLine([citing(['nowhere'])], sources, 'en')).toBe('Source: nowhere');
    expect(sourceLine([citing(['reuters', 'ft'])], undefined, 'en')).toBe('Source: reuters; ft');
  });

  it('writes the word and the date in Vietnamese, day/month/year, an approximate date with “khoảng”', () => {
    expect(sourceLine([citing(['reuters'])], sources, 'vi')).toBe('Nguồn: Reuters Breakingviews, 24/1/2025');
    expect(sourceLine([citing(['ft'])], sources, 'vi')).toBe('Nguồn: Financial Times, khoảng 31/1/2025');
  });
});

describe('a chart headline in words', () => {
  const base = { series: 's', unit: 'percent' as const, citations: [{ source: 'x', quote: 'q', quoteLang: 'en' as const }] };
  it('goes from the first figure to the last, flags in words', () => {
    const records = [
      { ...base, year: 2024, value: 80, flags: [] },
      { ...base, year: 2025, value: 50, flags: ['estimate' as const] },
    ];
    expect(headlineFigures(records, 'en')).toBe('80% in 2024 → 50% (estimate) in 2025');
    expect(headlineFigures(records, 'vi')).toBe('80% năm 2024 → 50% (ước tính) năm 2025');
  });

  it('lists the first items of a chart by item', () => {
    const records = ['A', 'B', 'C', 'D'].map((name, i) => ({ ...base, label: { en: name, vi: name }, value: i + 1, flags: [] }));
    expect(headlineFigures(records, 'en')).toBe('A: 1% · B: 2% · C: 3% · …');
  });
});
