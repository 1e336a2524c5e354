/**
 * What a chart's page shows beyond its own series: the other charts of its sectors (with their
 * key figure) and the stable addresses of its data, with snippets that read them. The build
 * computes it from the whole site's data and embeds it, so that the page, which embeds only its
 * own series, hydrates with the same markup.
 */
import type { DataIndex, Lang, SeriesFile } from '../data/schema';
import { headlineFigures } from '../i18n/figure-text';
import { absoluteUrl } from '../shared/site-paths';
import { chartDataPaths } from './chart-data-paths';

export interface RelatedChart {
  id: string;
  title: string;
  /** The chart's key figure as a person reads it: "80% in 2024 → 50% (estimate) in 2025". */
  figure: string;
}

export interface ChartPageExtras {
  related: RelatedChart[];
  /** Absolute addresses of the chart's data files. */
  csvUrl: string;
  jsonUrl: string;
}

/** The query the extras of a chart's page are cached under. */
export const chartPageExtrasKey = (seriesId: string, lang: Lang) => ['chart-page-extras', seriesId, lang] as const;


/**
 * At most this many related charts: a page's size stays bounded (the build linear in the data)
 * however many charts a sector holds.
 */
export const RELATED_MAX = 12;

/**
 * The other charts that share a sector with `seriesId`, in the index's order: first those whose
 * first sector is the chart's first sector (its section on the dashboard), then the others; at
 * most `RELATED_MAX`.
 */
export function relatedCharts(entries: DataIndex['series'], series: readonly SeriesFile[], seriesId: string, lang: Lang): RelatedChart[] {
  const own = entries.find((e) => e.id === seriesId);
  if (!own) return [];
  const files = new Map(series.map((s) => [s.id, s]));
  const sharing = entries.filter((e) => e.id !== seriesId && e.sectors.some((s) => own.sectors.includes(s)));
  const sameSection = sharing.filter((e) => e.sectors[0] === own.sectors[0]);
  const others = sharing.filter((e) => e.sectors[0] !== own.sectors[0]);
  return [...sameSection, ...others].slice(0, RELATED_MAX).flatMap((e) => {
    const file = files.get(e.id);
    return file ? [{ id: e.id, title: e.title[lang], figure: headlineFigures(file.records, lang) }] : [];
  });
}

export function chartPageExtras(entries: DataIndex['series'], series: readonly SeriesFile[], seriesId: string, lang: Lang, siteUrl: string): ChartPageExtras {
  const paths = chartDataPaths(seriesId);
  return { related: relatedCharts(entries, series, seriesId, lang), csvUrl: absoluteUrl(siteUrl, paths.csv), jsonUrl: absoluteUrl(siteUrl, paths.json) };
}

/** A string literal in Python or R: the address is data, never code (JSON's escapes are valid in both). */
const literal = (text: string) => JSON.stringify(text);

/** Three lines of Python that load the chart's CSV with pandas and show it. */
export const pythonSnippet = (csvUrl: string) => `import pandas as pd\ndf = pd.read_csv(${literal(csvUrl)}, encoding="utf-8-sig")\nprint(df[["year", "label", "value", "unit", "flags", "source"]])`;

/** Three lines of R that load the chart's CSV and show it. */
export const rSnippet = (csvUrl: string) => `url <- ${literal(csvUrl)}\ndf <- read.csv(url, fileEncoding = "UTF-8-BOM")\nprint(df[, c("year", "label", "value", "unit", "flags", "source")])`;
