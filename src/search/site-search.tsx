/**
 * The search box: in the page's header (or the sticky filter bar, or a chart page's header, by
 * `place`). This is all the first load carries of the search: a labelled combobox input, `/` to
 * reach it, and `?q=` read from the link. The index, MiniSearch and the results list load on the
 * first focus or keystroke (or at once when the link carries `?q=`), never before.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Lang } from '../data/schema';
import { useEarlyInput } from '../shared/use-early-input';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { parseSearchQuery } from '../state/url-state';
import styles from './site-search.module.css';

/** Where the box sits: the dashboard's header or sticky bar (choosing goes to the result on the page), or a chart page (choosing goes to the dashboard). */
export type SearchPlace = 'header' | 'bar' | 'chart-page';

/** What the results list tells the box: whether it is open and which option is active. */
export interface ComboboxState {
  expanded: boolean;
  active: string | undefined;
}

/** Whether a key press was typed into a field (where "/" is a character, not a shortcut). */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const SearchPanel = lazy(() => import('./search-panel').then((m) => ({ default: m.SearchPanel })));

/** The words of the link's `?q=`: none while the page hydrates (the prerendered box is empty), then the link's. */
const noSubscription = () => () => undefined;
const linkQuery = () => parseSearchQuery(window.location.search).q;
const noLinkQuery = () => '';

export function SiteSearch({ place, lang }: { place: SearchPlace; lang: Lang }) {
  const t = MESSAGES[lang].search;
  const id = useId();
  const fromLink = useSyncExternalStore(noSubscription, linkQuery, noLinkQuery);
  const [typed, setQuery] = useState<string | null>(null);
  const query = typed ?? fromLink;
  const [used, setUsed] = useState(false);
  // Text typed before the page hydrated is the reader's query.
  const input = useEarlyInput<HTMLInputElement>(query, (early) => {
    setQuery(early);
    setUsed(true);
  });
  const [combobox, setCombobox] = useState<ComboboxState>({ expanded: false, active: undefined });
  /** The results list's keys (↑, ↓, Enter, Escape): true when it used the key. */
  const keysRef = useRef<((key: string) => boolean) | null>(null);
  const panel = used || fromLink !== '';
  const load = () => setUsed(true);

  // What the link's `q` carried that was read otherwise (`Q=`, a second `q`) is named with the filters' notices.
  useEffect(() => {
    if (place !== 'chart-page') useDashboardStore.getState().addNotices(parseSearchQuery(window.location.search).notices);
  }, [place]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    load();
    if (keysRef.current?.(e.key)) e.preventDefault();
  };

  return (
    <div className={`${styles.search} ${place === 'bar' ? styles.inBar : ''} site-search site-search--${place}`} role="search">
      <label htmlFor={`${id}-input`}>{t.label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={combobox.expanded}
        aria-controls={panel ? `${id}-list` : undefined}
        aria-activedescendant={combobox.active}
        aria-keyshortcuts="/"
        placeholder={t.placeholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={load}
        onKeyDown={onKeyDown}
      />
      {panel && (
        <Suspense fallback={null}>
          <SearchPanel id={id} place={place} lang={lang} query={query} setQuery={setQuery} input={input} keysRef={keysRef} onCombobox={setCombobox} />
        </Suspense>
      )}
    </div>
  );
}
