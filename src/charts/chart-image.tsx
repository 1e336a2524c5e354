import { useMemo } from 'react';
import type { ChartKind, Lang, ValueRecord } from '../data/schema';
import { ChartSvg, Label } from './chart-svg';
import { layoutEventRule, type RuleInput } from './event-rule';
import { drawChart, type DrawnChart } from './kinds';
import type { ChartSize } from './types';

export interface ChartImageProps {
  kind: ChartKind;
  records: readonly ValueRecord[];
  size: ChartSize;
  lang: Lang;
  label: string;
  describedBy: string;
  rule?: RuleInput | undefined;
  /** Already drawn by the caller (which also needs the anchors); drawn here when absent. */
  drawn?: DrawnChart;
}

/** The chart as an SVG image: the one picture the card, the snapshots and the gallery show. */
export function ChartImage({ kind, records, size, lang, label, describedBy, rule, drawn: given }: ChartImageProps) {
  const drawn = useMemo(() => given ?? drawChart(kind, records, size, lang), [given, kind, records, size, lang]);
  const ruled = useMemo(
    () => (rule && drawn.timeAxis ? layoutEventRule(drawn.timeAxis, rule, size.width) : null),
    [rule, drawn.timeAxis, size.width],
  );
  return (
    <ChartSvg size={size} label={label} describedBy={describedBy} className={`chart--${kind}`}>
      {drawn.body}
      {ruled && (
        <g className="event-rule">
          {ruled.x2 - ruled.x1 > 2 ? (
            <rect x={ruled.x1} y={ruled.top} width={ruled.x2 - ruled.x1} height={ruled.bottom - ruled.top} />
          ) : (
            <line x1={ruled.x1} x2={ruled.x1} y1={ruled.top} y2={ruled.bottom} />
          )}
          <Label mark={ruled.label} className="label label--rule" />
        </g>
      )}
    </ChartSvg>
  );
}
