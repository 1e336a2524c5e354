import { max } from 'd3-array';
import { scaleLinear } from '../../shared/scales';
import type { ValueRecord } from '../../data/schema';
import { formatAmount, formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';
import { clipped, TEXT_LIMITS } from '../../data/bounds';

export interface Bar extends MarkStyle {
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
  bars: Bar[];
  ticks: (TextMark & { y1: number; y2: number })[];
}

export const barsDefaults = { rowHeight: 40, barHeight: 18, top: 8, bottom: 42, labelWidth: 92, margin: 16, valueRoom: 64 };

export const barsHeight = (rows: number) => barsDefaults.top + rows * barsDefaults.rowHeight + barsDefaults.bottom;

/**
 * Positive figures across categories as horizontal bars from zero, longest first. A bar's length
 * is proportional to its value (TSMC's bar is 15× SMIC's when its value is), and every bar carries
 * its value, so that a short bar stays readable.
 */
export function layoutBars({ records, size, lang }: LayoutInput): BarsLayout {
  const { rowHeight, barHeight, top, labelWidth, margin, valueRoom } = barsDefaults;
  const unit = records[0]?.unit ?? 'usd-bn';
  const positive = records.filter((r) => r.value > 0 && Number.isFinite(r.value));
  const x = scaleLinear()
    .domain([0, max(positive, (r) => r.value) ?? 1])
    .range([labelWidth, Math.max(labelWidth + 1, size.width - margin - valueRoom)]);
  const rounded = x.copy().nice(4);
  // Rounding the largest doubles up would overflow to Infinity.
  if (Number.isFinite(rounded.domain()[1])) x.domain(rounded.domain());
  const sorted = [...positive].sort((a, b) => b.value - a.value);
  const bars = sorted.map((r, i): Bar => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    const end = x(r.value);
    const label = clipped(r.label?.[lang] ?? String(r.year ?? i), TEXT_LIMITS.label);
    return {
      key: `${label}-${i}`,
      x: labelWidth,
      y,
      width: end - labelWidth,
      height: barHeight,
      category: { x: labelWidth - 8, y: y + barHeight / 2 + 5, text: label, anchor: 'end' },
      value: { x: end + 6, y: y + barHeight / 2 + 5, text: formatFigure(r, lang), anchor: 'start' },
      record: r,
      ...markStyle(r.flags),
    };
  });
  const axisY = top + sorted.length * rowHeight;
  return {
    bars,
    ticks: x.ticks(4).map((t) => ({ x: x(t), y: axisY + 18, y1: top, y2: axisY, text: formatAmount(t, unit, lang), anchor: 'middle' })),
  };
}
