/**
 * The dashboard's default view rendered to HTML at build time (`scripts/prerender.ts`), from the
 * same components and data files the page uses, with the query cache the page hydrates from.
 */
import { dehydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from './dashboard/app';
import { eventsApi } from './data/loaders/events-loader';
import { INDEX_FILE, indexApi } from './data/loaders/index-loader';
import { createQueryClient } from './data/loaders/query-client';
import { seriesApi } from './data/loaders/series-loader';
import { sourcesApi } from './data/loaders/sources-loader';
import type { Lang } from './data/schema';
import { MESSAGES } from './i18n/messages';
import { PRERENDER_CARD_WIDTH } from './prerender-width';
import { PrerenderWidth } from './shared/use-element-width';
import { DEFAULT_FILTERS } from './state/url-state';
import { useDashboardStore } from './state/filter-store';


export interface PrerenderedView {
  html: string;
  title: string;
  /** The query cache, for the page to hydrate from without fetching. */
  data: DehydratedState;
}

/** Renders the default view in `lang`; `readJson` reads a file of `data/` (validated here, as the page would). */
export function renderDefaultView(lang: Lang, readJson: (file: string) => unknown): PrerenderedView {
  const queryClient = createQueryClient();
  const index = indexApi.fromJson(INDEX_FILE, readJson(INDEX_FILE));
  queryClient.setQueryData(indexApi.queryOptions(INDEX_FILE).queryKey, index);
  queryClient.setQueryData(eventsApi.queryOptions(index.events).queryKey, eventsApi.fromJson(index.events, readJson(index.events)));
  queryClient.setQueryData(sourcesApi.queryOptions(index.sources).queryKey, sourcesApi.fromJson(index.sources, readJson(index.sources)));
  for (const entry of index.series) {
    queryClient.setQueryData(seriesApi.queryOptions(entry.file).queryKey, seriesApi.fromJson(entry.file, readJson(entry.file)));
  }
  useDashboardStore.setState({ ...DEFAULT_FILTERS, lang, notices: [] });
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <PrerenderWidth.Provider value={PRERENDER_CARD_WIDTH}>
        <App />
      </PrerenderWidth.Provider>
    </QueryClientProvider>,
  );
  return { html, title: MESSAGES[lang].documentTitle, data: dehydrate(queryClient) };
}
