/**
 * The results of the search box, loaded on its first use with MiniSearch and the index: a listbox
 * of options grouped by kind (WAI-ARIA APG combobox pattern: the focus stays in the box, the
 * active option is its `aria-activedescendant`), each with its matched words marked, its key
 * figure or date, and the sentence it matched in; a polite status says how many; no result says
 * so, and offers to clear the filters when they hide matches.
 */
import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { withSearchQuery } from '../state/url-state';
import { EMPTY_RESULTS, loadEngine, runSearch, type Hit, type SearchEngine, type SearchResults } from './engine';
import { excerpt, hasMatch, markedParts } from './highlight';
import { chooseResult, dashboardSearchPath } from './search-actions';
import { SEARCH_INDEX_FILE } from './search-index';
import type { ComboboxState, SearchPlace } from './site-search';
import styles from './search-panel.module.css';

export interface SearchPanelProps {
  id: string;
  place: SearchPlace;
  lang: Lang;
  query: string;
  setQuery: (query: string) => void;
  input: RefObject<HTMLInputElement | null>;
  keysRef: RefObject<((key: string) => boolean) | null>;
  onCombobox: (state: ComboboxState) => void;
}

/** At most this many results of each kind are listed; the rest are counted ("and 12 more"). */
const PER_GROUP = 6;

let engineLoad: Promise<SearchEngine> | undefined;

