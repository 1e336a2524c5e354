import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ChartBody } from '../charts/chart-image';
import type { RuleInput } from '../charts/event-rule';
import { chartHeight, drawChart } from '../charts/kinds';
import type { ChartKind, Lang, ValueRecord } from '../data/schema';
import notoSans400 from '../fonts/noto-sans-400.woff2?inline';
import notoSans600 from '../fonts/noto-sans-600.woff2?inline';
import { fontTextWidth, layoutExport, type ExportLayout, type ExportMode, type MeasureText } from './export-layout';

export interface ChartExportInput {
  id: string;
  kind: ChartKind;
  title: string;
  subtitle: string;
  records: readonly ValueRecord[];
  lang: Lang;
  /** Flag explanations for the flags the records carry. */
  legend: string[];
  /** Source line, active filters and the link to this view. */
  footer: string[];
  rule?: RuleInput | undefined;
  /** The chart's width on screen, for a card-sized export. */
  cardWidth: number;
}

export type ExportTheme = 'light' | 'dark';

/**
 * The font stack written into every export: Noto Sans, embedded in the file (`EMBEDDED_FONTS`), so
 * an SVG or PNG looks the same on every system; the usual sans-serifs after it for a program that
 * ignores embedded fonts.
 */
export const EXPORT_FONT_STACK = "'Noto Sans', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** The page's own subsets of Noto Sans as `@font-face` rules with `data:` sources: no external reference. */
export const EMBEDDED_FONTS = [
  `@font-face { font-family: 'Noto Sans'; font-weight: 400; src: url(${notoSans400}) format('woff2'); }`,
  `@font-face { font-family: 'Noto Sans'; font-weight: 600 700; src: url(${notoSans600}) format('woff2'); }`,
].join(' ');

/** The serialised SVG with the embedded fonts in a `<style>` first inside it. */
export const withEmbeddedFonts = (svg: string): string => svg.replace(/^<svg[^>]*>/, (open) => `${open}<style>${EMBEDDED_FONTS}</style>`);

/**
 * Properties copied from the page's stylesheet onto each element, so the file needs no CSS; a
 * property at its SVG default is left out.
 */
const INLINED: Record<string, string | null> = {
  fill: null,
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-opacity': '1',
  opacity: '1',
  'font-size': null,
  'font-weight': '400',
  'font-style': 'normal',
};

let measureOutsideBrowser: MeasureText | null = null;

/** Where the build draws with other font files (the social cards), text may be measured by them. */
export function setMeasureOutsideBrowser(measure: MeasureText): void {
  measureOutsideBrowser = measure;
}

/** Text width in the export's own font, from its advance widths: no canvas, the same in every browser. */
export const measureExportText: MeasureText = (text, size, weight) => (measureOutsideBrowser ?? fontTextWidth)(text, size, weight);

export function layoutFor(input: ChartExportInput, mode: ExportMode): ExportLayout {
  return layoutExport(
    {
      mode,
      chartHeight: chartHeight(input.kind, input.records.length),
      cardWidth: input.cardWidth,
      title: input.title,
      subtitle: input.subtitle,
      legend: input.legend,
      footer: input.footer,
    },
    measureExportText,
  );
}

/** The export's own frame (header, footer, background) around the very chart body the card draws. */
export function ExportFrame({ input, layout }: { input: ChartExportInput; layout: ExportLayout }) {
  const { chart } = layout;
  const size = { width: chart.layoutWidth, height: chart.layoutHeight };
  const drawn = drawChart(input.kind, input.records, size, input.lang);
  return (
    <FrameSvg layout={layout} title={input.title} bodyClass={`chart--${input.kind}`}>
      <ChartBody drawn={drawn} width={size.width} rule={input.rule} />
    </FrameSvg>
  );
}

/** Title, subtitle, legend and footer on the export's background, with `children` drawn in the chart's box. */
export function FrameSvg({ layout, title, bodyClass, children }: { layout: ExportLayout; title: string; bodyClass: string; children: ReactNode }) {
  const { chart } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={EXPORT_FONT_STACK}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <rect className="export-bg" x={0} y={0} width={layout.width} height={layout.height} />
      {layout.lines.map((line, i) => (
        <text key={i} className={`export-${line.role}`} x={line.x} y={line.y} fontSize={line.size}>
          {line.text}
        </text>
      ))}
      <g className={bodyClass} transform={`translate(${chart.x} ${chart.y}) scale(${chart.scale})`}>
        {children}
      </g>
    </svg>
  );
}

/** Writes each element's computed style onto it (inherited values included), then drops the classes. */
function inlineComputedStyles(svg: SVGSVGElement): void {
  const elements = [svg, ...svg.querySelectorAll('*')];
  const styles = elements.map((el) => {
    const computed = getComputedStyle(el);
    const isText = el.tagName === 'text';
    return Object.entries(INLINED).flatMap(([property, initial]) => {
      if (property.startsWith('font') && !isText) return [];
      const value = computed.getPropertyValue(property);
      return value && value !== initial && !el.hasAttribute(property) ? [[property, value] as const] : [];
    });
  });
  elements.forEach((el, i) => {
    for (const [property, value] of styles[i] ?? []) el.setAttribute(property, value);
    el.removeAttribute('class');
  });
}

/**
 * The export as a self-contained SVG document: drawn from its own layout, styled by the page's
 * own stylesheet in the chosen theme, then every style written onto its element, so that no
 * class, `var(--…)` or external reference is left.
 */
export function renderExportSvg(input: ChartExportInput, mode: ExportMode, theme: ExportTheme): { svg: string; layout: ExportLayout } {
  const layout = layoutFor(input, mode);
  return { svg: renderFrame(<ExportFrame input={input} layout={layout} />, theme), layout };
}

/** Renders an export frame off-screen in the page's stylesheet and theme, and returns it as self-contained SVG. */
export function renderFrame(frame: ReactNode, theme: ExportTheme): string {
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  stage.dataset.theme = theme;
  stage.setAttribute('aria-hidden', 'true');
  document.body.append(stage);
  const root = createRoot(stage);
  try {
    flushSync(() => root.render(frame));
    const svg = stage.querySelector('svg');
    if (!svg) throw new Error('the export could not be drawn');
    inlineComputedStyles(svg);
    // Added to the string, not the page: the page's Content-Security-Policy admits no inline <style>.
    return withEmbeddedFonts(new XMLSerializer().serializeToString(svg));
  } finally {
    root.unmount();
    stage.remove();
  }
}
