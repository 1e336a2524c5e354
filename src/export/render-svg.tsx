import { renderToStaticMarkup } from 'react-dom/server';
import { drawChart } from '../charts/kinds';
import { Label } from '../charts/chart-svg';
import { layoutEventRule, type RuleInput } from '../charts/event-rule';
import { chartHeight } from '../charts/kinds';
import type { Lang, ValueRecord, ChartKind } from '../data/schema';
import { layoutExport, type ExportLayout, type ExportMode } from './export-layout';

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

/** The font stack written into every export: fonts every slide program has, no external reference. */
export const EXPORT_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

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

export function layoutFor(input: ChartExportInput, mode: ExportMode): ExportLayout {
  return layoutExport({
    mode,
    chartHeight: chartHeight(input.kind, input.records.length),
    cardWidth: input.cardWidth,
    title: input.title,
    subtitle: input.subtitle,
    legend: input.legend,
    footer: input.footer,
  });
}

function ExportFrame({ input, layout }: { input: ChartExportInput; layout: ExportLayout }) {
  const { chart } = layout;
  const size = { width: chart.layoutWidth, height: chart.layoutHeight };
  const drawn = drawChart(input.kind, input.records, size, input.lang);
  const rule = input.rule && drawn.timeAxis ? layoutEventRule(drawn.timeAxis, input.rule, size.width) : null;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={EXPORT_FONT_STACK}
      role="img"
      aria-label={input.title}
    >
      <title>{input.title}</title>
      <rect className="export-bg" x={0} y={0} width={layout.width} height={layout.height} />
      {layout.lines.map((line, i) => (
        <text key={i} className={`export-${line.role}`} x={line.x} y={line.y} fontSize={line.size}>
          {line.text}
        </text>
      ))}
      <g transform={`translate(${chart.x} ${chart.y}) scale(${chart.scale})`}>
        {drawn.body}
        {rule && (
          <g className="event-rule">
            <line x1={rule.x1} x2={rule.x1} y1={rule.top} y2={rule.bottom} />
            <Label mark={rule.label} className="label label--rule" />
          </g>
        )}
      </g>
    </svg>
  );
}

/**
 * The export as a self-contained SVG document: drawn from its own layout, styled by the page's
 * own stylesheet in the chosen theme, then every style written onto its element, so that no
 * class, `var(--…)` or external reference is left.
 */
export function renderExportSvg(input: ChartExportInput, mode: ExportMode, theme: ExportTheme): { svg: string; layout: ExportLayout } {
  const layout = layoutFor(input, mode);
  const markup = renderToStaticMarkup(<ExportFrame input={input} layout={layout} />);
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  stage.dataset.theme = theme;
  stage.setAttribute('aria-hidden', 'true');
  document.body.append(stage);
  try {
    stage.innerHTML = markup;
    const svg = stage.querySelector('svg')!;
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      if (!el.hasAttribute('class')) continue;
      const computed = getComputedStyle(el);
      for (const [property, initial] of Object.entries(INLINED)) {
        if (property.startsWith('font') && el.tagName !== 'text') continue;
        const value = computed.getPropertyValue(property);
        if (value && value !== initial && !el.hasAttribute(property)) el.setAttribute(property, value);
      }
      el.removeAttribute('class');
    }
    return { svg: new XMLSerializer().serializeToString(svg), layout };
  } finally {
    stage.remove();
  }
}
