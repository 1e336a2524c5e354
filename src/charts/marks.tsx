import type { RuleLayout } from './event-rule';
import type { MarkStyle, TextMark } from './types';
import { pxUnit, type XUnit } from './units';

/**
 * The marks below take `u`, which writes a horizontal coordinate in the chart's units (px, or a
 * percent of the width it was laid out for); vertical ones, radii and text sizes stay in px.
 */

/** A label as its layout set it: one line, or lines under each other; one cut with "…" has its whole text as its title. */
export function Label({ mark, className = 'label', fontSize, u = pxUnit }: { mark: TextMark; className?: string; fontSize?: number; u?: XUnit }) {
  const text = (
    <text x={u(mark.x)} y={mark.y} textAnchor={mark.anchor} className={className} fontSize={fontSize}>
      {mark.lines && mark.lines.length > 1
        ? mark.lines.map((line, i) => (
            <tspan key={i} x={u(mark.x)} dy={i === 0 ? undefined : mark.lineHeight}>
              {line}
            </tspan>
          ))
        : mark.text}
    </text>
  );
  if (mark.full === undefined) return text;
  return (
    <g className="label-cut">
      <title>{mark.full}</title>
      {text}
    </g>
  );
}

/** The classes of a figure's mark: flagged figures are drawn hollow and dashed. */
export const markClass = (m: MarkStyle, extra = '') =>
  `mark${m.hollow ? ' mark--hollow' : ''}${m.dashed ? ' mark--dashed' : ''}${extra ? ` ${extra}` : ''}`;

export interface Tick extends TextMark {
  /** Where the tick itself is, when its label was moved inwards from it; else `x`. */
  tickX?: number;
  /** A gridline from y1 to y2 at the tick's x, when given. */
  y1?: number;
  y2?: number;
}

/** The labelled ticks of an axis, each with its gridline where the layout gives one. */
export function AxisTicks({ ticks, u = pxUnit }: { ticks: readonly Tick[]; u?: XUnit }) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t.text}>
          {t.y1 !== undefined && t.y2 !== undefined && <line className="grid" x1={u(t.tickX ?? t.x)} x2={u(t.tickX ?? t.x)} y1={t.y1} y2={t.y2} />}
          <Label mark={t} className="label label--axis" u={u} />
        </g>
      ))}
    </>
  );
}

/** A straight line of an axis or baseline. */
export function AxisLine({ x1, x2, y, u = pxUnit }: { x1: number; x2: number; y: number; u?: XUnit }) {
  return <line className="axis" x1={u(x1)} x2={u(x2)} y1={y} y2={y} />;
}

/** The selected event on a time axis: a band over its span, or a rule at its date, and its label. */
export function EventRule({ rule, u = pxUnit }: { rule: RuleLayout; u?: XUnit }) {
  return (
    <g className="event-rule">
      {rule.x2 - rule.x1 > 2 ? (
        <rect className="event-rule__band" x={u(rule.x1)} y={rule.top} width={u(rule.x2 - rule.x1)} height={rule.bottom - rule.top} />
      ) : (
        <line className="event-rule__line" x1={u(rule.x1)} x2={u(rule.x1)} y1={rule.top} y2={rule.bottom} />
      )}
      <Label mark={rule.label} className="label label--rule" u={u} />
    </g>
  );
}
