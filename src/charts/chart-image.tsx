import { useMemo } from 'react';
import type { ChartKind, Lang, ValueRecord } from '../data/schema';
import { ChartSvg } from './chart-svg';
import { layoutEventRule, type RuleInput } from './event-rule';
import { drawChart, type DrawnChart } from './kinds';
import { EventRule } from './marks';
import type { ChartSize } from './types';
import { xUnit, type Units } from './units';

export interface ChartBodyProps {
  drawn: DrawnChart;
  width: number;
  /** The selected event, ruled where the chart has a time axis. */
  rule?: RuleInput | undefined;
  /** The units `drawn` was drawn in, which the rule takes too. */
  units?: Units | undefined;
}

/**
 * The chart's marks and the selected event's rule: the one drawing the card, the exports, the
 * snapshots and the gallery all show, each in its own frame.
 */
export function ChartBody({ drawn, width, rule, units = 'px' }: ChartBodyProps) {
  const ruled = rule && drawn.timeAxis ? layoutEventRule(drawn.timeAxis, rule, width) : null;
  return (
    <>
      {drawn.body}
      {ruled && <EventRule rule={ruled} u={xUnit(units, width)} />}
    </>
  );
}

export interface ChartImageProps {
  kind: ChartKind;
  records: readonly ValueRecord[];
  size: ChartSize;
  lang: Lang;
  label: string;
  describedBy: string;
  rule?: RuleInput | undefined;
  /** Already drawn by the caller (which also needs the anchors), in `units`; drawn here when absent. */
  drawn?: DrawnChart;
  /** px (the default: the gallery, the snapshots) or relative to `size.width` (the page). */
  units?: Units | undefined;
}

/** The chart as an SVG image on the page, with its accessible name and text alternative. */
export function ChartImage({ kind, records, size, lang, label, describedBy, rule, drawn: given, units = 'px' }: ChartImageProps) {
  const drawn = useMemo(() => given ?? drawChart(kind, records, size, lang, false, units), [given, kind, records, size, lang, units]);
  return (
    <ChartSvg size={size} label={label} describedBy={describedBy} className={`chart--${kind}`} units={units}>
      <ChartBody drawn={drawn} width={size.width} rule={rule} units={units} />
    </ChartSvg>
  );
}
