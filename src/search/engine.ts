/**
 * The search itself, in the browser: the index the build wrote, loaded once, and a query's
 * results grouped by kind, those the filters hide counted apart (a search never changes them).
 */
import MiniSearch from 'minisearch';
import type { Lang, SectorId } from '../data/schema';
import { overlapsYears } from '../timeline/event-time';
import { buildQuery, foldGroups } from './query';
import { fieldBoost, MINISEARCH_OPTIONS, SEARCH_INDEX_VERSION, SEARCH_KINDS, type SearchDoc, type SearchIndexFile, type SearchKind } from './search-index';

export interface SearchEngine {
  search: MiniSearch<SearchDoc>;
  docs: ReadonlyMap<string, SearchDoc>;
  groups: string[][][];
}

/** Reads the index file; a file of another version or shape is refused with a sentence naming it. */
export function loadEngine(file: unknown, name = 'search-index.json'): SearchEngine {
  const f = file as Partial<SearchIndexFile> | null;
  if (!f || typeof f !== 'object' || f.version !== SEARCH_INDEX_VERSION || !Array.isArray(f.docs) || !f.index) {
    throw new Error(`${name}: not a search index of version ${SEARCH_INDEX_VERSION} (version: ${JSON.stringify(f?.version ?? null)})`);
  }
  return {
    search: MiniSearch.loadJS(f.index, MINISEARCH_OPTIONS),
    docs: new Map(f.docs.map((d) => [d.id, d])),
    groups: foldGroups(f.synonyms ?? []),
  };
}

export interface Hit {
  doc: SearchDoc;
  /** The words of the documents that matched (folded), to mark in what is shown. */
  terms: ReadonlySet<string>;
}

export interface SearchResults {
  /** The hits the filters show, by kind (charts, figures, events, sources), best first, at most `perGroup` each. */
  groups: { kind: SearchKind; hits: Hit[]; total: number }[];
  /** How many hits the filters show, and how many they hide. */
  shown: number;
  hidden: number;
}

export interface ViewFilters {
  sectors: readonly SectorId[];
  from: number | null;
  to: number | null;
}

/** Whether the filters show a document: its sectors, and its year or time. A source is always listed. */
export function shownBy(doc: SearchDoc, filters: ViewFilters): boolean {
  if (doc.kind === 'source') return true;
  if (filters.sectors.length > 0 && !doc.sectors.some((s) => filters.sectors.includes(s))) return false;
  return !doc.years || overlapsYears({ start: doc.years[0], end: doc.years[1] }, filters.from, filters.to);
}

export const EMPTY_RESULTS: SearchResults = { groups: [], shown: 0, hidden: 0 };

export function runSearch(engine: SearchEngine, text: string, lang: Lang, filters: ViewFilters, perGroup = 8): SearchResults {
  const query = buildQuery(text, engine.groups);
  if (!query) return EMPTY_RESULTS;
  const found = engine.search.search(query, { boost: fieldBoost(lang) });
  const byKind = new Map<SearchKind, Hit[]>(SEARCH_KINDS.map((k) => [k, []]));
  let hidden = 0;
  for (const r of found) {
    const doc = engine.docs.get(r.id as string);
    if (!doc) continue;
    if (!shownBy(doc, filters)) {
      hidden += 1;
      continue;
    }
    byKind.get(doc.kind)?.push({ doc, terms: new Set(r.terms) });
  }
  const groups = SEARCH_KINDS.map((kind) => {
    const hits = byKind.get(kind) ?? [];
    return { kind, hits: hits.slice(0, perGroup), total: hits.length };
  }).filter((g) => g.total > 0);
  return { groups, shown: groups.reduce((n, g) => n + g.total, 0), hidden };
}
