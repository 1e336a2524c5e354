/**
 * The static layout of an exported chart: a header (title, subtitle), the chart scaled into its
 * box, then the legend and a footer (source, filters, link). Pure: sizes in, positions out.
 */

export type ExportMode = 'slide' | 'card';

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
}

export const SLIDE = { width: 1920, height: 1080 };

export const exportDefaults = {
  slide: { padding: 96, title: 60, subtitle: 34, legend: 26, footer: 24, gap: 28, maxScale: 2.6, minLayoutWidth: 520 },
  card: { padding: 20, title: 20, subtitle: 14, legend: 12, footer: 11, gap: 10, maxScale: 1, minLayoutWidth: 0 },
  /** Average advance of a character, as a share of the font size: generous, so text never overflows. */
  charWidth: 0.56,
  lineHeight: 1.3,
};

/** Words onto lines no wider than `maxWidth` at `size`; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (size * exportDefaults.charWidth)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.length > maxChars ? (word.match(new RegExp(`.{1,${maxChars}}`, 'g')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= maxChars) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutExport(input: ExportLayoutInput): ExportLayout {
  const d = exportDefaults[input.mode];
  const { lineHeight } = exportDefaults;
  const width = input.mode === 'slide' ? SLIDE.width : (input.cardWidth ?? 400) + 2 * d.padding;
  const inner = width - 2 * d.padding;
  const lines: ExportTextLine[] = [];

  let y = d.padding;
  const block = (texts: readonly string[], size: number, role: ExportTextLine['role']) => {
    for (const text of texts) {
      for (const line of wrapText(text, inner, size)) {
        y += size * lineHeight;
        lines.push({ x: d.padding, y: y - size * (lineHeight - 1), text: line, size, role });
      }
    }
  };
  block([input.title], d.title, 'title');
  block([input.subtitle], d.subtitle, 'subtitle');
  const chartTop = y + d.gap;

  // The bottom block is measured first, so that on a slide it can sit on the bottom edge.
  const bottom: ExportTextLine[] = [];
  let by = 0;
  const measure = (texts: readonly string[], size: number, role: ExportTextLine['role']) => {
    for (const text of texts) {
      for (const line of wrapText(text, inner, size)) {
        by += size * lineHeight;
        bottom.push({ x: d.padding, y: by - size * (lineHeight - 1), text: line, size, role });
      }
    }
  };
  measure(input.legend, d.legend, 'legend');
  if (input.legend.length > 0) by += d.gap / 2;
  measure(input.footer, d.footer, 'footer');

  let chart: ExportLayout['chart'];
  let height: number;
  if (input.mode === 'slide') {
    height = SLIDE.height;
    const bottomTop = height - d.padding - by;
    const boxHeight = Math.max(1, bottomTop - d.gap - chartTop);
    const scale = Math.max(0.5, Math.min(d.maxScale, boxHeight / input.chartHeight, inner / d.minLayoutWidth));
    const layoutWidth = inner / scale;
    const drawnHeight = input.chartHeight * scale;
    chart = { x: d.padding, y: chartTop + (boxHeight - drawnHeight) / 2, scale, layoutWidth, layoutHeight: input.chartHeight };
    for (const line of bottom) lines.push({ ...line, y: line.y + bottomTop });
  } else {
    chart = { x: d.padding, y: chartTop, scale: 1, layoutWidth: inner, layoutHeight: input.chartHeight };
    const bottomTop = chartTop + input.chartHeight + d.gap;
    for (const line of bottom) lines.push({ ...line, y: line.y + bottomTop });
    height = bottomTop + by + d.padding;
  }
  return { width, height: Math.ceil(height), lines, chart };
}
