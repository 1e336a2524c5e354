/**
 * The timeline is laid out once per band, each at its band's design width, every horizontal
 * position written as a percentage of that width (text keeps its px size). The stylesheet shows
 * the band whose design width is the largest not above the frame's width (container queries on
 * `.frame` in timeline.module.css), the narrowest one below that: the drawing the build
 * writes into the page is the one every screen keeps, with no layout after hydration.
 *
 * From the frame's widths on the built page: 288 px (a 320 px phone) and 358 (390) show the 280
 * band; 736 (768) the 720 band; 912 (1280), 992 (1024), 998 (1366) and 1032 (1440 and wider) the
 * 900 band. No screen from 390 px up stretches its band by more than 28 %, a desktop's by 15 % at most.
 */
export const TIMELINE_BANDS = [280, 720, 900] as const;

export type TimelineBand = (typeof TIMELINE_BANDS)[number];

/** The band the stylesheet shows in a frame `frameWidth` px wide. */
export function bandFor(frameWidth: number): TimelineBand {
  let chosen: TimelineBand = TIMELINE_BANDS[0];
  for (const band of TIMELINE_BANDS) if (band <= frameWidth) chosen = band;
  return chosen;
}

/**
 * `x` px of a drawing laid out `width` px wide, as a percentage of that width: written with four
 * decimals (a hundredth of a px at 2,000 px), the same text in the build and in every browser.
 */
export function percentOf(x: number, width: number): string {
  const p = Math.round((x / width) * 1e6) / 1e4;
  return `${p === 0 ? 0 : p}%`;
}

/** Writes horizontal positions: as px numbers (exports), or as percentages of the layout's width (the page). */
export type HorizontalUnits = (x: number) => number | string;

export const pxUnits: HorizontalUnits = (x) => x;

const relative = new Map<number, HorizontalUnits>();

/** Percentages of `width`: one function per width, so that a mark drawn alike is not drawn again. */
export function relativeUnits(width: number): HorizontalUnits {
  let units = relative.get(width);
  if (!units) {
    units = (x) => percentOf(x, width);
    relative.set(width, units);
  }
  return units;
}
