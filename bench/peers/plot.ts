/** Peer: Observable Plot (SVG). Plot has no update: a change renders a new svg in place of the old. */
import * as Plot from '@observablehq/plot';
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
  yearTicks,
  type SeriesChart,
  type TimelinePoint,
} from './common';

function seriesPlot(chart: SeriesChart, rule: number | null): Element {
  const { points } = chart;
  const extent = chart.years ? yearExtent(chart, rule) : null;
  return Plot.plot({
    ...SERIES_SIZE,
    marginTop: 24,
    x: extent
      ? { domain: extent, ticks: yearTicks(extent), tickFormat: 'd', label: null }
      : { type: 'point', domain: chart.categories, label: null, padding: 0.5 },
    y: { label: null, grid: true, nice: true, zero: true },
    marks: [
      Plot.line(points, { x: 'x', y: 'y', stroke: MARK_COLOR }),
      Plot.dot(points, { x: 'x', y: 'y', fill: MARK_COLOR, r: 3 }),
      Plot.text(points, { x: 'x', y: 'y', text: 'text', dy: -9, fontSize: 10 }),
      rule !== null ? Plot.ruleX([rule], { stroke: RULE_COLOR, strokeDasharray: '4,3', strokeWidth: 1.5 }) : null,
    ],
  });
}

function timelinePlot(events: TimelinePoint[]): Element {
  return Plot.plot({
    ...TIMELINE_SIZE,
    marginLeft: 100,
    x: { domain: timelineExtent(events), tickFormat: 'd', label: null },
    y: { domain: EVENT_KINDS, label: null },
    color: { domain: EVENT_KINDS, range: EVENT_KINDS.map((k) => KIND_COLORS[k]) },
    marks: [Plot.dot(events, { x: 'x', y: 'kind', fill: 'kind', r: 3, fillOpacity: 0.8 })],
  });
}

/** Puts a newly rendered plot in place of the element's current one. */
function show(el: HTMLDivElement, plot: Element): Element {
  el.replaceChildren(plot);
  return plot;
}

void runPeer<Element, Element>({
  name: 'Observable Plot',
  drawSeries: (el, chart, rule) => show(el, seriesPlot(chart, rule)),
  setRule: (_plot, el, chart, rule) => {
    show(el, seriesPlot(chart, rule));
  },
  disposeSeries: (_plot, el) => el.replaceChildren(),
  drawTimeline: (el, events) => show(el, timelinePlot(events)),
  setTimelineEvents: (_plot, el, events) => {
    show(el, timelinePlot(events));
  },
});
