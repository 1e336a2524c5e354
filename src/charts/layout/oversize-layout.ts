import { MESSAGES } from '../../i18n/messages';
import type { Lang } from '../../data/schema';
import type { ChartSize, TextMark } from '../types';
import { measureLabel } from './label-fit';

/**
 * What a chart kind draws for more records than it shows legibly (src/data/bounds.ts): no marks,
 * a few lines that say how many figures there are and where to read them. Its height is fixed, so
 * a card, an export or a slide of a huge series is the size of any other.
 */
/** `fontSize`: the size the notice is drawn at (`.label`). */
export const oversizeDefaults = { height: 112, top: 28, lineHeight: 20, margin: 12, fontSize: 13, maxLines: 4 };

export interface OversizeLayout {
  lines: TextMark[];
}

/** Words onto lines that each `fit`; a word too long for a line is split where it must be. */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = (word: string) => {
    const out: string[] = [];
    let piece = '';
    for (const ch of word) {
      if (piece !== '' && !fits(piece + ch)) {
        out.push(piece);
        piece = '';
      }
      piece += ch;
    }
    return piece === '' ? out : [...out, piece];
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of pieces(word)) {
      if (line === '') line = piece;
      else if (fits(`${line} ${piece}`)) line += ` ${piece}`;
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
  const { top, lineHeight, margin, fontSize, maxLines } = oversizeDefaults;
  const room = Math.max(1, size.width - 2 * margin);
  const lines = wrapWords(MESSAGES[lang].tooManyFigures(count, max), (line) => measureLabel(line, fontSize) <= room).slice(0, maxLines);
  return { lines: lines.map((text, i) => ({ x: margin, y: top + i * lineHeight, text, anchor: 'start' })) };
}
