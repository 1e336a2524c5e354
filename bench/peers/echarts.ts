/** Peer: Apache ECharts, SVG renderer, tree-shaken imports. Updates go through setOption (merge). */
import { LineChart, ScatterChart, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, MarkLineComponent, type GridComponentOption, type MarkLineComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
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

echarts.use([LineChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer]);

type Option = echarts.ComposeOption<LineSeriesOption | ScatterSeriesOption | GridComponentOption | MarkLineComponentOption>;

const yearLabel = { formatter: (v: number) => String(v) };

function markLine(rule: number | null): MarkLineComponentOption {
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    label: { show: false },
    lineStyle: { color: RULE_COLOR, type: [4, 3], width: 1.5 },
    data: rule === null ? [] : [{ xAxis: rule }],
  };
}

function yearAxis(chart: SeriesChart, rule: number | null) {
  const [min, max] = yearExtent(chart, rule);
  return { type: 'value' as const, min, max, minInterval: 1, axisLabel: yearLabel, splitLine: { show: false } };
}

function seriesOption(chart: SeriesChart, rule: number | null): Option {
  const { points } = chart;
  return {
    animation: false,
    grid: { left: 44, right: 16, top: 24, bottom: 24 },
    xAxis: chart.years ? yearAxis(chart, rule) : { type: 'category', data: points.map((p) => String(p.x)) },
    yAxis: { type: 'value', scale: false },
    series: [
      {
        id: 'points',
        type: 'line',
        // On a year axis a point is [year, value]; on a category axis, its index's value.
        data: chart.years ? points.map((p) => [p.x as number, p.y]) : points.map((p) => p.y),
        symbol: 'circle',
        symbolSize: 6,
        color: MARK_COLOR,
        label: { show: true, fontSize: 10, formatter: ({ dataIndex }) => points[dataIndex]?.text ?? '' },
        markLine: markLine(chart.years ? rule : null),
      },
    ],
  };
}

function timelineData(events: TimelinePoint[]): [number, number][] {
  return events.map((e) => [e.x, e.lane]);
}

const LANE_COLORS = EVENT_KINDS.map((k) => KIND_COLORS[k]);
/** A dot's colour from its own value [x, lane], so that it holds after the data are replaced. */
const laneColor = ({ value }: { value: unknown }): string =>
  (Array.isArray(value) ? LANE_COLORS[Number(value[1])] : undefined) ?? MARK_COLOR;

function timelineAxis(events: TimelinePoint[]) {
  const [min, max] = timelineExtent(events);
  return { type: 'value' as const, min, max, minInterval: 1, axisLabel: yearLabel, splitLine: { show: false } };
}

function timelineOption(events: TimelinePoint[]): Option {
  return {
    animation: false,
    grid: { left: 100, right: 20, top: 16, bottom: 28 },
    xAxis: timelineAxis(events),
    yAxis: { type: 'category', data: [...EVENT_KINDS], inverse: true },
    series: [
      {
        id: 'events',
        type: 'scatter',
        data: timelineData(events),
        symbolSize: 6,
        // Everything in one frame: the page reports "drawn" only once the DOM holds every dot.
        progressive: 0,
        itemStyle: { opacity: 0.8, color: laneColor },
      },
    ],
  };
}

function init(el: HTMLDivElement, size: { width: number; height: number }): echarts.ECharts {
  return echarts.init(el, undefined, { renderer: 'svg', ...size });
}

void runPeer<echarts.ECharts, echarts.ECharts>({
  name: 'ECharts',
  drawSeries: (el, chart, rule) => {
    const instance = init(el, SERIES_SIZE);
    instance.setOption(seriesOption(chart, rule));
    return instance;
  },
  setRule: (instance, _el, chart, rule) => {
    instance.setOption({ xAxis: yearAxis(chart, rule), series: [{ id: 'points', markLine: markLine(rule) }] });
  },
  disposeSeries: (instance) => instance.dispose(),
  drawTimeline: (el, events) => {
    const instance = init(el, TIMELINE_SIZE);
    instance.setOption(timelineOption(events));
    return instance;
  },
  setTimelineEvents: (instance, _el, events) => {
    instance.setOption({ xAxis: timelineAxis(events), series: [{ id: 'events', data: timelineData(events) }] });
  },
});
