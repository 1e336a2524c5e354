import { filtersOf, type DashboardStore } from './filter-store';
import type { Lang } from '../data/schema';
import { DEFAULT_FILTERS, parseUrlState, sameFilters, serializeUrlState, type FilterState } from './url-state';

/**
 * Runs `write` in a task of its own, after the one that made the change: a posted message, queued
 * before the render React defers (its scheduler posts messages too, later), so that the link
 * follows the click at once rather than after every chart is drawn again.
 */
function inNextTask(): { later: (write: () => void) => void; close: () => void } {
  const channel = new MessageChannel();
  return {
    later: (write) => {
      channel.port1.onmessage = write;
      channel.port2.postMessage(0);
    },
    close: () => channel.port1.close(),
  };
}

/**
 * Keeps the store and the address bar in step: the link is read at start and on back/forward;
 * each change of filters becomes a history entry, so Back undoes it. Returns a stop function.
 *
 * A change is written to the link in the task after it (`writeLater`), in order, one entry each: a
 * history entry takes Chromium a few ms to write, which the click that filters need not wait for.
 */
export interface UrlSyncOptions {
  /** Runs a write to the link; by default in the task after the change. */
  writeLater?: (write: () => void) => void;
  /** What a language needs before it is shown (its words); undefined when nothing. */
  prepareLang?: (lang: Lang) => Promise<void> | undefined;
}

export function startUrlSync(store: DashboardStore, win: Window = window, pageLang: Lang = 'en', { writeLater, prepareLang = () => undefined }: UrlSyncOptions = {}): () => void {
  const task = writeLater ? { later: writeLater, close: () => undefined } : inNextTask();
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

  const writeUrl = (mode: 'push' | 'replace', filters: FilterState = filtersOf(store.getState())) => {
    const search = serializeUrlState(filters, win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };

  readUrl(true);
  // A link with ignored parts is rewritten to what is actually shown.
  writeUrl('replace');

  // The changes not yet in the link, each with the filters it left.
  let pending: { mode: 'push' | 'replace'; filters: FilterState }[] = [];
  const flush = () => {
    const writes = pending;
    pending = [];
    for (const w of writes) writeUrl(w.mode, w.filters);
  };
  const unsubscribe = store.subscribe((next, prev) => {
    if (applyingUrl || sameFilters(filtersOf(next), filtersOf(prev))) return;
    // A change that comes with a notice corrects the link (an unknown event): it replaces, so Back
    // does not return to the broken link.
    pending.push({ mode: next.notices.length > prev.notices.length ? 'replace' : 'push', filters: filtersOf(next) });
    if (pending.length === 1) task.later(flush);
  });
  // Back or forward: the link the reader went to wins over changes not yet written.
  // Back or forward to another language waits for its words, as the language switch does;
  // offline, the view stays as it was rather than half in a language it cannot show.
  const onPopState = () => {
    pending = [];
    const preparing = prepareLang(parseUrlState(win.location.search).state.lang);
    if (!preparing) readUrl(false);
    else void preparing.then(() => readUrl(false), () => undefined);
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    flush();
    task.close();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
