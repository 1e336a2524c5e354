import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { applyTheme, readTheme } from './dashboard/theme';
import { loadMessages, messagesLoaded } from './i18n/messages';
import { seedFiles } from './data/loaders/file-store';
import { readPageData } from './data/loaders/page-data';
import { chartPageQueries } from './pages/chart-page-queries';
import type { Lang } from './data/schema';
import { reportEmbedSize } from './pages/embed-size';
import { readPageInfo } from './pages/page-info';
import { loadPageView, PageRoot } from './pages/page-root';
import { PRERENDER_CARD_WIDTH } from './prerender-width';
import { isChunkLoadError, watchPreloadErrors } from './shared/chunk-error';
import { releaseDeferredSections } from './shared/deferred-section';
import { hydrateParts, openAllGates, openGate, shutGateIds, shutGates, watchGates } from './shared/hydration-gate';
import { PrerenderWidth } from './shared/use-element-width';
import { useDashboardStore } from './state/filter-store';
import { isPrerenderedView } from './state/url-state';
import { startUrlSync } from './state/url-sync';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

// A chunk Vite could not preload (the site was deployed again since this page loaded) is told
// apart, so that the part that asked for it offers a reload rather than a bare error.
watchPreloadErrors(window);
applyTheme(readTheme());
const pageLang: Lang = document.documentElement.lang === 'vi' ? 'vi' : 'en';
const page = readPageInfo(document.documentElement);
// Only the dashboard keeps its filters in the link; a chart's page is the same whatever its query.
if (page.page === 'dashboard') startUrlSync(useDashboardStore, window, pageLang, { prepareLang: (lang) => (messagesLoaded(lang) ? undefined : loadMessages(lang)) });
if (page.page === 'embed' && page.series !== null) reportEmbedSize(window, page.series);

// The data the page was built from, in a file of its own that the page preloads: read once, and
// nothing in it is fetched again. The query library loads only with a file the page does not
// have; a chart's page, which runs a query of its own (its related charts), has it from the start.
const embedded = await readPageData(document.getElementById('dashboard-data'));
if (embedded) seedFiles(embedded);
const queryProvider = page.page === 'dashboard' ? null : chartPageQueries();

const state = useDashboardStore.getState();
// The words of the page's language, and of the one its link asks for, before anything renders.
await Promise.all([loadMessages(pageLang), loadMessages(state.lang)]);
const prerendered = embedded !== null && (page.page !== 'dashboard' || (state.notices.length === 0 && isPrerenderedView(state, pageLang)));

// The same tree the build rendered for this page, so that hydration finds it as it is.
const tree = <PageRoot info={page} lang={pageLang} views={await loadPageView(page)} />;
const QueryProvider = await queryProvider;

/**
 * Marks the root's first commit (hydration done): outermost, its effect runs after the page's own.
 * A wrapper, not a sibling: a sibling would change the ids useId gives, and so the prerendered ones.
 */
function MarkInteractive({ children }: { children: ReactNode }) {
  useEffect(() => {
    performance.mark('dashboard-interactive');
    // Replayed after React has finished this commit, so that a part a click reaches hydrates within it.
    setTimeout(() => window.dashboardReplayEarlyClicks?.(), 0);
    releaseWhenIdleOrNear();
    if (prerendered) openGatesWhenNearOrIdle();
  }, []);
  return children;
}

/**
 * The module that finds the cards an event select redraws: the cards' own (they read the rule with
 * it), so not in the first load, but fetched once the page is idle, so that the reader's first
 * select does not wait for it.
 */
const loadSelectedRule = () => import('./dashboard/selected-rule');

/**
 * The parts of the page hydrate one by one: a part nearing the viewport at once, the others when
 * the browser is idle, in page order, so that no long task holds the main thread.
 */
