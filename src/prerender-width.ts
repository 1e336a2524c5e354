/**
 * The card width the build's social card of a chart is drawn at, and the value of the
 * prerendering context (`PrerenderWidth`) that the timeline reads. Card charts no longer use it to
 * draw: they are laid out at their bands' widths (src/charts/bands.ts).
 */
export const PRERENDER_CARD_WIDTH = 360;
