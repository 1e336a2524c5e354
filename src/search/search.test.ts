import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataIndex, EventsFile, SeriesFile, SourcesFile, type Lang } from '../data/schema';
import { buildSearchIndex, synonymGroups } from '../../scripts/search-index';
import { loadMessages } from '../i18n/messages';
import { searchDocuments } from './documents';
import { loadEngine, runSearch, type SearchEngine, type ViewFilters } from './engine';
import { markedParts } from './highlight';

/** The real data, indexed as the build indexes it, and read back as the page reads it. */
const read = (file: string): unknown => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
let engine: SearchEngine;
const ALL: ViewFilters = { sectors: [], from: null, to: null };

beforeAll(async () => {
  await loadMessages('en');
  await loadMessages('vi');
  const index = DataIndex.parse(read('index.json'));
  const data = {
    series: index.series.map((e) => SeriesFile.parse(read(e.file))),
    events: EventsFile.parse(read(index.events)).events,
    sources: SourcesFile.parse(read(index.sources)).sources,
  };
  const file = buildSearchIndex(searchDocuments(data), synonymGroups(readFileSync('src/i18n/GLOSSARY.md', 'utf8')));
  engine = loadEngine(JSON.parse(JSON.stringify(file)));
});

const ids = (text: string, lang: Lang = 'en', filters = ALL) => runSearch(engine, text, lang, filters, 100).groups.flatMap((g) => g.hits.map((h) => h.doc.id));

describe('the search over the real data', () => {
  it('finds the Huawei charts and events by name, in any case, and as it is typed', () => {
    const huawei = ids('huawei');
    expect(huawei).toEqual(expect.arrayContaining(['event:huawei-processor-2019', 'event:huawei-mate-60-pro']));
    expect(huawei.some((id) => id.startsWith('chart:'))).toBe(true);
    expect(ids('HUAWEI')).toEqual(huawei);
    expect(ids('hua')).toEqual(expect.arrayContaining(['event:huawei-processor-2019', 'event:huawei-mate-60-pro']));
  });

  it('forgives one typo in a word of five letters or more: a letter wrong, or two swapped', () => {
    expect(ids('hauwei')).toEqual(expect.arrayContaining(['event:huawei-processor-2019', 'event:huawei-mate-60-pro']));
    expect(ids('huawel')).toEqual(expect.arrayContaining(['event:huawei-mate-60-pro']));
    // Not in a short word: "smuc" is not SMIC.
    expect(ids('smuc')).toEqual([]);
  });

  it('folds Vietnamese tones and marks: "luong van phong" finds his meeting with Xi on the Vietnamese page', () => {
    for (const text of ['luong van phong', 'Luong Van Phong', 'Lương Văn Phong']) expect(ids(text, 'vi')).toContain('event:liang-wenfeng-meets-xi');
    expect(ids('Tập Cận Bình', 'vi')).toEqual(ids('tap can binh', 'vi'));
  });

  it('reads a number as written in either language: "7 nm" and "7nm" find the process-node chart', () => {
    expect(ids('7 nm')).toContain('chart:process-node');
    expect(ids('7nm')).toEqual(ids('7 nm'));
    expect(ids('7 nm', 'vi')).toContain('chart:process-node');
  });

  it('knows the glossary synonyms: EV, electric vehicles and xe điện find the same charts', () => {
    const ev = ids('EV').filter((id) => id.startsWith('chart:'));
    expect(ev.length).toBeGreaterThan(0);
    expect(ids('xe điện').filter((id) => id.startsWith('chart:'))).toEqual(expect.arrayContaining(ev));
    expect(ids('electric vehicles').filter((id) => id.startsWith('chart:'))).toEqual(expect.arrayContaining(ev));
  });

  it('counts what the filters hide instead of changing them', () => {
    const all = runSearch(engine, 'huawei', 'en', ALL);
    const ships = runSearch(engine, 'huawei', 'en', { sectors: ['shipbuilding'], from: null, to: null });
    expect(ships.hidden).toBeGreaterThan(0);
    expect(ships.shown + ships.hidden).toBe(all.shown + all.hidden);
  });

  it('finds nothing for words the data does not have, and nothing for no words', () => {
    expect(ids('zzqxv')).toEqual([]);
    expect(runSearch(engine, '  — ', 'en', ALL).shown).toBe(0);
  });

  it('marks the matched words of what a result shows', () => {
    const hit = runSearch(engine, 'huawei', 'en', ALL).groups.find((g) => g.kind === 'event')?.hits[0];
    expect(hit).toBeDefined();
    const parts = markedParts(hit!.doc.title.en, hit!.terms);
    expect(parts.filter((p) => p.marked).map((p) => p.text.toLowerCase())).toContain('huawei');
  });
});
