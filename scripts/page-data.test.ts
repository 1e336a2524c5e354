// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DataIndex, SeriesFile, Source, TimelineEvent } from '../src/data/schema';
import { pageFilesOf, type SiteFiles } from './page-data';

const read = (file: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../data/${file}`, import.meta.url)), 'utf8'));
const index = read('index.json') as DataIndex;
const site: SiteFiles = {
  index,
  series: index.series.map((e) => read(e.file) as SeriesFile),
  events: (read(index.events) as { events: TimelineEvent[] }).events,
  sources: (read(index.sources) as { sources: Source[] }).sources,
};
const filesOf = pageFilesOf(site);

describe('pageFilesOf', () => {
  it('gives the dashboard every file whole', () => {
    expect(filesOf({ page: 'dashboard', series: null })).toEqual({ index: site.index, series: site.series, events: site.events, sources: site.sources });
  });

  it('gives a chart page its own entry and series, the sources its figures cite and the events of its sectors', () => {
    for (const [i, entry] of index.series.entries()) {
      const files = filesOf({ page: 'chart', series: entry.id });
      const series = site.series[i]!;
      expect(files.index).toEqual({ ...index, series: [entry] });
      expect(files.series).toEqual([series]);
      const cited = new Set(series.records.flatMap((r) => r.citations.map((c) => c.source)));
      expect(files.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
      const shown = site.events.filter((e) => e.sectors.some((s) => entry.sectors.includes(s)));
      expect(files.events).toEqual(shown);
    }
  });

  it('gives an embed no events (it shows none)', () => {
    const files = filesOf({ page: 'embed', series: index.series[0]!.id });
    expect(files.events).toBeNull();
    expect(files.series).toHaveLength(1);
  });

  it('does not grow a chart page with the number of series', () => {
    const doubled: SiteFiles = {
      ...site,
      index: { ...index, series: [...index.series, ...index.series.map((e) => ({ ...e, id: `${e.id}-r2`, file: `x/${e.file}` }))] },
      series: [...site.series, ...site.series],
    };
    const id = index.series[0]!.id;
    expect(JSON.stringify(pageFilesOf(doubled)({ page: 'chart', series: id })).length).toBe(JSON.stringify(filesOf({ page: 'chart', series: id })).length);
  });

  it('refuses a series the index does not list', () => {
    expect(() => filesOf({ page: 'chart', series: 'no-such-series' })).toThrow("index.json: no series 'no-such-series' to render a page for");
  });
});
