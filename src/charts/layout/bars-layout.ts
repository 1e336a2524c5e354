import { max, min } from 'd3-array';
import { scaleLog } from 'd3-scale';
import type { ValueRecord } from '../../data/schema';
import { formatAmount, formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';

export interface LogBar extends MarkStyle {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  category: TextMark;
  value: TextMark;
  record: ValueRecord;
}

export interface BarsLayout {
  bars: LogBar[];
  ticks: (TextMark & { y1: number; y2: number })[];
  scaleNote: string;
}

export const barsDefaults = { rowHeight: 40, barHeight: 18, top: 8, bottom: 42, labelWidth: 92, margin: 16, valueRoom: 64 };

export const barsHeight = (rows: number) => barsDefaults.top + rows * barsDefaults.rowHeight + barsDefaults.bottom;

/**
 * Positive values of very different size (TSMC against SMIC) as horizontal bars on a log scale,
 * one decade per gridline, so that the small ones stay readable.
 */
export function layoutBars({ records, size, lang }: LayoutInput): BarsLayout {
  const { rowHeight, barHeight, top, labelWidth, margin, valueRoom } = barsDefaults;
  const unit = records[0]?.unit ?? 'usd-bn';
  const positive = records.filter((r) => r.value > 0);
  // Whole decades, kept within what a double can hold so that the ticks stay finite.
  const loExp = Math.max(-300, Math.floor(Math.log10(min(positive, (r) => r.value) ?? 1)));
  const hiExp = Math.min(300, Math.max(loExp + 1, Math.ceil(Math.log10(max(positive, (r) => r.value) ?? 10))));
  const x = scaleLog()
    .domain([10 ** loExp, 10 ** hiExp])
    .range([labelWidth, Math.max(labelWidth + 1, size.width - margin - valueRoom)]);
  const sorted = [...positive].sort((a, b) => b.value - a.value);
  const bars = sorted.map((r, i): LogBar => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    const end = x(r.value);
    const label = r.label?.[lang] ?? String(r.year ?? i);
    return {
      key: `${label}-${i}`,
      x: labelWidth,
      y,
      width: Math.max(1, end - labelWidth),
      height: barHeight,
      category: { x: labelWidth - 8, y: y + barHeight / 2 + 5, text: label, anchor: 'end' },
      value: { x: end + 6, y: y + barHeight / 2 + 5, text: formatFigure(r, lang), anchor: 'start' },
      record: r,
      ...markStyle(r.flags),
    };
  });
  const axisY = top + sorted.length * rowHeight;
  const decades = Array.from({ length: hiExp - loExp + 1 }, (_, i) => 10 ** (loExp + i));
  return {
    bars,
    ticks: decades.map((t) => ({ x: x(t), y: axisY + 18, y1: top, y2: axisY, text: formatAmount(t, unit, lang), anchor: 'middle' })),
    scaleNote: lang === 'vi' ? 'thang logarit' : 'log scale',
  };
}
