/**
 * The site's pages rendered to HTML at build time (`scripts/prerender.ts`): the dashboard's
 * default view and each chart's page and embed, from the same components and data files the
 * page uses, with the query cache the page hydrates from.
 */
import { dehydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { eventsApi } from './data/loaders/events-loader';
import { INDEX_FILE, indexApi } from './data/loaders/index-loader';
import { seedFiles } from './data/loaders/file-store';
import { createQueryClient } from './data/loaders/query-client';
import { fromJson } from './data/loaders/read-data-file';
import { seriesApi } from './data/loaders/series-loader';
import { sourcesApi } from './data/loaders/sources-loader';
import type { Lang } from './data/schema';
import { visibleEvents } from './dashboard/select';
import { allFiguresCsv } from './export/csv';
import type { MeasureText } from './export/export-layout';
import { chartExportInput } from './export/export-input';
import { ExportFrame, layoutFor, setMeasureOutsideBrowser } from './export/render-svg';
import { eventsCsv, TIMELINE_SLIDE_LAYOUT_WIDTH, timelineExportLayout, timelineFrame } from './export/timeline-export';
import { headlineFigures, sourceLine } from './i18n/figure-text';
import { timelineDomain } from './timeline/timeline-domain';
import { loadMessages, MESSAGES } from './i18n/messages';
import { PAGE_MESSAGES } from './i18n/page-messages';
import type { PageInfo } from './pages/page-info';
import { App } from './dashboard/app';
import { ChartPage } from './pages/chart-page';
import { chartDataFiles } from './pages/chart-data-files';
import { chartPageExtras, chartPageExtrasKey, type ChartPageExtras } from './pages/chart-page-extras';
import { PageRoot } from './pages/page-root';
import { PRERENDER_CARD_WIDTH } from './prerender-width';
import { releaseDeferredSections } from './shared/deferred-section';
import { PrerenderWidth } from './shared/use-element-width';
import { DEFAULT_FILTERS } from './state/url-state';
import { useDashboardStore } from './state/filter-store';
import { LANGS } from './data/ids';
import type { PageFiles } from '../scripts/page-data';

// The build writes every language.
await Promise.all(LANGS.map(loadMessages));

export interface PrerenderedView {
  html: string;
  title: string;
  siteName: string;
  /** The query cache, for the page to hydrate from without fetching. */
  data: DehydratedState;
}

/**
 * Renders a page in `lang` from the site's data (`readSiteData`, validated as the page would), with
 * only the data the page reads in its cache (`files`, from `pageFilesOf`): what it embeds.
 */
export async function renderPage(lang: Lang, info: PageInfo, files: PageFiles, extras?: ChartPageExtras): Promise<PrerenderedView> {
  releaseDeferredSections();
  const queryClient = createQueryClient();
  // A chart's page: its related charts and data addresses, from the whole site's data.
  if (extras && info.series !== null) queryClient.setQueryData(chartPageExtrasKey(info.series, lang), extras);
  const { index } = files;
  queryClient.setQueryData(indexApi.queryOptions(INDEX_FILE).queryKey, index);
  if (files.events) queryClient.setQueryData(eventsApi.queryOptions(index.events).queryKey, files.events);
  queryClient.setQueryData(sourcesApi.queryOptions(index.sources).queryKey, files.sources);
  const entries = index.series;
  if (entries.length !== files.series.length) throw new Error(`${INDEX_FILE}: ${entries.length} series listed for the page, ${files.series.length} given`);
  entries.forEach((entry, i) => queryClient.setQueryData(seriesApi.queryOptions(entry.file).queryKey, files.series[i]));
  // What the page embeds is what its components read, as they will in the browser.
  seedFiles(dehydrate(queryClient));
  useDashboardStore.setState({ ...DEFAULT_FILTERS, lang, notices: [] });
  // `prerender` waits for every section, the deferred ones included, and writes them whole.
  const { prelude } = await prerender(
    <QueryClientProvider client={queryClient}>
      <PrerenderWidth.Provider value={PRERENDER_CARD_WIDTH}>
        <PageRoot info={info} lang={lang} views={{ App, ChartPage }} />
      </PrerenderWidth.Provider>
    </QueryClientProvider>,
    // One piece: a section written apart would need an inline script to put it in place.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  const title = entries[0] && info.series !== null ? PAGE_MESSAGES[lang].chartPageOf(entries[0].title[lang]) : MESSAGES[lang].documentTitle;
  return { html, title, siteName: MESSAGES[lang].appTitle, data: dehydrate(queryClient) };
}

/** The data files read and validated as the page reads them, for the build's other outputs. */
export function readSiteData(readJson: (file: string) => unknown) {
  const index = fromJson(indexApi, INDEX_FILE, readJson(INDEX_FILE));
  return {
    index,
    series: index.series.map((e) => fromJson(seriesApi, e.file, readJson(e.file))),
    events: fromJson(eventsApi, index.events, readJson(index.events)),
    sources: fromJson(sourcesApi, index.sources, readJson(index.sources)),
  };
}

export type SiteData = ReturnType<typeof readSiteData>;

/** What a chart's page shows beyond its series (related charts, data addresses), for `renderPage`. */
export const chartPageExtrasOf = (data: SiteData, lang: Lang, seriesId: string, siteUrl: string): ChartPageExtras =>
  chartPageExtras(data.index.series, data.series, seriesId, lang, siteUrl);

/** A chart's data files (`charts/<id>/data.csv` and `data.json`). */
export { chartDataFiles };

/** Every figure and every event as CSV, in `lang`, for "Download all data". */
export function downloadFiles(data: SiteData, lang: Lang): { figures: string; events: string } {
  return { figures: allFiguresCsv(data.series, data.sources, lang), events: eventsCsv(data.events, data.sources, lang) };
}

/** A page's description for link previews: a chart's headline figures, or the dashboard's subtitle. */
export function pageDescription(data: SiteData, lang: Lang, seriesId: string | null): string {
  const series = data.series.find((s) => s.id === seriesId);
  return series ? `${headlineFigures(series.records, lang)}. ${series.subtitle[lang]}` : MESSAGES[lang].appSubtitle;
}

/**
 * The social card of a page as SVG, 1200×630, in the export's own layout: a chart's title,
 * chart, flags and source line; for the dashboard, its title over the timeline.
 */
export function socialCardSvg(data: SiteData, lang: Lang, seriesId: string | null, pageUrl: string, measure: MeasureText): string {
  setMeasureOutsideBrowser(measure);
  const t = MESSAGES[lang];
  const series = data.series.find((s) => s.id === seriesId);
  if (series) {
    const input = chartExportInput({ series, records: series.records, sources: data.sources, lang, filters: DEFAULT_FILTERS, link: pageUrl, rule: undefined, cardWidth: PRERENDER_CARD_WIDTH });
    // No filters to name on a chart's own page: its source and its address.
    const footer = [sourceLine(series.records, data.sources, lang), `${t.linkLabel}: ${pageUrl}`];
    const social = { ...input, footer };
    return renderToStaticMarkup(<ExportFrame input={social} layout={layoutFor(social, 'social')} />);
  }
  const events = visibleEvents(data.events, { sectors: [], from: null, to: null });
  const timeline = {
    events,
    domain: timelineDomain(events, null, null),
    selectedId: null,
    lang,
    title: t.appTitle,
    subtitle: t.appSubtitle,
    footer: [PAGE_MESSAGES[lang].socialFooter(data.series.length, events.length), pageUrl],
    cardWidth: TIMELINE_SLIDE_LAYOUT_WIDTH,
  };
  return renderToStaticMarkup(timelineFrame(timeline, timelineExportLayout(timeline, 'social')));
}
