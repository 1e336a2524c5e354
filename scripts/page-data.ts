/**
 * What a prerendered page embeds for the browser to hydrate from: only what the page reads. The
 * dashboard reads every file whole. A chart's page reads the index's entry of its series (and the
 * names of the sources and events files), its series, the sources its figures cite and the
 * events of its sectors; an embed the same without the events. So a chart page's size does not
 * grow with the number of series, and the build grows linearly with them.
 */
import { matchesSectors } from '../src/dashboard/select';
import type { DataIndex, SeriesFile, Source, TimelineEvent } from '../src/data/schema';
import type { PageInfo } from '../src/pages/page-info';

export interface SiteFiles {
  index: DataIndex;
  series: SeriesFile[];
  events: TimelineEvent[];
  sources: Source[];
}

export interface PageFiles {
  index: DataIndex;
  series: SeriesFile[];
  /** Null where the page does not read the events file (an embed). */
  events: TimelineEvent[] | null;
  sources: Source[];
}

/** The files of each page of `site`: its series and index entries looked up by id once, for a build that asks for every page. */
export function pageFilesOf(site: SiteFiles): (info: PageInfo) => PageFiles {
  const entries = new Map(site.index.series.map((e) => [e.id, e]));
  const series = new Map(site.index.series.map((e, i) => [e.id, site.series[i]]));
  return (info) => {
    if (info.page === 'dashboard' || info.series === null) return { index: site.index, series: site.series, events: site.events, sources: site.sources };
    const entry = entries.get(info.series);
    const file = series.get(info.series);
    if (!entry || !file) throw new Error(`index.json: no series '${info.series}' to render a page for`);
    const cited = new Set(file.records.flatMap((r) => r.citations.map((c) => c.source)));
    return {
      index: { ...site.index, series: [entry] },
      series: [file],
      events: info.page === 'chart' ? site.events.filter((e) => matchesSectors(e.sectors, entry.sectors)) : null,
      sources: site.sources.filter((s) => cited.has(s.id)),
    };
  };
}
