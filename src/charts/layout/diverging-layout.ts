import { max, min } from 'd3-array';
import { scaleBand, scaleLinear } from '../../shared/scales';
import type { ValueRecord } from '../../data/schema';
import { formatFigure } from '../../i18n/format';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';
import { TEXT_LIMITS } from '../../data/bounds';
import { fittedMark } from './label-fit';

export interface DivergingBar extends MarkStyle {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  negative: boolean;
  value: TextMark;
  year: TextMark;
  record: ValueRecord;
}

export interface DivergingLayout {
  bars: DivergingBar[];
  zero: { x1: number; x2: number; y: number };
}

/** Labels under (or over) the axis at 12 px (`.label--axis`), each on one line within its column. */
export const divergingDefaults = { height: 220, top: 24, bottom: 24, margin: 24, maxBarWidth: 72, padding: 0.45, labelSize: 12, labelGap: 4 };

/** Values either side of zero (a deficit turning into a surplus) as bars up and down from one axis. */
export function layoutDiverging({ records, size, lang }: LayoutInput): DivergingLayout {
  const { top, bottom, margin, maxBarWidth } = divergingDefaults;
  const sorted = [...records].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const keys = sorted.map((r, i) => r.label?.[lang] ?? (r.year !== undefined ? String(r.year) : String(i)));
  const band = scaleBand()
    .domain(keys)
    .range([margin, Math.max(margin + 1, size.width - margin)])
    .padding(divergingDefaults.padding);
  const low = Math.min(0, min(sorted, (r) => r.value) ?? 0);
  const high = Math.max(0, max(sorted, (r) => r.value) ?? 0);
  // Room above and below for the value labels.
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .range([size.height - bottom - 18, top + 4]);
  const zeroY = y(0);
  const width = Math.min(band.bandwidth(), maxBarWidth);
  const bars = sorted.map((r, i): DivergingBar => {
    const key = keys[i] ?? String(i);
    const cx = (band(key) ?? 0) + band.bandwidth() / 2;
    const vy = y(r.value);
    const negative = r.value < 0;
    return {
      key,
      x: cx - width / 2,
      y: Math.min(vy, zeroY),
      width,
      height: Math.abs(zeroY - vy),
      negative,
      value: { x: cx, y: negative ? vy + 16 : vy - 6, text: formatFigure(r, lang), anchor: 'middle' },
      year: fittedMark(
        key,
        // The column's step: its band and the padding to the next.
        Math.max(0, band.bandwidth() / (1 - divergingDefaults.padding) - divergingDefaults.labelGap),
        { x: cx, y: negative ? zeroY - 6 : zeroY + 16, anchor: 'middle', grow: 'middle' },
        { fontSize: divergingDefaults.labelSize, lineHeight: divergingDefaults.labelSize, maxLines: 1, limit: TEXT_LIMITS.label },
      ),
      record: r,
      ...markStyle(r.flags),
    };
  });
  return { bars, zero: { x1: margin, x2: Math.max(margin + 1, size.width - margin), y: zeroY } };
}
