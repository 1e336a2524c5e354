import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataIndex, SectorId } from '../data/schema';
import { loadMessages } from '../i18n/messages';
import { makeRecord, makeSeries } from '../test-support/fixtures';
import { chartPageExtras, pythonSnippet, RELATED_MAX, relatedCharts, rSnippet } from './chart-page-extras';

await Promise.all([loadMessages('en'), loadMessages('vi')]);

type Entry = DataIndex['series'][number];
const entry = (id: string, sectors: SectorId[]): Entry => ({ id, file: `series/${id}.json`, title: { en: `Title ${id}`, vi: `Tiêu đề ${id}` }, sectors });
const seriesOf = (e: Entry, value = 10) => makeSeries([makeRecord({ series: e.id, year: 2024, value })], { id: e.id, title: e.title, sectors: e.sectors });

describe('relatedCharts', () => {
  const entries = [
    entry('own', ['semiconductors', 'ai']),
    entry('other-ev', ['ev']),
    entry('ai-first', ['ai', 'semiconductors']),
    entry('chips', ['semiconductors']),
    entry('policy-chips', ['policy', 'semiconductors']),
  ];
  const files = entries.map((e, i) => seriesOf(e, i * 10 + 5));

  it('lists the other charts of its sectors, those of its own section first, each with its key figure', () => {
    const related = relatedCharts(entries, files, 'own', 'en');
    expect(related.map((r) => r.id)).toEqual(['chips', 'ai-first', 'policy-chips']);
    expect(related[0]).toEqual({ id: 'chips', title: 'Title chips', figure: '35% in 2024' });
  });

  it('names them in the page’s language', () => {
    expect(relatedCharts(entries, files, 'own', 'vi').map((r) => r.title)).toEqual(['Tiêu đề chips', 'Tiêu đề ai-first', 'Tiêu đề policy-chips']);
  });

  it('lists nothing for a chart not in the index, and never the chart itself', () => {
    expect(relatedCharts(entries, files, 'missing', 'en')).toEqual([]);
    const sectors = fc.subarray(['ai', 'semiconductors', 'ev', 'policy'] as SectorId[], { minLength: 1 });
    fc.assert(
      fc.property(fc.array(sectors, { minLength: 1, maxLength: 8 }), (lists) => {
        const es = lists.map((s, i) => entry(`s${i}`, s));
        const related = relatedCharts(es, es.map((e) => seriesOf(e)), 's0', 'en');
        const expected = es.filter((e) => e.id !== 's0' && e.sectors.some((s) => es[0]!.sectors.includes(s))).map((e) => e.id);
        expect(related.map((r) => r.id).sort()).toEqual(expected.sort());
      }),
    );
  });

  it('lists at most RELATED_MAX, those of its own section first, however many share its sectors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (same, other) => {
        const es = [entry('own', ['ev', 'ai']), ...Array.from({ length: other }, (_, i) => entry(`o${i}`, ['ai'])), ...Array.from({ length: same }, (_, i) => entry(`s${i}`, ['ev']))];
        const related = relatedCharts(es, es.map((e) => seriesOf(e)), 'own', 'en');
        expect(related).toHaveLength(Math.min(RELATED_MAX, same + other));
        expect(related.slice(0, Math.min(same, RELATED_MAX)).every((r) => r.id.startsWith('s'))).toBe(true);
      }),
    );
  });
});

describe('the data addresses and snippets', () => {
  it('are absolute addresses under the site’s, with or without its final slash, the same in both languages', () => {
    for (const site of ['https://example.org/tech/', 'https://example.org/tech']) {
      for (const lang of ['en', 'vi'] as const) {
        const extras = chartPageExtras([entry('own', ['ai'])], [], 'own', lang, site);
        expect(extras.csvUrl).toBe('https://example.org/tech/charts/own/data.csv');
        expect(extras.jsonUrl).toBe('https://example.org/tech/charts/own/data.json');
      }
    }
  });

  it('are three lines each, the address a string literal whatever it holds', () => {
    const url = 'https://example.org/a"b\\c/charts/x/data.csv';
    for (const snippet of [pythonSnippet(url), rSnippet(url)]) {
      expect(snippet.split('\n')).toHaveLength(3);
      expect(snippet).toContain(JSON.stringify(url));
    }
    expect(pythonSnippet(url)).toContain('pd.read_csv(');
    expect(rSnippet(url)).toContain('read.csv(');
  });
});
