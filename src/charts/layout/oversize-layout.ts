import { MESSAGES } from '../../i18n/messages';
import type { Lang } from '../../data/schema';
import type { ChartSize, TextMark } from '../types';

/**
 * What a chart kind draws for more records than it shows legibly (src/data/bounds.ts): no marks,
 * a few lines that say how many figures there are and where to read them. Its height is fixed, so
 * a card, an export or a slide of a huge series is the size of any other.
 */
export const oversizeDefaults = { height: 112, top: 28, lineHeight: 20, margin: 12, charWidth: 7.4, maxLines: 4 };

export interface OversizeLayout {
  lines: TextMark[];
}

/** Words onto lines of at most `maxChars` characters; a word longer than a line is cut. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${Math.max(1, maxChars)}}`, 'gu')) ?? [];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= maxChars) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutOversize(count: number, max: number, size: ChartSize, lang: Lang): OversizeLayout {
  const { top, lineHeight, margin, charWidth, maxLines } = oversizeDefaults;
  const maxChars = Math.max(8, Math.floor((size.width - 2 * margin) / charWidth));
  const lines = wrapWords(MESSAGES[lang].tooManyFigures(count, max), maxChars).slice(0, maxLines);
  return { lines: lines.map((text, i) => ({ x: margin, y: top + i * lineHeight, text, anchor: 'start' })) };
}
