/**
 * How text becomes search terms, the same for the index (at build time) and for a query (in the
 * browser): words and numbers apart ("7nm" is "7" and "nm", as "7 nm" is), lower case, Vietnamese
 * tones and marks folded away ("Lương" is "luong", "đ" is "d"), and a number's separators made one
 * ("1,5" and "1.5", "3.000" and "3,000" are the same term: each language writes its own).
 */

/** A number with its separators, a run of letters, or a percent sign. */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+|%/gu;

/** Every word and number of `text`, in order, as written. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Each word and number of `text` with where it stands, to mark matched words in what is shown. */
export function tokenSpans(text: string): { start: number; end: number; term: string }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, term: foldTerm(m[0]) }));
}

/** A word without case, tones or marks: "Lương" → "luong", "Đài" → "dai", "1,5" → "1.5". */
export function foldTerm(word: string): string {
  return word
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/,/g, '.');
}

/** MiniSearch's `processTerm`: every term folded; nothing is dropped (a "7" or an "a" may be what is sought). */
export const processTerm = (term: string): string => foldTerm(term);
