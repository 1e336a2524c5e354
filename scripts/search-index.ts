/**
 * The search index, written by the build beside the data (`data/search-index.json`) from the same
 * validated data the pages are rendered from, in both languages: the documents
 * (`src/search/documents.ts`), the glossary's synonym groups, and MiniSearch's index of their
 * words, serialised, so that the page loads it rather than indexing in the reader's browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { SeriesFile, Source, TimelineEvent } from '../src/data/schema';
import { parseGlossary } from '../src/i18n/glossary';
import { loadMessages } from '../src/i18n/messages';
import { searchDocuments } from '../src/search/documents';
import { MINISEARCH_OPTIONS, SEARCH_INDEX_VERSION, type SearchDoc, type SearchIndexFile } from '../src/search/search-index';

/** Abbreviations readers type for a glossary term, added to its group. */
const ABBREVIATIONS: Record<string, string[]> = { 'electric vehicles': ['EV', 'EVs'], 'semiconductors, chip': ['semiconductor', 'chips'] };

/**
 * Synonym groups from the glossary's rows: the English (each of its comma-separated words, without
 * what is in parentheses) and the Vietnamese words, with the abbreviations above; rows of dates
 * and figures (which hold digits) are left out.
 */
export function synonymGroups(glossaryMarkdown: string): string[][] {
  return parseGlossary(glossaryMarkdown).flatMap((term) => {
    const english = term.english.replace(/\([^)]*\)/g, '').split(/,|\//).map((s) => s.trim()).filter(Boolean);
    const group = [...new Set([...english, ...term.vietnamese, ...(ABBREVIATIONS[term.english] ?? [])])];
    return group.length > 1 && !group.some((p) => /\d/.test(p)) ? [group] : [];
  });
}

export function buildSearchIndex(docs: SearchDoc[], synonyms: string[][]): SearchIndexFile {
  const search = new MiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
  search.addAll(docs);
  return { version: SEARCH_INDEX_VERSION, docs, synonyms, index: search.toJSON() };
}

/** The index file's text for the site's data. */
export async function searchIndexJson(data: { series: readonly SeriesFile[]; events: readonly TimelineEvent[]; sources: readonly Source[] }, root = '.'): Promise<string> {
  await loadMessages('en');
  await loadMessages('vi');
  const synonyms = synonymGroups(readFileSync(join(root, 'src/i18n/GLOSSARY.md'), 'utf8'));
  return JSON.stringify(buildSearchIndex(searchDocuments(data), synonyms));
}
