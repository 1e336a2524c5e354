import type { ChartKind, Lang, ValueRecord } from '../../data/schema';
import type { ChartSize } from '../types';
import { bars } from './bars';
import { bullet } from './bullet';
import { diverging } from './diverging';
import { figure } from './figure';
import type { ChartKindModule, DrawnChart } from './kind';
import { range } from './range';
import { slope } from './slope';

export type { Anchor, DrawnChart, TimeAxis } from './kind';

/** Every chart kind, by the name a series file gives in `chart`. Adding a kind is one module and one entry here. */
export const CHART_KINDS: Record<ChartKind, ChartKindModule> = { slope, bullet, range, diverging, bars, figure };

/** Kinds drawn against time, on which a selected event's date is ruled. */
export const hasTimeAxis = (kind: ChartKind): boolean => CHART_KINDS[kind].hasTimeAxis;

/** The height each kind needs for its records; the width is the card's. */
export const chartHeight = (kind: ChartKind, rows: number): number => CHART_KINDS[kind].height(rows);

/** Lays out and draws one chart kind: pure, so the card and the export draw the same picture. */
export const drawChart = (kind: ChartKind, records: readonly ValueRecord[], size: ChartSize, lang: Lang): DrawnChart =>
  CHART_KINDS[kind].draw({ records, size, lang });
