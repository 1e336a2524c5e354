/** Peer: Vega-Lite through vega-embed, SVG renderer. Updates go through the view's named data sets. */
import embed, { type Result, type VisualizationSpec } from 'vega-embed';
import {
  EVENT_KINDS,
  KIND_COLORS,
  MARK_COLOR,
  RULE_COLOR,
  SERIES_SIZE,
  TIMELINE_SIZE,
  runPeer,
  timelineExtent,
  yearExtent,
  type SeriesChart,
  type TimelinePoint,
} from './common';

const EMBED_OPTIONS = { renderer: 'svg', actions: false, tooltip: false } as const;
const FIT = { type: 'fit', contains: 'padding' } as const;

const ruleRows = (rule: number | null) => (rule === null ? [] : [{ x: rule }]);

function seriesSpec(chart: SeriesChart, rule: number | null): VisualizationSpec {
  // A year axis takes its domain from a signal, widened to take in the rule: an empty rule layer
  // would otherwise make Vega warn of an infinite extent.
  const x = chart.years
    ? { field: 'x', type: 'quantitative', scale: { domain: { expr: 'xDomain' } }, axis: { format: 'd', tickMinStep: 1 }, title: null }
    : { field: 'x', type: 'ordinal', sort: chart.categories, axis: { labelAngle: 0 }, title: null };
  const y = { field: 'y', type: 'quantitative', title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...SERIES_SIZE,
    autosize: FIT,
    params: chart.years ? [{ name: 'xDomain', value: yearExtent(chart, rule) }] : [],
    datasets: { points: chart.points, rule: ruleRows(rule) },
    layer: [
      {
        data: { name: 'points' },
        mark: { type: 'line', point: true, color: MARK_COLOR },
        encoding: { x, y },
      },
      {
        data: { name: 'points' },
        mark: { type: 'text', dy: -8, fontSize: 10 },
        encoding: { x, y, text: { field: 'text' } },
      },
      ...(chart.years
        ? [
            {
              data: { name: 'rule' },
              mark: { type: 'rule', color: RULE_COLOR, strokeDash: [4, 3], strokeWidth: 1.5 },
              encoding: { x: { field: 'x', type: 'quantitative' } },
            },
          ]
        : []),
    ],
  } as VisualizationSpec;
}

function timelineSpec(events: TimelinePoint[]): VisualizationSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...TIMELINE_SIZE,
    autosize: FIT,
    params: [{ name: 'xDomain', value: timelineExtent(events) }],
    datasets: { events: events.map((e) => ({ ...e })) },
    data: { name: 'events' },
    mark: { type: 'circle', size: 30, opacity: 0.8 },
    encoding: {
      x: { field: 'x', type: 'quantitative', scale: { domain: { expr: 'xDomain' } }, axis: { format: 'd', tickMinStep: 1 }, title: null },
      y: { field: 'kind', type: 'nominal', scale: { domain: EVENT_KINDS }, title: null },
      color: {
        field: 'kind',
        type: 'nominal',
        scale: { domain: EVENT_KINDS, range: EVENT_KINDS.map((k) => KIND_COLORS[k]) },
        legend: null,
      },
    },
  };
}

void runPeer<Result, Result>({
  name: 'Vega-Lite',
  drawSeries: (el, chart, rule) => embed(el, seriesSpec(chart, rule), EMBED_OPTIONS),
  setRule: async (result, _el, chart, rule) => {
    await result.view.signal('xDomain', yearExtent(chart, rule)).data('rule', ruleRows(rule)).runAsync();
  },
  disposeSeries: (result) => result.finalize(),
  drawTimeline: (el, events) => embed(el, timelineSpec(events), EMBED_OPTIONS),
  setTimelineEvents: async (result, _el, events) => {
    // Fresh objects: Vega tags the tuples it ingests, and the old set is being removed.
    await result.view
      .signal('xDomain', timelineExtent(events))
      .data('events', events.map((e) => ({ ...e })))
      .runAsync();
  },
});
