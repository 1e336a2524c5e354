import { hydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { applyTheme, readTheme } from './dashboard/theme';
import { createQueryClient } from './data/loaders/query-client';
import type { Lang } from './data/schema';
import { reportEmbedSize } from './pages/embed-size';
import { readPageInfo } from './pages/page-info';
import { PageRoot } from './pages/page-root';
import { PRERENDER_CARD_WIDTH } from './prerender-width';
import { markHydrated, PrerenderWidth } from './shared/use-element-width';
import { useDashboardStore } from './state/filter-store';
import { isPrerenderedView } from './state/url-state';
import { startUrlSync } from './state/url-sync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

applyTheme(readTheme());
const pageLang: Lang = document.documentElement.lang === 'vi' ? 'vi' : 'en';
const page = readPageInfo(document.documentElement);
// Only the dashboard keeps its filters in the link; a chart's page is the same whatever its query.
if (page.page === 'dashboard') startUrlSync(useDashboardStore, window, pageLang);
if (page.page === 'embed' && page.series !== null) reportEmbedSize(window, page.series);

// The data the build embedded: the cache starts full, and nothing already here is fetched again.
const queryClient = createQueryClient();
const embedded = document.getElementById('dashboard-data');
if (embedded?.textContent) hydrate(queryClient, JSON.parse(embedded.textContent) as DehydratedState);

const state = useDashboardStore.getState();
const prerendered = embedded !== null && (page.page !== 'dashboard' || (state.notices.length === 0 && isPrerenderedView(state, pageLang)));

// The same tree the build rendered for this page, so that hydration finds it as it is.
const tree = <PageRoot info={page} lang={pageLang} />;

/**
 * Marks the root's first commit (hydration done): outermost, its effect runs after the page's own.
 * A wrapper, not a sibling: a sibling would change the ids useId gives, and so the prerendered ones.
 */
function MarkInteractive({ children }: { children: ReactNode }) {
  useEffect(() => {
    markHydrated();
    performance.mark('dashboard-interactive');
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PrerenderWidth.Provider value={prerendered ? PRERENDER_CARD_WIDTH : null}>
        {tree}
      </PrerenderWidth.Provider>
    </QueryClientProvider>
  </StrictMode>
);

if (prerendered) {
  hydrateRoot(root, <MarkInteractive>{app}</MarkInteractive>);
} else {
  // The link asks for another view than the one prerendered: draw it afresh, then show the page.
  root.replaceChildren();
  createRoot(root).render(<MarkInteractive>{app}</MarkInteractive>);
}
requestAnimationFrame(() => document.documentElement.classList.remove('view-pending'));
