import { overRecordLimit, RECORD_LIMITS } from '../../data/bounds';
import type { ChartKind, Lang, ValueRecord } from '../../data/schema';
import { oversizeDefaults } from '../layout/oversize-layout';
import type { ChartSize } from '../types';
import { bars } from './bars';
import { bullet } from './bullet';
import { diverging } from './diverging';
import { figure } from './figure';
import type { ChartKindModule, DrawnChart } from './kind';
import { drawOversize } from './oversize';
import { range } from './range';
import { slope } from './slope';
import type { Units } from '../units';

export type { Anchor, DrawnChart, TimeAxis } from './kind';

/** Every chart kind, by the name a series file gives in `chart`. Adding a kind is one module and one entry here. */
export const CHART_KINDS: Record<ChartKind, ChartKindModule> = { slope, bullet, range, diverging, bars, figure };

/** Kinds drawn against time, on which a selected event's date is ruled. */
export const hasTimeAxis = (kind: ChartKind): boolean => CHART_KINDS[kind].hasTimeAxis;

/**
 * The height each kind needs for its records; the width is the card's. Beyond the kind's record limit, a notice's.
 * `compact`: in a key-figure tile, for a kind that has a tile's height.
 */
export const chartHeight = (kind: ChartKind, rows: number, compact = false): number =>
  overRecordLimit(kind, rows) ? oversizeDefaults.height : ((compact ? CHART_KINDS[kind].compactHeight : undefined) ?? CHART_KINDS[kind].height(rows));

/**
 * Lays out and draws one chart kind: pure, so the card and the export draw the same picture.
 * Beyond the kind's record limit (src/data/bounds.ts) it draws no marks, only how many figures there are.
 * `units`: horizontal coordinates in px, or in percent of `size.width` (see ../units).
 */
export const drawChart = (kind: ChartKind, records: readonly ValueRecord[], size: ChartSize, lang: Lang, compact = false, units: Units = 'px'): DrawnChart =>
  overRecordLimit(kind, records.length)
    ? drawOversize(records.length, RECORD_LIMITS[kind], size, lang, units)
    : CHART_KINDS[kind].draw({ records, size, lang, compact }, units);
