import { clipText } from '../../data/bounds';
import { labelRoom } from '../../shared/text-metrics';
import type { TextMark } from '../types';

/**
 * A label from the data set into the room a chart gives it: whole on one line where it fits, else
 * wrapped at spaces onto at most `maxLines` lines, else cut with "…" at the end of its last line.
 * Pure: widths come from the `measure` given, by default Noto Sans's advance widths, so that the
 * server and every browser lay a chart out alike and no label is drawn beyond its room. A label that
 * is cut keeps its whole text, for the `<title>` of the drawing (the data table has it too).
 */

/** The width in px of `text` set at `fontSize` px. */
export type MeasureLabel = (text: string, fontSize: number) => number;

/**
 * A label's room at `fontSize` px in the page's one font, Noto Sans, from its own advance widths
 * (`src/shared/text-metrics.ts`): the same in the build, every browser and the exports.
 */
export const measureLabel: MeasureLabel = (text, fontSize) => labelRoom(text, fontSize);

export const ELLIPSIS = '…';

export interface FittedLabel {
  /** The lines as drawn, first to last: none only when not even "…" fits. */
  lines: string[];
  /** True when some of the text is not drawn: the last line then ends in "…". */
  cut: boolean;
}

export interface FitOptions {
  fontSize: number;
  maxLines: number;
  measure?: MeasureLabel;
}

/** The text's words, split at any run of white space. */
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** The longest start of `text` that fits with "…" after it, and the "…". */
function ellipsize(text: string, fits: (line: string) => boolean): string | null {
  const chars = Array.from(text);
  // Start from as many characters as could possibly fit, not from the whole of a long text.
  let end = chars.length;
  while (end > 0 && !fits(`${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`)) end = Math.min(end - 1, Math.floor(end * 0.9));
  // Then grow back one character at a time to the longest that fits.
  while (end < chars.length && fits(`${chars.slice(0, end + 1).join('').trimEnd()}${ELLIPSIS}`)) end += 1;
  const line = `${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`;
  return fits(line) ? line : null;
}

/** `text` set within `maxWidth` on at most `maxLines` lines; see the module's comment. */
export function fitLabel(text: string, maxWidth: number, { fontSize, maxLines, measure = measureLabel }: FitOptions): FittedLabel {
  const fits = (line: string) => measure(line, fontSize) <= maxWidth;
  const words = wordsOf(text);
  const whole = words.join(' ');
  if (whole === '' || fits(whole)) return { lines: whole === '' ? [] : [whole], cut: false };
  const lines: string[] = [];
  let i = 0;
  // Whole words onto each line but the last; a word wider than a line ends the wrapping.
  while (lines.length < maxLines - 1 && i < words.length) {
    let line = words[i] ?? '';
    if (!fits(line)) break;
    i += 1;
    for (let next = words[i]; next !== undefined && fits(`${line} ${next}`); next = words[i]) {
      line += ` ${next}`;
      i += 1;
    }
    lines.push(line);
  }
  if (i >= words.length) return { lines, cut: false };
  const rest = words.slice(i).join(' ');
  if (fits(rest)) return { lines: [...lines, rest], cut: false };
  const last = ellipsize(rest, fits);
  // Where not even "…" fits, nothing is drawn: the whole text is in the title and the table.
  return last === null ? { lines: [], cut: true } : { lines: [...lines, last], cut: true };
}

export interface LabelPlace {
  x: number;
  /** The baseline of a label on one line. */
  y: number;
  anchor: TextMark['anchor'];
  /** Where lines beyond the first go: centred on `y` (middle), or up from it (above). */
  grow: 'middle' | 'above';
}

/**
 * A label from the data as a text mark in `maxWidth`: on one line, wrapped, or cut with its whole
 * text kept. A text beyond `limit` characters (the data's own limit) is cut to it first.
 */
export function fittedMark(
  text: string,
  maxWidth: number,
  place: LabelPlace,
  options: FitOptions & { lineHeight: number; limit?: number },
): TextMark {
  const within = options.limit === undefined ? { text, clipped: false } : clipText(text, options.limit);
  const fitted = fitLabel(within.text, maxWidth, options);
  const { lines } = fitted;
  const cut = fitted.cut || within.clipped;
  const shown = lines.join(' ');
  const extra = Math.max(0, lines.length - 1) * options.lineHeight;
  const first = place.grow === 'middle' ? place.y - extra / 2 : place.y - extra;
  return {
    x: place.x,
    y: lines.length > 1 ? first : place.y,
    text: shown,
    anchor: place.anchor,
    ...(lines.length > 1 ? { lines, lineHeight: options.lineHeight } : {}),
    ...(cut ? { full: text } : {}),
  };
}
