import type { Citation, Lang } from '../data/schema';

export interface ShownQuote {
  text: string;
  lang: Lang;
  /** Whether `text` is the article's own words, rather than the article's translation of them. */
  isOriginal: boolean;
  /** The original, when what is shown is the translation. */
  original?: { text: string; lang: Lang };
}

/** A quote in the reader's language where the article gives it; otherwise in the original. */
export function quoteFor(citation: Citation, lang: Lang): ShownQuote {
  if (citation.quoteLang !== lang && citation.translation?.lang === lang) {
    return {
      text: citation.translation.text,
      lang,
      isOriginal: false,
      original: { text: citation.quote, lang: citation.quoteLang },
    };
  }
  return { text: citation.quote, lang: citation.quoteLang, isOriginal: true };
}