function openGatesWhenNearOrIdle() {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const id = entry.target.getAttribute('data-gate');
        if (!entry.isIntersecting || id === null) continue;
        observer.unobserve(entry.target);
        openGate(id);
      }
    },
    { rootMargin: '50% 0px' },
  );
  for (const part of document.querySelectorAll('[data-gate]')) observer.observe(part);
  const idle = (next: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(next, { timeout: 3000 }) : setTimeout(next, 50));
  // Should it fail (a deploy since the page loaded), the select that needs it says so.
  idle(() => void loadSelectedRule().catch(() => undefined));
  const openNext = () => {
    const [id] = shutGateIds();
    if (id === undefined) {
      observer.disconnect();
      return;
    }
    openGate(id);
    idle(openNext);
  };
  idle(openNext);
}

/**
 * The sections below the cards load once the page is idle, or sooner when the reader reaches
 * one (or the browser restored a scroll position beside it).
 */
function releaseWhenIdleOrNear() {
  if ('requestIdleCallback' in window) requestIdleCallback(releaseDeferredSections, { timeout: 2000 });
  else setTimeout(releaseDeferredSections, 200);
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      releaseDeferredSections();
    },
    { rootMargin: '100% 0px' },
  );
  for (const section of document.querySelectorAll('.timeline-section')) observer.observe(section);
}

/**
 * A prerendered part whose code did not arrive is drawn afresh, and its boundary asks for a
 * reload there: not an error of the page. Anything else is reported as React does by default.
 */
function onRecoverableError(error: unknown) {
  if (isChunkLoadError(error) || (error instanceof Error && isChunkLoadError(error.cause))) return;
  reportError(error);
}

const withWidth = <PrerenderWidth.Provider value={prerendered ? PRERENDER_CARD_WIDTH : null}>{tree}</PrerenderWidth.Provider>;
const app = <StrictMode>{QueryProvider ? <QueryProvider>{withWidth}</QueryProvider> : withWidth}</StrictMode>;

if (prerendered) {
  // The cards, the timeline and the sources hydrate when needed (src/shared/hydration-gate.tsx);
  // the header and the controls at once. A filter that changes what the parts show opens them all
  // first (a sector filter only hides cards, which their frames do). An event select opens the
  // timeline's, and hydrates at once only the cards it draws differently: a card reads the rule and
  // its "Moved by" from the store.
  shutGates();
  watchGates(document, releaseDeferredSections);
  // React DOM's hydration root has `unstable_scheduleHydration`; its types leave it out.
  let hydrationRoot: (ReturnType<typeof hydrateRoot> & { unstable_scheduleHydration?: (target: Element) => void }) | undefined;
  useDashboardStore.subscribe((s, prev) => {
    if (s.from !== prev.from || s.to !== prev.to || s.lang !== prev.lang) openAllGates();
    else if (s.event !== prev.event) {
      openGate('timeline');
      // The cards not yet hydrated that the selection draws differently (a rule on a chart the
      // build drew, a "Moved by") hydrate first, so that it shows there at once; no other.
      // The module that finds them is the cards' own (they read the rule with it): loaded with the first card's code, not before.
      void loadSelectedRule().then(({ cardsAnEventRedraws }) => {
        const redrawn = cardsAnEventRedraws(prev.event, s.event, s.from, s.to);
        const which = (id: string, part: Element) => redrawn.get(id) === 'moved' || (redrawn.get(id) === 'rule' && part.querySelector('svg') !== null);
        hydrateParts(document, (part) => hydrationRoot?.unstable_scheduleHydration?.(part), which);
      }, reportError);
    }
  });
  // In a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread for the whole page; input that arrives meanwhile hydrates its target first.
  startTransition(() => {
    hydrationRoot = hydrateRoot(root, <MarkInteractive>{app}</MarkInteractive>, { onRecoverableError });
  });
} else {
  // The link asks for another view than the one prerendered: draw it afresh, then show the page.
  releaseDeferredSections();
  root.replaceChildren();
  createRoot(root).render(<MarkInteractive>{app}</MarkInteractive>);
}
requestAnimationFrame(() => document.documentElement.classList.remove('view-pending'));
