/**
 * The Vietnamese glossary (`GLOSSARY.md`) as data: each row's English, its one Vietnamese word,
 * the variants it refuses and the catalogue keys that must use it. Read by the unit test that holds
 * the catalogue and the data to it, and by the end-to-end test that reads the page and its files.
 */

export interface Refusal {
  text: string;
  pattern: RegExp;
}

export interface Term {
  english: string;
  vietnamese: string[];
  refused: Refusal[];
  keys: string[];
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
const WORD_EDGE = '[\\p{L}\\p{N}]';

/**
 * A refused variant as a pattern: a `/regex/` (regardless of case; written with flags, `/regex/u`,
 * with exactly those, so `/…/u` holds to case), or a whole word (any case if written in lower case).
 */
export function refusal(text: string): Refusal {
  const regex = /^\/(.+)\/([dgimsuy]*)$/su.exec(text);
  if (regex) {
    const [, source = '', flags = ''] = regex;
    return { text, pattern: new RegExp(source, flags === '' ? 'iu' : flags.includes('u') ? flags : `${flags}u`) };
  }
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = text === text.toLowerCase() ? 'iu' : 'u';
  return { text, pattern: new RegExp(`(?<!${WORD_EDGE})${escaped}(?!${WORD_EDGE})`, flags) };
}

/** Every row of the glossary's tables: English | Tiếng Việt | Không dùng | Trong | Why. */
export function parseGlossary(markdown: string): Term[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|')))
    .filter(([english]) => english !== 'English' && !/^-+$/.test(english ?? ''))
    .map(([english = '', vietnamese = '', refused = '', keys = '']) => ({
      english,
      vietnamese: vietnamese.split(/[;,] /).map((v) => v.replace(/[“”]/g, '').trim()).filter(Boolean),
      refused: ticked(refused).map(refusal),
      keys: ticked(keys),
    }));
}

/** Words in quotation marks are the articles' own and are not held to the glossary. */
export const unquoted = (s: string) => s.replace(/“[^”]*”|‘[^’]*’|"[^"]*"/g, '“”');

/**
 * Every refused variant found in `texts` ([where, text] pairs), each as a sentence naming where,
 * the variant, the glossary's word and the text; nothing when every text keeps to the glossary.
 */
export function breaches(terms: readonly Term[], texts: readonly (readonly [string, string])[]): string[] {
  return texts.flatMap(([where, value]) =>
    terms.flatMap((term) =>
      term.refused
        .filter((r) => r.pattern.test(unquoted(value)))
        .map((r) => `${where}: ${r.text} (the glossary says “${term.vietnamese.join('; ')}” for ${term.english}) in “${value}”`),
    ),
  );
}

/**
 * The rows that hold only where a figure is read (tables, accessible names, files): a chart draws
 * the signs "~" and ">" before a figure, and the reader's words ("khoảng", "hơn") are for reading.
 */
const READ_ONLY_ROWS: ReadonlySet<string> = new Set(['approximate (the flag)', 'about (before a figure)', 'more than (before a figure)']);

/** The glossary as it holds for text a chart draws: every row but those for figures read. */
export const forDrawnText = (terms: readonly Term[]): Term[] => terms.filter((t) => !READ_ONLY_ROWS.has(t.english));
