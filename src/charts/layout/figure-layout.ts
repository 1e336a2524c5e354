import type { ValueRecord } from '../../data/schema';
import { formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';

export interface FigureItem extends MarkStyle {
  key: string;
  value: TextMark;
  caption: TextMark;
  record: ValueRecord;
}

export interface FigureLayout {
  items: FigureItem[];
}

export const figureDefaults = { rowHeight: 76, valueSize: 40, top: 44 };

export const figureHeight = (items: number) => figureDefaults.top + items * figureDefaults.rowHeight - 16;

/** Lone numbers, one big figure per record with its label or year beneath. */
export function layoutFigure({ records, size, lang }: LayoutInput): FigureLayout {
  const { rowHeight, top } = figureDefaults;
  const cx = size.width / 2;
  return {
    items: records.map((r, i): FigureItem => {
      const y = top + i * rowHeight;
      const caption = [r.label?.[lang], r.year !== undefined ? String(r.year) : undefined].filter(Boolean).join(', ');
      return {
        key: `${caption}-${i}`,
        value: { x: cx, y, text: formatFigure(r, lang), anchor: 'middle' },
        caption: { x: cx, y: y + 22, text: caption, anchor: 'middle' },
        record: r,
        ...markStyle(r.flags),
      };
    }),
  };
}
