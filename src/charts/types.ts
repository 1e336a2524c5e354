import type { Flag, Lang, ValueRecord } from '../data/schema';

export interface ChartSize {
  width: number;
  height: number;
}

/** A label as drawn: position, anchor and text. */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /**
   * A label from the data set on more than one line, each `lineHeight` under the one before from
   * `y` (`text` then holds what is drawn, in one line).
   */
  lines?: readonly string[] | undefined;
  lineHeight?: number | undefined;
  /** The whole text of a label drawn cut with "…": the drawing's `<title>` for it. */
  full?: string | undefined;
}

/** How a flagged figure is drawn, so that the reader sees it is not a plain fact. */
export interface MarkStyle {
  /** Forecasts, targets and derived figures: dashed and hollow. */
  dashed: boolean;
  hollow: boolean;
}

export function markStyle(flags: readonly Flag[]): MarkStyle {
  const notObserved = flags.includes('estimate') || flags.includes('target') || flags.includes('derived');
  return { dashed: notObserved, hollow: notObserved };
}

export interface LayoutInput {
  records: readonly ValueRecord[];
  size: ChartSize;
  lang: Lang;
  /** Drawn in a key-figure tile: a kind that can puts its figures side by side, one row high. */
  compact?: boolean | undefined;
}
