/**
 * The matched words of a text, as parts to mark: found by folding each word of the text as the
 * index folds it, never by a pattern made from the query or the data.
 */
import { tokenSpans } from './terms';

export interface TextPart {
  text: string;
  marked: boolean;
}

/** `text` cut into parts, each word whose folded form is in `terms` marked. */
export function markedParts(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of tokenSpans(text)) {
    if (!terms.has(span.term)) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start), marked: false });
    parts.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

export const hasMatch = (text: string, terms: ReadonlySet<string>): boolean => tokenSpans(text).some((s) => terms.has(s.term));

/**
 * The part of a longer text around its first matched word, at most about `max` characters, with
 * "…" where it was cut: a quote's sentence, shown under a result.
 */
export function excerpt(text: string, terms: ReadonlySet<string>, max = 110): string {
  if (text.length <= max) return text;
  const first = tokenSpans(text).find((s) => terms.has(s.term));
  const start = Math.max(0, Math.min((first?.start ?? 0) - Math.floor(max / 3), text.length - max));
  // Cut at word boundaries, so that no word is shown in part.
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const to = from + max >= text.length ? text.length : text.lastIndexOf(' ', from + max);
  return `${from > 0 ? '…' : ''}${text.slice(from, to > from ? to : from + max)}${to < text.length ? '…' : ''}`;
}
