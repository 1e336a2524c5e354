import type { ValueRecord } from '../../data/schema';
import { formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';
import { clipped, TEXT_LIMITS } from '../../data/bounds';
import { labelRoom, textExtent, textWidth } from '../../shared/text-metrics';
import { fittedMark } from './label-fit';

export interface FigureItem extends MarkStyle {
  key: string;
  /** Font size of the figure, reduced so that a long figure still fits the width. */
  fontSize: number;
  value: TextMark;
  caption: TextMark;
  record: ValueRecord;
}

export interface FigureLayout {
  items: FigureItem[];
  /** In a key-figure tile: each figure is written at its fitted size. */
  compact: boolean;
}

export const figureDefaults = { rowHeight: 76, valueSize: 36, minValueSize: 18, top: 44, margin: 12, captionSize: 12 };

/** The weight figures are drawn in (`.label--figure`). */
export const FIGURE_WEIGHT = 700;

/** The largest font size, up to the default, at which `text` fits in a column `width` wide. */
export function fitFontSize(text: string, width: number): number {
  const { valueSize, minValueSize, margin } = figureDefaults;
  const em = Math.max(1e-6, textWidth(text, 1, FIGURE_WEIGHT));
  const fitting = (width - 2 * margin) / em;
  return Math.max(minValueSize, Math.min(valueSize, Math.floor(fitting)));
}

/** Under a figure at the default size, the caption's baseline, clear of the figure's box. */
const captionBelow = Math.ceil(textExtent.below * figureDefaults.valueSize + textExtent.above * figureDefaults.captionSize);

export const figureHeight = (items: number) => figureDefaults.top + items * figureDefaults.rowHeight - 16;

/**
 * In a key-figure tile: the figures side by side, one row, no room below the caption; the caption's
 * baseline `captionGap` below the figure's, clear of a figure of about 31 px in Noto Sans.
 */
export const figureTileDefaults = { top: 34, captionGap: 22 };
export const figureTileHeight = figureTileDefaults.top + figureTileDefaults.captionGap + 6;

/**
 * In a key-figure tile, the largest font size, up to the default, at which `text` fits in a column
 * `width` wide, by the font's advance widths in the figures' weight, as the captions are fitted. There is no floor: side by side,
 * a figure too long for its column is written smaller rather than into its neighbour or off the tile.
 * Nor is it larger than leaves its descenders clear of the caption beneath.
 */
export function fitTileFontSize(text: string, width: number): number {
  const { valueSize, margin, captionSize } = figureDefaults;
  const { captionGap } = figureTileDefaults;
  const room = width - 2 * margin;
  const clearOfCaption = Math.floor((captionGap - textExtent.above * captionSize) / textExtent.below);
  const largest = Math.min(valueSize, clearOfCaption);
  // The room is ceil(em × size) + 2: start from the size that ratio gives, step down until it fits.
  const em = Math.max(1e-6, textWidth(text, 1, FIGURE_WEIGHT));
  let fontSize = Math.min(largest, Math.floor((room - 2) / em));
  while (fontSize > 1 && labelRoom(text, fontSize, FIGURE_WEIGHT) > room) fontSize -= 1;
  return Math.max(1, fontSize);
}

/**
 * Lone numbers, one big figure per record with its label or year beneath: one under the other,
 * or in a key-figure tile (`compact`) side by side, each in a column of its own.
 */
export function layoutFigure({ records, size, lang, compact = false }: LayoutInput): FigureLayout {
  const { rowHeight, top } = figureDefaults;
  const columns = compact ? Math.max(1, records.length) : 1;
  const columnWidth = size.width / columns;
  return {
    compact,
    items: records.map((r, i): FigureItem => {
      const y = compact ? figureTileDefaults.top : top + i * rowHeight;
      const captionY = y + (compact ? figureTileDefaults.captionGap : captionBelow);
      const cx = compact ? columnWidth * (i + 0.5) : size.width / 2;
      const year = r.year !== undefined ? String(r.year) : undefined;
      const caption = [r.label ? clipped(r.label[lang], TEXT_LIMITS.label) : undefined, year].filter(Boolean).join(', ');
      const whole = [r.label?.[lang], year].filter(Boolean).join(', ');
      const text = formatFigure(r, lang);
      return {
        key: `${caption}-${i}`,
        fontSize: compact ? fitTileFontSize(text, columnWidth) : fitFontSize(text, columnWidth),
        value: { x: cx, y, text, anchor: 'middle' },
        // A label from the data is fitted to the width; a year alone is drawn as it is.
        caption: !r.label ? { x: cx, y: captionY, text: caption, anchor: 'middle' } : {
          ...fittedMark(
            caption,
            Math.max(0, columnWidth - 2 * figureDefaults.margin),
            { x: cx, y: captionY, anchor: 'middle', grow: 'middle' },
            { fontSize: figureDefaults.captionSize, lineHeight: figureDefaults.captionSize, maxLines: 1 },
          ),
          // A label beyond its limit is cut first: the title keeps the whole of it.
          ...(caption === whole ? {} : { full: whole }),
        },
        record: r,
        ...markStyle(r.flags),
      };
    }),
  };
}
