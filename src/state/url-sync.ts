import { filtersOf, type DashboardStore } from './filter-store';
import type { Lang } from '../data/schema';
import { DEFAULT_FILTERS, parseUrlState, sameFilters, serializeUrlState } from './url-state';

/**
 * Keeps the store and the address bar in step: the link is read at start and on back/forward;
 * each change of filters becomes a history entry, so Back undoes it. Returns a stop function.
 */
export function startUrlSync(
  store: DashboardStore,
  win: Window = window,
  pageLang: Lang = 'en',
  /** What a language needs before it is shown (its words); undefined when nothing. */
  prepareLang: (lang: Lang) => Promise<void> | undefined = () => undefined,
): () => void {
  let applyingUrl = false;
  // A page in another language than the default, opened without one in its link (`/vi/`), shows
  // its own language, and its link says so.
  const given = new URLSearchParams(win.location.search);
  if (pageLang !== DEFAULT_FILTERS.lang && !given.has('lang')) {
    given.set('lang', pageLang);
    win.history.replaceState(win.history.state, '', `${win.location.pathname}?${given.toString()}${win.location.hash}`);
  }

  const readUrl = (notify: boolean) => {
    const { state, notices } = parseUrlState(win.location.search);
    applyingUrl = true;
    store.getState().setFilters(state);
    applyingUrl = false;
    if (notify) store.getState().addNotices(notices);
    return state;
  };

  const writeUrl = (mode: 'push' | 'replace') => {
    const search = serializeUrlState(filtersOf(store.getState()), win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };

  readUrl(true);
  // A link with ignored parts is rewritten to what is actually shown.
  writeUrl('replace');

  const unsubscribe = store.subscribe((next, prev) => {
    if (applyingUrl || sameFilters(filtersOf(next), filtersOf(prev))) return;
    // A change that comes with a notice corrects the link (an unknown event): it replaces, so Back
    // does not return to the broken link.
    writeUrl(next.notices.length > prev.notices.length ? 'replace' : 'push');
  });
  // Back or forward to another language waits for its words, as the language switch does.
  const onPopState = () => {
    const preparing = prepareLang(parseUrlState(win.location.search).state.lang);
    if (!preparing) readUrl(false);
    // Offline, the view stays as it was rather than half in a language it cannot show.
    else void preparing.then(() => readUrl(false), () => undefined);
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
