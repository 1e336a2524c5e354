/**
 * The search index's shape, shared by the build that writes it (`scripts/search-index.ts`) and the
 * page that loads it: one document per chart, figure, event and source, each with its words in
 * both languages, and the MiniSearch index of those words, serialised.
 */
import type { AsPlainObject, Options } from 'minisearch';
import type { Lang, LocalText, SectorId } from '../data/schema';
import { processTerm, tokenize } from './terms';

export const SEARCH_KINDS = ['chart', 'figure', 'event', 'source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where the index is served, beside the data files. */
export const SEARCH_INDEX_FILE = 'data/search-index.json';
export const SEARCH_INDEX_VERSION = 1;

export interface SearchDoc {
  /** `chart:<series>`, `figure:<series>:<n>`, `event:<id>`, `source:<id>`. */
  id: string;
  kind: SearchKind;
  /** The series, event or source chosen. */
  target: string;
  /** The sectors whose filter shows it (none for a source, which every view lists). */
  sectors: SectorId[];
  /** A figure's year, or an event's time as fractional years [start, end): what the year filter hides. */
  years?: [number, number];
  /** What a result shows: its name and, beside it, its key figure or date. */
  title: LocalText;
  meta: LocalText;
  /** The other words searched (subtitle, labels, quotes, notes), shown as the context of a match. */
  context: Record<Lang, string[]>;
  /** A figure: the accessible name of the button over it, which opens its source. */
  figureButton?: LocalText;
}

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  docs: SearchDoc[];
  /** Synonym groups from the glossary, each phrase as written ("electric vehicles", "xe điện", "EV"). */
  synonyms: string[][];
  index: AsPlainObject;
}

export const SEARCH_FIELDS = ['title_en', 'title_vi', 'text_en', 'text_vi'] as const;

function fieldOf(doc: SearchDoc, field: string): string {
  const lang: Lang = field.endsWith('_vi') ? 'vi' : 'en';
  return field.startsWith('title') ? doc.title[lang] : [doc.meta[lang], ...doc.context[lang]].join('\n');
}

/** The same options when the build indexes and when the page loads the index. */
export const MINISEARCH_OPTIONS: Options<SearchDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  extractField: (doc, field) => (field === 'id' ? doc.id : fieldOf(doc, field)),
  tokenize,
  processTerm,
};

/** A match in the page's language counts more than one found only in the other's words. */
export const fieldBoost = (lang: Lang): Record<string, number> =>
  lang === 'vi' ? { title_vi: 3, text_vi: 1, title_en: 1.5, text_en: 0.5 } : { title_en: 3, text_en: 1, title_vi: 1.5, text_vi: 0.5 };
