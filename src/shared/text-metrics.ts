import { ADVANCES, ASCENT, CHARS, DESCENT, UNITS_PER_EM } from './text-metrics-data';

/**
 * The one measure of text, in the build and in every browser alike: the sum of Noto Sans's own
 * advance widths (the page's one font, `src/fonts.css`, set without kerning or ligatures), from a
 * table the font build writes (`scripts/font-build.ts`). No font needs to be loaded and no canvas
 * is asked, so the prerendered layout is the hydrated one whatever the browser.
 */

/** The weights the table holds: 400, and 600 (drawn for 600 and 700 alike). */
export type MetricsWeight = keyof typeof ADVANCES;

/**
 * Of a text at its font size, the share of the box the browser gives it above the baseline and
 * below it (Noto Sans's ascent and descent): two labels one above the other clear each other by these.
 */
export const textExtent = { above: ASCENT / UNITS_PER_EM, below: DESCENT / UNITS_PER_EM };

/** Advance, in font units, of a character the subset lacks: drawn in a fallback, so taken wide. */
export const UNKNOWN_ADVANCE = UNITS_PER_EM;

let tables: Map<number, number>[] | null = null;

function tableFor(weight: MetricsWeight): Map<number, number> {
  tables ??= ([400, 600] as const).map((w) => {
    const packed = ADVANCES[w];
    const table = new Map<number, number>();
    let i = 0;
    for (const ch of CHARS) {
      table.set(ch.codePointAt(0) ?? 0, parseInt(packed.slice(i * 2, i * 2 + 2), 36));
      i += 1;
    }
    return table;
  });
  return tables[weight === 400 ? 0 : 1] as Map<number, number>;
}

/** The weight drawn for a CSS weight: regular up to 500, semibold above. */
export const metricsWeight = (weight: number): MetricsWeight => (weight > 500 ? 600 : 400);

/** The advance of one code point in font units (`UNKNOWN_ADVANCE` where the subset has none). */
export function advanceOf(codePoint: number, weight: number = 400): number {
  return tableFor(metricsWeight(weight)).get(codePoint) ?? UNKNOWN_ADVANCE;
}

/** Whether the subset draws this code point. */
export const inFont = (codePoint: number): boolean => tableFor(400).has(codePoint);

/** The width in px of `text` set at `fontSize` px and `weight` in Noto Sans. */
export function textWidth(text: string, fontSize: number, weight: number = 400): number {
  const table = tableFor(metricsWeight(weight));
  let units = 0;
  for (const ch of text) units += table.get(ch.codePointAt(0) ?? 0) ?? UNKNOWN_ADVANCE;
  return (units / UNITS_PER_EM) * fontSize;
}

/**
 * A label's room in px: its width rounded up, and a pixel either side for anti-aliasing, which
 * draws a little beyond the advance width.
 */
export const labelRoom = (text: string, fontSize: number, weight: number = 400): number => Math.ceil(textWidth(text, fontSize, weight)) + 2;
