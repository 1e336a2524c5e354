import { max, min } from 'd3-array';
import { scaleLinear } from '../../shared/scales';
import type { ValueRecord } from '../../data/schema';
import { formatFigure } from '../../i18n/format';
import { textWidth } from '../../shared/text-metrics';
import { placeTicks, shortYear } from './axis-ticks';
import { timeDomain } from '../event-rule';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';

export interface SlopePoint extends MarkStyle {
  key: string;
  x: number;
  y: number;
  value: TextMark;
  /** Its year on the axis, unless the years are thinned to fit (axis-ticks.ts): then some have none. */
  year?: TextMark | undefined;
  record: ValueRecord;
}

export interface SlopeSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

export interface SlopeLayout {
  points: SlopePoint[];
  segments: SlopeSegment[];
  baseline: { x1: number; x2: number; y: number };
  /** Maps a (fractional) year to x, for rules such as a selected event's date. */
  xOfYear: (year: number) => number;
  xDomain: [number, number];
}

export const slopeDefaults = {
  height: 200,
  /** Least room beside the end points; more is taken when their labels need it. */
  minSideMargin: 28,
  /** The size and weight value labels are drawn at (`.label.label--value`). */
  valueSize: 13,
  valueWeight: 600,
  labelGap: 10,
  top: 20,
  bottom: 28,
  /** The size year labels are drawn at (`.label--axis`). */
  axisSize: 12,
};

/** Room a label needs beside its point: its width in the font, the gap, and a margin to the edge. */
export function labelRoom(text: string): number {
  return slopeDefaults.labelGap + 6 + textWidth(text, slopeDefaults.valueSize, slopeDefaults.valueWeight);
}

/** Before/after figures on a time axis: the first value labelled on the left, the last on the right. */
export function layoutSlope({ records, size, lang }: LayoutInput): SlopeLayout {
  const dated = records.filter((r): r is ValueRecord & { year: number } => r.year !== undefined);
  const sorted = [...dated].sort((a, b) => a.year - b.year);
  const { minSideMargin, top, bottom, labelGap } = slopeDefaults;
  const labels = sorted.map((r) => formatFigure(r, lang));
  const multiple = sorted.length > 1;
  const left = Math.max(minSideMargin, labels[0] !== undefined ? labelRoom(labels[0]) : 0);
  const rightRoom = multiple ? labelRoom(labels.at(-1) ?? '') : minSideMargin;
  const right = Math.max(left + 1, size.width - Math.max(minSideMargin, rightRoom));
  const xDomain = timeDomain(sorted.map((r) => r.year));
  const x = scaleLinear().domain(xDomain).range([left, right]);
  const low = Math.min(0, min(sorted, (r) => r.value) ?? 0);
  const high = Math.max(0, max(sorted, (r) => r.valueHigh ?? r.value) ?? 1);
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .range([size.height - bottom, top]);

  const years = placeTicks(
    sorted.map((r) => ({ x: x(r.year), text: String(r.year), short: shortYear(r.year) })),
    { left: 0, right: size.width, fontSize: slopeDefaults.axisSize },
  );
  const yearOf = new Map(years.map((t) => [t.index, t]));
  const points = sorted.map((r, i): SlopePoint => {
    const px = x(r.year);
    const py = y(r.value);
    const first = i === 0;
    const last = i === sorted.length - 1 && sorted.length > 1;
    const anchor = first ? 'end' : last ? 'start' : 'middle';
    const dx = first ? -labelGap : last ? labelGap : 0;
    const dy = first || last ? 4 : -10;
    const year = yearOf.get(i);
    return {
      key: `${r.year}-${i}`,
      x: px,
      y: py,
      value: { x: px + dx, y: py + dy, text: labels[i] ?? '', anchor },
      ...(year ? { year: { x: year.x, y: size.height - bottom + 18, text: year.text, anchor: 'middle' as const } } : {}),
      record: r,
      ...markStyle(r.flags),
    };
  });
  const segments = points.flatMap((p, i) => {
    const prev = points[i - 1];
    return prev ? [{ x1: prev.x, y1: prev.y, x2: p.x, y2: p.y, dashed: p.dashed || prev.dashed }] : [];
  });
  return {
    points,
    segments,
    baseline: { x1: left, x2: right, y: y(Math.max(low, 0)) },
    xOfYear: (year) => x(year),
    xDomain,
  };
}