/** The index, fetched and read once per page. */
export function searchEngine(): Promise<SearchEngine> {
  engineLoad ??= fetch(new URL(SEARCH_INDEX_FILE, document.baseURI))
    .then((r) => {
      if (!r.ok) throw new Error(`${SEARCH_INDEX_FILE}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((json) => loadEngine(json, SEARCH_INDEX_FILE));
  engineLoad.catch(() => (engineLoad = undefined));
  return engineLoad;
}

function useEngine(): { engine: SearchEngine | null; failed: boolean } {
  const [state, setState] = useState<{ engine: SearchEngine | null; failed: boolean }>({ engine: null, failed: false });
  useEffect(() => {
    let live = true;
    searchEngine().then(
      (engine) => live && setState({ engine, failed: false }),
      () => live && setState({ engine: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The search's words in the dashboard's link, a moment after the last keystroke (a history entry replaced, not added). */
function useQueryInLink(query: string, place: SearchPlace) {
  useEffect(() => {
    if (place === 'chart-page') return;
    const timer = setTimeout(() => {
      const search = withSearchQuery(window.location.search, query);
      if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }, 250);
    return () => clearTimeout(timer);
  }, [query, place]);
}

/** The results of `query` under the current filters, once the index is loaded. */
function useResults(query: string, lang: Lang) {
  const { engine, failed } = useEngine();
  const sectors = useDashboardStore((s) => s.sectors);
  const from = useDashboardStore((s) => s.from);
  const to = useDashboardStore((s) => s.to);
  const results = useMemo(() => (engine ? runSearch(engine, query, lang, { sectors, from, to }, PER_GROUP) : EMPTY_RESULTS), [engine, query, lang, sectors, from, to]);
  return { engine, failed, results };
}

/**
 * The combobox's keys and state: which option is active (none after a new query), whether the
 * list is open (closed by a choice, Escape or leaving the box; opened again by typing or ↓).
 */
function useCombobox({ id, place, lang, query, setQuery, input, keysRef, onCombobox }: SearchPanelProps, results: SearchResults, ready: boolean) {
  const hits = useMemo(() => results.groups.flatMap((g) => g.hits), [results]);
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const [seen, setSeen] = useState({ query, results });
  if (seen.query !== query || seen.results !== results) {
    setSeen({ query, results });
    setActive(-1);
    if (seen.query !== query) setDismissed(false);
  }
  const expanded = ready && !dismissed && query.trim() !== '';
  const optionId = (i: number) => `${id}-option-${i}`;
  useQueryInLink(query, place);
  const listed = expanded && hits.length > 0;
  const activeId = expanded && active >= 0 ? `${id}-option-${active}` : undefined;
  useEffect(() => onCombobox({ expanded: listed, active: activeId }), [onCombobox, listed, activeId]);

  const choose = (hit: Hit) => {
    setDismissed(true);
    chooseResult(hit.doc, place, lang, query);
  };
  const onKey = (key: string): boolean => {
    if (key === 'Escape') {
      setQuery('');
      setDismissed(true);
      input.current?.focus();
      return true;
    }
    if ((key === 'ArrowDown' || key === 'ArrowUp') && hits.length > 0) {
      setDismissed(false);
      setActive((a) => (key === 'ArrowDown' ? (a + 1) % hits.length : a <= 0 ? hits.length - 1 : a - 1));
      return true;
    }
    if (key !== 'Enter' || query.trim() === '') return false;
    // From a chart's page, Enter with no option chosen takes the search to the dashboard.
    if (place === 'chart-page' && !hits[active]) {
      window.location.assign(new URL(dashboardSearchPath(lang, query), document.baseURI).href);
      return true;
    }
    const hit = hits[active] ?? hits[0];
    if (!expanded || !hit) return false;
    choose(hit);
    return true;
  };
  useLayoutEffect(() => {
    keysRef.current = onKey;
  });
  // Leaving the box (a click or Tab elsewhere) closes the list.
  useEffect(() => {
    const box = input.current?.closest('[role="search"]');
    const onFocusOut = (e: Event) => {
      const to = (e as FocusEvent).relatedTarget;
      if (!(to instanceof Node && box?.contains(to))) setDismissed(true);
    };
    box?.addEventListener('focusout', onFocusOut);
    return () => box?.removeEventListener('focusout', onFocusOut);
  }, [input]);
  return { expanded, active, setActive, optionId, choose, hits };
}

export function SearchPanel(props: SearchPanelProps) {
  const { id, lang, query, input } = props;
  const t = MESSAGES[lang].search;
  const { engine, failed, results } = useResults(query, lang);
  const { expanded, active, setActive, optionId, choose, hits } = useCombobox(props, results, engine !== null || failed);
  let index = 0;
  return (
    <div className={styles.popup} hidden={!expanded}>
      <p role="status" className="visually-hidden">
        {expanded && engine ? [t.found(results.shown), results.hidden > 0 ? t.hidden(results.hidden) : ''].join(' ') : ''}
      </p>
      {failed && <p className={styles.note}>{t.failed}</p>}
      <div id={`${id}-list`} role="listbox" aria-label={t.label} hidden={hits.length === 0}>
        {results.groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <div id={`${id}-${group.kind}`} role="presentation" className={styles.group}>
              {t.groups[group.kind]} <span className={styles.count}>{group.total}</span>
            </div>
            {group.hits.map((hit) => {
              const i = index++;
              return (
                <div
                  key={hit.doc.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={styles.option}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => i !== active && setActive(i)}
                  onClick={() => choose(hit)}
                >
                  <ResultText hit={hit} lang={lang} />
                </div>
              );
            })}
            {group.total > group.hits.length && <div role="presentation" className={styles.more}>{t.more(group.total - group.hits.length)}</div>}
          </div>
        ))}
      </div>
      {engine && hits.length === 0 && <p className={styles.note}>{t.none(query.trim())}</p>}
      {engine && results.hidden > 0 && (
        <p className={styles.note}>
          {t.hidden(results.hidden)}{' '}
          <button type="button" className="link-button" onClick={() => clearFilters(input)}>
            {t.clearFilters}
          </button>
        </p>
      )}
    </div>
  );
}

/** The sectors and years back to all; the selected event and the language stay. */
function clearFilters(input: RefObject<HTMLInputElement | null>) {
  const store = useDashboardStore.getState();
  store.clearSectors();
  store.setYears(null, null);
  input.current?.focus();
}

function Marked({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  return markedParts(text, terms).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text));
}

/** A result: its name and key figure or date, and, where its name does not hold the match, the words that do. */
function ResultText({ hit, lang }: { hit: Hit; lang: Lang }) {
  const { doc, terms } = hit;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const title = doc.title[lang];
  const context = hasMatch(title, terms) ? undefined : [...doc.context[lang], doc.meta[lang], ...doc.context[other], doc.title[other]].find((c) => hasMatch(c, terms));
  return (
    <>
      <span className={styles.title}>
        <Marked text={title} terms={terms} />
      </span>
      <span className={styles.meta}>
        <Marked text={doc.meta[lang]} terms={terms} />
      </span>
      {context !== undefined && context !== doc.meta[lang] && (
        <span className={styles.context}>
          <Marked text={excerpt(context, terms)} terms={terms} />
        </span>
      )}
    </>
  );
}
