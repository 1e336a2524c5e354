import type { ValueRecord } from '../../data/schema';
import { formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';
import { clipped, TEXT_LIMITS } from '../../data/bounds';
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
}

export const figureDefaults = { rowHeight: 76, valueSize: 36, minValueSize: 18, top: 44, margin: 12, charWidthPerPx: 0.62, captionSize: 12 };

/** The largest font size, up to the default, at which `text` fits in `width`. */
export function fitFontSize(text: string, width: number): number {
  const { valueSize, minValueSize, margin, charWidthPerPx } = figureDefaults;
  const fitting = (width - 2 * margin) / Math.max(1, text.length * charWidthPerPx);
  return Math.max(minValueSize, Math.min(valueSize, Math.floor(fitting)));
}

export const figureHeight = (items: number) => figureDefaults.top + items * figureDefaults.rowHeight - 16;

/** Lone numbers, one big figure per record with its label or year beneath. */
export function layoutFigure({ records, size, lang }: LayoutInput): FigureLayout {
  const { rowHeight, top } = figureDefaults;
  const cx = size.width / 2;
  return {
    items: records.map((r, i): FigureItem => {
      const y = top + i * rowHeight;
      const year = r.year !== undefined ? String(r.year) : undefined;
      const caption = [r.label ? clipped(r.label[lang], TEXT_LIMITS.label) : undefined, year].filter(Boolean).join(', ');
      const whole = [r.label?.[lang], year].filter(Boolean).join(', ');
      const text = formatFigure(r, lang);
      return {
        key: `${caption}-${i}`,
        fontSize: fitFontSize(text, size.width),
        value: { x: cx, y, text, anchor: 'middle' },
        // A label from the data is fitted to the width; a year alone is drawn as it is.
        caption: !r.label ? { x: cx, y: y + 22, text: caption, anchor: 'middle' } : {
          ...fittedMark(
            caption,
            Math.max(0, size.width - 2 * figureDefaults.margin),
            { x: cx, y: y + 22, anchor: 'middle', grow: 'middle' },
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
