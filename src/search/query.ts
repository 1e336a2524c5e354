/**
 * A reader's words as a MiniSearch query: every word must match (AND), each as written, as the
 * start of a word while it is being typed ("hua" → Huawei), with one typo in a word of five letters
 * or more (a letter wrong, missing or extra: edit distance 1; two letters swapped, "hauwei": each
 * swap of neighbours tried as written), and a phrase the glossary knows matched by any of its
 * words in either language ("EV" = "electric vehicles" = "xe điện").
 */
import type { Query, QueryCombination } from 'minisearch';
import { foldTerm, tokenize } from './terms';

/** Words of five letters or more forgive one typo. */
export const TYPO_FROM = 5;

/** Every spelling of `word` with two neighbouring letters swapped (not digits: "2025" ≠ "2052"). */
export function transpositions(word: string): string[] {
  if (/\p{N}/u.test(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.add(`${word.slice(0, i)}${word[i + 1] ?? ''}${word[i] ?? ''}${word.slice(i + 2)}`);
  }
  return [...out];
}

function wordQuery(word: string): QueryCombination {
  // A number is matched as written: "7" must not find "70", nor "2024" find "2025".
  const isNumber = /^\p{N}/u.test(word);
  if (isNumber || word.length < TYPO_FROM) return { queries: [word], prefix: !isNumber && word.length >= 2, fuzzy: false };
  return {
    combineWith: 'OR',
    queries: [
      { queries: [word], prefix: true, fuzzy: 1 },
      ...(transpositions(word).length > 0 ? [{ queries: [transpositions(word).join(' ')], combineWith: 'OR' as const, prefix: false, fuzzy: false }] : []),
    ],
  };
}

/** A query word stands for a phrase's word when it is that word or, from four letters, its start ("vehicle" for "vehicles"). */
const standsFor = (given: string, word: string) => given === word || (given.length >= 4 && word.startsWith(given));

/** The longest phrase of a synonym group that the words from `at` spell, with its group. */
function phraseAt(words: readonly string[], at: number, groups: readonly (readonly string[][])[]): { length: number; group: readonly string[][] } | null {
  let best: { length: number; group: readonly string[][] } | null = null;
  for (const group of groups) {
    for (const phrase of group) {
      if (phrase.length === 0 || phrase.length <= (best?.length ?? 0) || at + phrase.length > words.length) continue;
      if (phrase.every((w, i) => standsFor(words[at + i] ?? '', w))) best = { length: phrase.length, group };
    }
  }
  return best;
}

/** Synonym groups as folded words: [["electric", "vehicles"], ["xe", "dien"], ["ev"]]. */
export function foldGroups(groups: readonly (readonly string[])[]): string[][][] {
  return groups.map((g) => g.map((phrase) => tokenize(phrase).map(foldTerm)).filter((p) => p.length > 0));
}

/** The query for `text`, or null when it holds no word. `groups` come from `foldGroups`. */
export function buildQuery(text: string, groups: readonly (readonly string[][])[] = []): Query | null {
  const words = tokenize(text).map(foldTerm);
  if (words.length === 0) return null;
  const parts: Query[] = [];
  for (let at = 0; at < words.length; ) {
    const phrase = phraseAt(words, at, groups);
    if (phrase) {
      // The reader's own words first, then every other phrase of the group.
      const own = words.slice(at, at + phrase.length);
      const alternatives = [own, ...phrase.group.filter((p) => p.join(' ') !== own.join(' '))];
      parts.push({ combineWith: 'OR', queries: alternatives.map((p) => ({ combineWith: 'AND', queries: p.map(wordQuery) })) });
      at += phrase.length;
    } else {
      parts.push(wordQuery(words[at] ?? ''));
      at += 1;
    }
  }
  return { combineWith: 'AND', queries: parts };
}
