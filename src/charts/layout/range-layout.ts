import { max } from 'd3-array';
import { scaleLinear } from '../../shared/scales';
import type { ValueRecord } from '../../data/schema';
import { formatAmount, formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';
import { clipped, TEXT_LIMITS } from '../../data/bounds';
import { fittedMark } from './label-fit';
import { placeTicks } from './axis-ticks';
import { labelRoom } from '../../shared/text-metrics';

export interface RangeRow extends MarkStyle {
  key: string;
  y: number;
  /** A band from x1 to x2 for a range; x1 === x2 for a single figure (drawn as a dot). */
  x1: number;
  x2: number;
  isRange: boolean;
  category: TextMark;
  value: TextMark;
  record: ValueRecord;
}

export interface RangeLayout {
  rows: RangeRow[];
  axis: { x1: number; x2: number; y: number };
  /** Value ticks placed by their labels' width (axis-ticks.ts). */
  ticks: (TextMark & { tickX: number })[];
}

/** Labels at 13 px (`.label`), on at most two lines above their row's band. */
export const rangeDefaults = { rowHeight: 56, top: 14, margin: 16, bottom: 30, labelSize: 13, labelLineHeight: 14, labelLines: 2, axisSize: 12 };

export const rangeHeight = (rows: number) => rangeDefaults.top + rows * rangeDefaults.rowHeight + rangeDefaults.bottom;

/**
 * A row's figure: past the right end of its band or dot; where it would run past the chart's
 * right edge, before its left end; where neither has room, ending at the right edge.
 */
function valueMark(text: string, x1: number, x2: number, y: number, width: number): TextMark {
  const room = labelRoom(text, rangeDefaults.labelSize, 600);
  if (x2 + 10 + room <= width) return { x: x2 + 10, y, text, anchor: 'start' };
  if (x1 - 10 - room >= 0) return { x: x1 - 10, y, text, anchor: 'end' };
  return { x: width, y, text, anchor: 'end' };
}

/** Figures given as a range ("11%–19%") drawn as a band, beside single figures drawn as dots. */
export function layoutRange({ records, size, lang }: LayoutInput): RangeLayout {
  const { rowHeight, top, margin } = rangeDefaults;
  const unit = records[0]?.unit ?? 'percent';
  const high = max(records, (r) => r.valueHigh ?? r.value) ?? 1;
  const x = scaleLinear()
    .domain([0, high * 1.15])
    .nice(4)
    .range([margin, Math.max(margin + 1, size.width - margin)]);
  const rows = records.map((r, i): RangeRow => {
    const y = top + i * rowHeight + rowHeight / 2 + 8;
    const x1 = x(r.value);
    const x2 = x(r.valueHigh ?? r.value);
    const name = r.label?.[lang] ?? (r.year !== undefined ? String(r.year) : '');
    const label = clipped(name, TEXT_LIMITS.label);
    return {
      key: `${label}-${i}`,
      y,
      x1,
      x2,
      isRange: r.valueHigh !== undefined,
      category: fittedMark(
        name,
        Math.max(0, size.width - 2 * margin),
        { x: margin, y: y - 16, anchor: 'start', grow: 'above' },
        { fontSize: rangeDefaults.labelSize, lineHeight: rangeDefaults.labelLineHeight, maxLines: rangeDefaults.labelLines, limit: TEXT_LIMITS.label },
      ),
      value: valueMark(formatFigure(r, lang), x1, x2, y + 5, size.width),
      record: r,
      ...markStyle(r.flags),
    };
  });
  const axisY = top + records.length * rowHeight + 8;
  return {
    rows,
    axis: { x1: x.range()[0] ?? 0, x2: x.range()[1] ?? 0, y: axisY },
    ticks: placeTicks(
      x.ticks(4).map((t) => ({ x: x(t), text: formatAmount(t, unit, lang) })),
      { left: 0, right: size.width, fontSize: rangeDefaults.axisSize },
    ).map((p) => ({ x: p.x, tickX: p.tickX, y: axisY + 16, text: p.text, anchor: 'middle' })),
  };
}
