/**
 * How a chart writes its horizontal coordinates. In px (exports, social cards, the gallery, the
 * snapshots), or as percentages of the width it was laid out for (the page): an `<svg>` of width
 * 100% and no viewBox then puts each mark at the same share of whatever width its frame has, so
 * the chart painted from the HTML needs no second layout once the page runs.
 */
export type Units = 'px' | 'relative';

/** A horizontal coordinate as an attribute value: px as a number, relative as "12.5%". */
export type XUnit = (x: number) => number | string;

/** Four decimals of a percent: a hundredth of a pixel on a 10,000 px frame. */
const PRECISION = 1e4;

export const pxUnit: XUnit = (x) => x;

/** Percent of `width`, the width the chart was laid out for. */
export function relativeUnit(width: number): XUnit {
  if (!(width > 0) || !Number.isFinite(width)) throw new RangeError(`relativeUnit: width must be a positive number, not ${String(width)}`);
  return (x) => `${Math.round((x / width) * 100 * PRECISION) / PRECISION}%`;
}

export const xUnit = (units: Units, width: number): XUnit => (units === 'px' ? pxUnit : relativeUnit(width));

/** The same coordinate as a CSS length from the frame's left edge plus a px offset (a button over a mark). */
export function cssOffset(x: number, width: number, offsetPx: number): string {
  const pct = Math.round((x / width) * 100 * PRECISION) / PRECISION;
  if (offsetPx === 0) return `${pct}%`;
  return `calc(${pct}% ${offsetPx < 0 ? '-' : '+'} ${Math.abs(offsetPx)}px)`;
}
