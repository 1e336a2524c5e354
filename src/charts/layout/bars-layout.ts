import { max } from 'd3-array';
import { scaleLinear } from '../../shared/scales';
import type { ValueRecord } from '../../data/schema';
import { formatAmount, formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';
import { clipped, TEXT_LIMITS } from '../../data/bounds';
import { measureLabel, fittedMark } from './label-fit';
import { placeTicks } from './axis-ticks';

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
  /** Value ticks placed by their labels' width (axis-ticks.ts); the gridline is at `tickX`. */
  ticks: (TextMark & { tickX: number; y1: number; y2: number })[];
}

export const barsDefaults = {
  rowHeight: 40,
  barHeight: 18,
  top: 8,
  bottom: 42,
  /** The label column's least width; it widens for longer labels up to `maxLabelShare` of the chart. */
  labelWidth: 92,
  maxLabelShare: 0.4,
  /** Between a label's end and its bar. */
  labelGap: 8,
  /** The size labels are drawn at (`.label` in src/styles/marks.css), their line height, and the most lines a label takes in its row. */
  labelSize: 13,
  labelLineHeight: 14,
  labelLines: 2,
  /** The size tick labels are drawn at (`.label--axis`). */
  axisSize: 12,
  margin: 16,
  valueRoom: 64,
};

export const barsHeight = (rows: number) => barsDefaults.top + rows * barsDefaults.rowHeight + barsDefaults.bottom;

/**
 * Positive figures across categories as horizontal bars from zero, longest first. A bar's length
 * is proportional to its value (TSMC's bar is 15× SMIC's when its value is), and every bar carries
 * its value, so that a short bar stays readable.
 */
export function layoutBars({ records, size, lang }: LayoutInput): BarsLayout {
  const { rowHeight, barHeight, top, margin, valueRoom, labelGap, labelSize, labelLineHeight, labelLines, maxLabelShare, axisSize } = barsDefaults;
  const unit = records[0]?.unit ?? 'usd-bn';
  const positive = records.filter((r) => r.value > 0 && Number.isFinite(r.value));
  const names = positive.map((r, i) => r.label?.[lang] ?? String(r.year ?? i));
  // Wide enough for the longest label on one line, within its share of the chart; a longer one is wrapped or cut.
  const widest = max(names, (name) => measureLabel(clipped(name, TEXT_LIMITS.label), labelSize)) ?? 0;
  const labelWidth = Math.max(barsDefaults.labelWidth, Math.min(Math.floor(size.width * maxLabelShare), widest + labelGap));
  const x = scaleLinear()
    .domain([0, max(positive, (r) => r.value) ?? 1])
    .range([labelWidth, Math.max(labelWidth + 1, size.width - margin - valueRoom)]);
  const rounded = x.copy().nice(4);
  // Rounding the largest doubles up would overflow to Infinity.
  if (Number.isFinite(rounded.domain()[1])) x.domain(rounded.domain());
  const sorted = positive.map((r, i) => ({ r, name: names[i] ?? '' })).sort((a, b) => b.r.value - a.r.value);
  const bars = sorted.map(({ r, name }, i): Bar => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    const end = x(r.value);
    const category = fittedMark(
      name,
      labelWidth - labelGap,
      { x: labelWidth - labelGap, y: y + barHeight / 2 + 5, anchor: 'end', grow: 'middle' },
      { fontSize: labelSize, lineHeight: labelLineHeight, maxLines: labelLines, limit: TEXT_LIMITS.label },
    );
    return {
      key: `${clipped(name, TEXT_LIMITS.label)}-${i}`,
      x: labelWidth,
      y,
      width: end - labelWidth,
      height: barHeight,
      category,
      value: { x: end + 6, y: y + barHeight / 2 + 5, text: formatFigure(r, lang), anchor: 'start' },
      record: r,
      ...markStyle(r.flags),
    };
  });
  const axisY = top + sorted.length * rowHeight;
  return {
    bars,
    ticks: placeTicks(
      x.ticks(4).map((t) => ({ x: x(t), text: formatAmount(t, unit, lang) })),
      { left: 0, right: size.width, fontSize: axisSize },
    ).map((p) => ({ x: p.x, tickX: p.tickX, y: axisY + 18, y1: top, y2: axisY, text: p.text, anchor: 'middle' })),
  };
}
