/**
 * The static layout of an exported chart: a header (title, subtitle), the chart scaled into its
 * box, then the legend and a footer (source, filters, link). Pure: sizes in, positions out.
 */

import { textWidth } from '../shared/text-metrics';

/** A slide (16:9), a social card (1200×630, the size link previews use) or the card's own size. */
export type ExportMode = 'slide' | 'social' | 'card';

export interface ExportTextLine {
  x: number;
  y: number;
  text: string;
  size: number;
  role: 'title' | 'subtitle' | 'legend' | 'footer';
}

export interface ExportLayout {
  width: number;
  height: number;
  lines: ExportTextLine[];
  /** Where the chart is drawn: laid out at `layoutWidth` × `layoutHeight`, then scaled by `scale`. */
  chart: { x: number; y: number; scale: number; layoutWidth: number; layoutHeight: number };
}

export interface ExportLayoutInput {
  mode: ExportMode;
  /** The chart's natural height for its kind and records (chartHeight). */
  chartHeight: number;
  /** For a card export, the chart's width on screen. */
  cardWidth?: number;
  title: string;
  subtitle: string;
  legend: readonly string[];
  footer: readonly string[];
  /** On a slide, the least width the chart is laid out at before it is scaled (the kind's own otherwise). */
  minLayoutWidth?: number;
}

export const SLIDE = { width: 1920, height: 1080 };
export const SOCIAL_CARD = { width: 1200, height: 630 };

/** The modes drawn on a page of fixed size, the chart scaled into what the text leaves. */
const FIXED_SIZE: Partial<Record<ExportMode, { width: number; height: number }>> = { slide: SLIDE, social: SOCIAL_CARD };

export const exportDefaults = {
  slide: { padding: 96, title: 60, subtitle: 34, legend: 26, footer: 24, gap: 28, maxScale: 2.6, minLayoutWidth: 520 },
  social: { padding: 48, title: 40, subtitle: 24, legend: 17, footer: 17, gap: 18, maxScale: 1.8, minLayoutWidth: 520 },
  card: { padding: 20, title: 20, subtitle: 14, legend: 12, footer: 11, gap: 10, maxScale: 1, minLayoutWidth: 0 },
  lineHeight: 1.3,
  /** The most lines each text takes; a longer one ends in an ellipsis (the SVG's <title> keeps a title whole). */
  maxLines: { title: 3, subtitle: 3, legend: 2, footer: 3 } satisfies Record<ExportTextLine['role'], number>,
};

/** The width of `text` set at `size` px and `weight`. */
export type MeasureText = (text: string, size: number, weight: number) => number;

/**
 * Text width in the export's font, Noto Sans, from its own advance widths: the same number in the
 * browser, the build's social cards and the tests (`src/shared/text-metrics.ts`).
 */
export const fontTextWidth: MeasureText = (text, size, weight) => textWidth(text, size, weight);

const WEIGHT: Record<ExportTextLine['role'], number> = { title: 700, subtitle: 400, legend: 400, footer: 400 };

/** Cuts a word wider than a line into pieces that fit, character by character. */
function splitWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The line cut until it fits with an ellipsis after it. */
function ellipsize(line: string, fits: (text: string) => boolean): string {
  const chars = Array.from(line);
  while (chars.length > 0 && !fits(`${chars.join('').trimEnd()}…`)) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Words onto lines no wider than `maxWidth`, as measured; a word wider than a line is cut. At most
 * `maxLines` lines: the last of them then ends in an ellipsis, and the rest of the text is not set.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  measure: MeasureText = fontTextWidth,
  weight = 400,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const fits = (line: string) => measure(line, size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  // A word of 50,000 characters is cut only as far as the lines it may take.
  const longest = Number.isFinite(maxLines) ? Math.ceil(((maxLines + 1) * maxWidth) / Math.max(1, size * 0.2)) : Number.POSITIVE_INFINITY;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const cut = word.length > longest ? Array.from(word).slice(0, longest).join('') : word;
    for (const piece of fits(cut) ? [cut] : splitWord(cut, fits)) {
      if (line === '') line = piece;
      else if (fits(`${line} ${piece}`)) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
    if (lines.length > maxLines) break;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1] ?? '', fits);
  return kept;
}

/** A block of text set line under line from y = 0; `height` is where the next block may start. */
interface TextBlock {
  lines: ExportTextLine[];
  height: number;
}

function setText(
  parts: readonly { texts: readonly string[]; size: number; role: ExportTextLine['role']; gapAfter?: number }[],
  x: number,
  maxWidth: number,
  measure: MeasureText,
): TextBlock {
  const { lineHeight } = exportDefaults;
  const lines: ExportTextLine[] = [];
  let y = 0;
  for (const { texts, size, role, gapAfter = 0 } of parts) {
    for (const text of texts) {
      for (const line of wrapText(text, maxWidth, size, measure, WEIGHT[role], exportDefaults.maxLines[role])) {
        y += size * lineHeight;
        lines.push({ x, y: y - size * (lineHeight - 1), text: line, size, role });
      }
    }
    if (texts.length > 0) y += gapAfter;
  }
  return { lines, height: y };
}

const shifted = (block: TextBlock, dy: number) => block.lines.map((line) => ({ ...line, y: line.y + dy }));

export function layoutExport(input: ExportLayoutInput, measure: MeasureText = fontTextWidth): ExportLayout {
  const d = exportDefaults[input.mode];
  const page = FIXED_SIZE[input.mode];
  const width = page ? page.width : (input.cardWidth ?? 400) + 2 * d.padding;
  const inner = width - 2 * d.padding;
  const header = setText(
    [
      { texts: [input.title], size: d.title, role: 'title' },
      { texts: [input.subtitle], size: d.subtitle, role: 'subtitle' },
    ],
    d.padding,
    inner,
    measure,
  );
  // Measured before it is placed, so that on a slide it can sit on the bottom edge.
  const bottom = setText(
    [
      { texts: input.legend, size: d.legend, role: 'legend', gapAfter: d.gap / 2 },
      { texts: input.footer, size: d.footer, role: 'footer' },
    ],
    d.padding,
    inner,
    measure,
  );
  const chartTop = d.padding + header.height + d.gap;
  if (page) {
    const bottomTop = page.height - d.padding - bottom.height;
    const boxHeight = Math.max(1, bottomTop - d.gap - chartTop);
    // Never more than the box holds: a chart drawn over the title or the footer misleads.
    const scale = Math.min(d.maxScale, boxHeight / input.chartHeight, inner / (input.minLayoutWidth ?? d.minLayoutWidth));
    const drawnHeight = input.chartHeight * scale;
    return {
      width,
      height: page.height,
      lines: [...shifted(header, d.padding), ...shifted(bottom, bottomTop)],
      chart: { x: d.padding, y: chartTop + (boxHeight - drawnHeight) / 2, scale, layoutWidth: inner / scale, layoutHeight: input.chartHeight },
    };
  }
  const bottomTop = chartTop + input.chartHeight + d.gap;
  return {
    width,
    height: Math.ceil(bottomTop + bottom.height + d.padding),
    lines: [...shifted(header, d.padding), ...shifted(bottom, bottomTop)],
    chart: { x: d.padding, y: chartTop, scale: 1, layoutWidth: inner, layoutHeight: input.chartHeight },
  };
}
