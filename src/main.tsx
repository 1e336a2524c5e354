import { hydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './dashboard/app';
import { applyTheme, readTheme } from './dashboard/theme';
import { createQueryClient } from './data/loaders/query-client';
import type { Lang } from './data/schema';
import { PRERENDER_CARD_WIDTH } from './prerender-width';
import { PrerenderWidth } from './shared/use-element-width';
import { useDashboardStore } from './state/filter-store';
import { isPrerenderedView } from './state/url-state';
import { startUrlSync } from './state/url-sync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

applyTheme(readTheme());
const pageLang: Lang = document.documentElement.lang === 'vi' ? 'vi' : 'en';
startUrlSync(useDashboardStore, window, pageLang);

// The data the build embedded: the cache starts full, and nothing already here is fetched again.
const queryClient = createQueryClient();
const embedded = document.getElementById('dashboard-data');
if (embedded?.textContent) hydrate(queryClient, JSON.parse(embedded.textContent) as DehydratedState);

const state = useDashboardStore.getState();
const prerendered = embedded !== null && state.notices.length === 0 && isPrerenderedView(state, pageLang);

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PrerenderWidth.Provider value={prerendered ? PRERENDER_CARD_WIDTH : null}>
        <App />
      </PrerenderWidth.Provider>
    </QueryClientProvider>
  </StrictMode>
);

if (prerendered) {
  hydrateRoot(root, app);
} else {
  // The link asks for another view than the one prerendered: draw it afresh, then show the page.
  root.replaceChildren();
  createRoot(root).render(app);
}
requestAnimationFrame(() => document.documentElement.classList.remove('view-pending'));
