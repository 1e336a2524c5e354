/**
 * A quote is the article's words: not the labels and tickers a web page puts between them
 * ("…claims, opens new tab to have…", "Meta Platforms (META.O)"). A quote leaves such a piece
 * out with an elision mark, "[…]", or stops before it; this module finds the pieces left in and
 * matches a quote with its elisions against its article.
 */

/** The mark a quote uses where it leaves words of the article out. */
export const ELISION = '[…]';

export interface QuoteArtefact {
  /** The text found in the quote. */
  text: string;
  /** What it is, in English and Vietnamese, for the problem's message. */
  what: { en: string; vi: string };
}

/** A link label copied with the link ("opens new tab", with the comma before it if any). */
const LINK_LABEL = /,?\s*opens (?:in )?(?:a )?new (?:tab|window)/giu;

/**
 * A stock ticker in parentheses: a symbol, a dot and an exchange code, as news sites print them
 * after a company's name: (META.O), (GOOGL.O), (688256.SS), (2330.TW), (ASML.AS), (0981.HK).
 */
const TICKER = /\((?:[A-Z0-9]{1,10})\.(?:[A-Z]{1,3})\)/gu;

/** Every web-page artefact in a quoted text, in the order they occur. */
export function quoteArtefacts(text: string): QuoteArtefact[] {
  const found: { at: number; artefact: QuoteArtefact }[] = [];
  for (const m of text.matchAll(LINK_LABEL)) {
    found.push({
      at: m.index,
      artefact: { text: m[0].replace(/^,\s*/u, ''), what: { en: 'a link label copied from the web page', vi: 'nhãn liên kết chép từ trang web' } },
    });
  }
  for (const m of text.matchAll(TICKER)) {
    found.push({ at: m.index, artefact: { text: m[0], what: { en: 'a stock ticker copied from the web page', vi: 'mã cổ phiếu chép từ trang web' } } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.artefact);
}

/** Whitespace is folded so that a quote need not repeat the article's line breaks. */
export const foldSpace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Whether `quote` stands word for word in `article` (both already folded), where each "[…]" in the
 * quote stands for words of the article left out: the pieces between the marks must occur in
 * the article in the quote's order, each after the one before.
 */
export function foundWordForWord(article: string, quote: string): boolean {
  const pieces = quote
    .split(ELISION)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (pieces.length === 0) return false;
  // Each piece is looked for from every place the one before it could end, earliest first: the
  // earliest end leaves the most room for the rest, so one pass is enough.
  let from = 0;
  for (const piece of pieces) {
    const at = article.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** The artefacts in a citation's quote and translation, as problems naming file, field and text. */
export function citationArtefactProblems(
  file: string,
  where: string,
  citation: { quote: string; translation?: { text: string } | undefined },
): { file: string; where: string; message: string }[] {
  const texts: [string, string][] = [[`${where}.quote`, citation.quote]];
  if (citation.translation) texts.push([`${where}.translation.text`, citation.translation.text]);
  return texts.flatMap(([field, text]) =>
    quoteArtefacts(text).map((a) => ({
      file,
      where: field,
      message: `holds ${a.what.en}, "${a.text}": a quote is the article's words; cut it with "${ELISION}" or end the quote before it`,
    })),
  );
}
