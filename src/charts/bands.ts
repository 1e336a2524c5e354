/**
 * The widths a card's chart is laid out for ("bands"), per place it is drawn. The chart frame holds
 * one drawing per band, each in relative units (./units), and CSS container queries on the frame
 * (src/styles/chart-bands.css, which a unit test checks against this module) show the band whose
 * width is the largest not above the frame's: a band is only ever stretched, never squeezed,
 * except under the narrowest. So the chart painted from the HTML is the one the reader keeps at
 * any width, and no script measures a frame to draw it.
 *
 * Chosen from the frame widths measured on the built page, from 320 px windows up, to keep the
 * stretch of a band small (the largest frame a band covers over its width):
 * - cards (frames 262–502 px): 260, 330, 410 — at most 1.22× (502 on 410); the narrowest phone
 *   frame, 262, gets the 260 band;
 * - key-figure tiles (136–464 px): 134, 204, 312 — at most 1.5× (464 on 312); the figures are
 *   centred in their share of the tile, so a tile stretches well;
 * - a chart's own page and embeds (any width, 1334 px on a 1440 px window): the cards' 260 and
 *   410 and a wide 560, so that a wide frame gets more ticks and uncut labels.
 */
export type BandContext = 'card' | 'tile' | 'page';

export const CHART_BANDS: Readonly<Record<BandContext, readonly number[]>> = {
  card: [260, 330, 410],
  tile: [134, 204, 312],
  page: [260, 410, 560],
};

/** The band a frame of `frameWidth` px shows: the widest not above it, or the narrowest under them all. */
export function bandFor(bands: readonly number[], frameWidth: number): number {
  const [narrowest] = bands;
  if (narrowest === undefined) throw new RangeError('bandFor: no bands');
  let shown = narrowest;
  for (const b of bands) if (b <= frameWidth) shown = b;
  return shown;
}

/** Where a card is drawn, as the bands know it. */
export const bandContext = (variant: 'dashboard' | 'page' | 'embed', tile: boolean): BandContext =>
  variant === 'dashboard' ? (tile ? 'tile' : 'card') : 'page';
