import { describe, expect, it } from 'vitest';
import type { Source, ValueRecord } from '../data/schema';
import { citedSourceIds, sourceLine } from './source-line';

function rec(sources: string[]): ValueRecord {
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
    expect(citedSourceIds([rec(['ft', 'reuters']), rec(['reuters']), rec(['x', 'ft'])])).toEqual(['ft', 'reuters', 'x']);
  });

  it('is empty without records', () => {
    expect(citedSourceIds([])).toEqual([]);
  });
});

describe('sourceLine', () => {
  it('names the publication and date of the source', () => {
    expect(sourceLine([rec(['reuters'])], sources, 'en')).toBe('Source: Reuters Breakingviews, 2025-01-24');
  });

  it('marks an approximate date and joins several sources with semicolons', () => {
    expect(sourceLine([rec(['reuters']), rec(['ft'])], sources, 'en')).toBe(
      'Source: Reuters Breakingviews, 2025-01-24; Financial Times, ~2025-01-31',
    );
  });

  it('does not name sources that are not cited', () => {
    expect(sourceLine([rec(['ft'])], sources, 'en')).not.toContain('Unused');
  });

  it('falls back to the id when the source is unknown or the sources are not loaded yet', () => {
    expect(sourceLine([rec(['nowhere'])], sources, 'en')).toBe('Source: nowhere');
    expect(sourceLine([rec(['reuters', 'ft'])], undefined, 'en')).toBe('Source: reuters; ft');
  });

  it('writes the word in Vietnamese', () => {
    expect(sourceLine([rec(['reuters'])], sources, 'vi')).toBe('Nguồn: Reuters Breakingviews, 2025-01-24');
  });
});
