import { labelRoom } from '../shared/text-metrics';

/** Widths of label text, in px. The layout takes one of these as an argument, so it stays pure. */
export type MeasureText = (text: string) => number;

/** The size labels are drawn at (see `.timeline .event-label` in styles.css). */
export const LABEL_FONT_SIZE = 12;

/**
 * A label's room in px from Noto Sans's own advance widths (`src/shared/text-metrics.ts`): the same
 * number in the build's prerender, in every browser and in the exports, whether or not the font
 * has loaded, so the hydrated timeline is the prerendered one.
 */
export function timelineLabelWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  return labelRoom(text, fontSize);
}
