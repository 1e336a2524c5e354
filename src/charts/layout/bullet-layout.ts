import { max } from 'd3-array';
import { scaleLinear } from '../../shared/scales';
import type { ValueRecord } from '../../data/schema';
import { formatAmount, formatFigureOfYear } from '../../i18n/format';
import { placeTicks } from './axis-ticks';
import { markStyle, type LayoutInput, type MarkStyle, type TextMark } from '../types';

export interface BulletLayout {
  track: { x: number; y: number; width: number; height: number };
  bars: { key: string; x: number; y: number; width: number; height: number; label: TextMark; record: ValueRecord }[];
  targets: ({ key: string; x: number; y1: number; y2: number; label: TextMark; record: ValueRecord } & MarkStyle)[];
  /** Value ticks placed by their labels' width (axis-ticks.ts). */
  ticks: (TextMark & { tickX: number })[];
}

/** Tick labels at 12 px (`.label--axis`). */
export const bulletDefaults = { height: 130, margin: 16, barHeight: 28, top: 40, axisSize: 12 };

/** Actual vs target on one track: the actual as a bar, each target as a marker across it. */
export function layoutBullet({ records, size, lang }: LayoutInput): BulletLayout {
  const { margin, barHeight, top } = bulletDefaults;
  const unit = records[0]?.unit ?? 'percent';
  const domainMax = unit === 'percent' ? 100 : (max(records, (r) => r.value) ?? 1) * 1.1;
  const x = scaleLinear().domain([0, domainMax]).range([margin, Math.max(margin + 1, size.width - margin)]);
  const isTarget = (r: ValueRecord) => r.flags.includes('target');
  const bars = records
    .filter((r) => !isTarget(r))
    .map((r, i) => ({
      key: `actual-${i}`,
      x: x(0),
      y: top,
      width: Math.max(0, x(r.value) - x(0)),
      height: barHeight,
      label: { x: x(r.value) + 6, y: top + barHeight / 2 + 5, text: formatFigureOfYear(r, lang), anchor: 'start' as const },
      record: r,
    }));
  const targets = records.filter(isTarget).map((r, i) => ({
    key: `target-${i}`,
    x: x(r.value),
    y1: top - 8,
    y2: top + barHeight + 8,
    label: { x: x(r.value), y: top - 14, text: formatFigureOfYear(r, lang), anchor: 'middle' as const },
    record: r,
    ...markStyle(r.flags),
  }));
  const ticks = placeTicks(
    x.ticks(4).map((t) => ({ x: x(t), text: formatAmount(t, unit, lang) })),
    { left: 0, right: size.width, fontSize: bulletDefaults.axisSize },
  ).map((p) => ({ x: p.x, tickX: p.tickX, y: top + barHeight + 26, text: p.text, anchor: 'middle' as const }));
  return { track: { x: x(0), y: top, width: x(domainMax) - x(0), height: barHeight }, bars, targets, ticks };
}
