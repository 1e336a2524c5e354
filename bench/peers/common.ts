/**
 * What the peer pages share: loading the data folder, turning series and events into plain points,
 * the sector filter and the event rule, the page's DOM and the `window.bench` interface. Each peer
 * supplies only a `PeerRenderer`: how its library draws and updates one chart.
 */
import type { DataIndex, EventKind, SeriesFile, TimelineEvent, Unit, ValueRecord } from '../../src/data/schema';
import { eventInterval } from '../../src/timeline/event-time';
import './peers.css';

export interface BenchApi {
  /** Draws only the series (and timeline events) sharing a sector with `sectors`; null = all. */
  filterSectors(sectors: string[] | null): Promise<void>;
  /** Draws a vertical rule at the event's date on every series chart with a year axis; null removes it. */
  selectEvent(id: string | null): Promise<void>;
}

declare global {
  interface Window {
    /** Set once every chart of the first load is in the DOM. */
    __benchDrawn?: boolean;
    /** Set when the page could not load or draw its data. */
    __benchError?: string;
    bench?: BenchApi;
  }
}

export const SERIES_SIZE = { width: 360, height: 200 } as const;
export const TIMELINE_SIZE = { width: 1200, height: 260 } as const;

/** One lane per event kind, top to bottom. A Record, so a kind added to the schema fails to typecheck here. */
const LANES: Record<EventKind, number> = {
  'us-control': 0,
  'china-policy': 1,
  'ai-milestone': 2,
  'chip-milestone': 3,
  market: 4,
  remark: 5,
};
export const EVENT_KINDS = (Object.keys(LANES) as EventKind[]).sort((a, b) => LANES[a] - LANES[b]);

/** The same colour per event kind in every peer (Tableau 10). */
export const KIND_COLORS: Record<EventKind, string> = {
  'us-control': '#4e79a7',
  'china-policy': '#f28e2c',
  'ai-milestone': '#e15759',
  'chip-milestone': '#76b7b2',
  market: '#59a14f',
  remark: '#edc949',
};
export const RULE_COLOR = '#d1242f';
export const MARK_COLOR = '#0969da';

export interface SeriesPoint {
  /** The year, or (in a chart without a year axis) the year as text or the record's label. */
  x: number | string;
  y: number;
  /** The value as labelled beside its point. */
  text: string;
}

export interface SeriesChart {
  id: string;
  title: string;
  sectors: string[];
  /** Every record has a year: x is a year axis, and an event rule can be drawn on it. */
  years: boolean;
  points: SeriesPoint[];
  /** x categories in order, when `years` is false. */
  categories: string[];
}

export interface TimelinePoint {
  id: string;
  /** Midpoint of the event's date, in fractional years. */
  x: number;
  kind: EventKind;
  lane: number;
  title: string;
}

export interface BenchData {
  index: DataIndex;
  series: SeriesFile[];
  events: TimelineEvent[];
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** index.json, then every series file and the events file it lists, all relative to `base`. */
export async function loadData(base = './data/'): Promise<BenchData> {
  const index = await fetchJson<DataIndex>(`${base}index.json`);
  const [events, ...series] = await Promise.all([
    fetchJson<{ events: TimelineEvent[] }>(`${base}${index.events}`).then((f) => f.events),
    ...index.series.map((entry) => fetchJson<SeriesFile>(`${base}${entry.file}`)),
  ]);
  return { index, series: series, events: events };
}

const PERCENT_UNITS: ReadonlySet<Unit> = new Set<Unit>(['percent', 'percent-change']);

export function formatValue(r: ValueRecord): string {
  const fmt = (v: number) => String(Math.round(v * 100) / 100);
  const suffix = PERCENT_UNITS.has(r.unit) ? '%' : '';
  return r.valueHigh !== undefined ? `${fmt(r.value)}–${fmt(r.valueHigh)}${suffix}` : `${fmt(r.value)}${suffix}`;
}

export function seriesChart(series: SeriesFile): SeriesChart {
  const years = series.records.every((r) => r.year !== undefined);
  // Dated records in year order, then the undated ones in file order.
  const records = [...series.records].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  const points = records.map((r): SeriesPoint => ({
    x: years ? r.year! : r.year !== undefined ? String(r.year) : (r.label?.en ?? ''),
    y: r.value,
    text: formatValue(r),
  }));
  const categories = years ? [] : [...new Set(points.map((p) => String(p.x)))];
  return { id: series.id, title: series.title.en, sectors: series.sectors, years, points, categories };
}

export function timelinePoint(event: TimelineEvent): TimelinePoint {
  const { start, end } = eventInterval(event.date);
  return { id: event.id, x: (start + end) / 2, kind: event.kind, lane: LANES[event.kind], title: event.title.en };
}

/** The x extent of a year chart, widened to take in the rule; never empty. */
export function yearExtent(chart: SeriesChart, rule: number | null): [number, number] {
  const xs = chart.points.map((p) => p.x as number);
  if (rule !== null) xs.push(rule);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** The timeline's x extent: the shown events' whole years, never empty (2015–2026 with no event). */
export function timelineExtent(events: readonly TimelinePoint[]): [number, number] {
  if (events.length === 0) return [2015, 2026];
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.x);
    hi = Math.max(hi, e.x);
  }
  lo = Math.floor(lo);
  hi = Math.ceil(hi);
  return lo === hi ? [lo, hi + 1] : [lo, hi];
}

/** Whole years within an extent, at most about `count` of them. */
export function yearTicks([lo, hi]: [number, number], count = 6): number[] {
  const first = Math.ceil(lo);
  const last = Math.floor(hi);
  const step = Math.max(1, Math.ceil((last - first + 1) / count));
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  return ticks;
}

const matches = (sectors: ReadonlySet<string> | null, own: readonly string[]) =>
  sectors === null || own.some((s) => sectors.has(s));

/** How one library draws: a handle per chart, updated in place where the library allows. */
export interface PeerRenderer<S, T> {
  name: string;
  drawSeries(el: HTMLDivElement, chart: SeriesChart, rule: number | null): Promise<S> | S;
  /** Only called for charts with `years`. */
  setRule(handle: S, el: HTMLDivElement, chart: SeriesChart, rule: number | null): Promise<void> | void;
  disposeSeries(handle: S, el: HTMLDivElement): void;
  drawTimeline(el: HTMLDivElement, events: TimelinePoint[]): Promise<T> | T;
  setTimelineEvents(handle: T, el: HTMLDivElement, events: TimelinePoint[]): Promise<void> | void;
}

interface Card<S> {
  chart: SeriesChart;
  figure: HTMLElement;
  el: HTMLDivElement;
  handle: S;
}

/** Loads the data, draws every chart, then exposes `window.bench` and sets `window.__benchDrawn`. */
export async function runPeer<S, T>(renderer: PeerRenderer<S, T>): Promise<void> {
  try {
    await start(renderer);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    window.__benchError = message;
    const p = document.createElement('p');
    p.className = 'bench-error';
    p.textContent = `${renderer.name}: ${message}`;
    document.body.append(p);
    console.error(error);
  }
}

async function start<S, T>(renderer: PeerRenderer<S, T>): Promise<void> {
  performance.mark('bench:start');
  const data = await loadData();
  performance.mark('bench:loaded');
  const charts = data.series.map(seriesChart);
  const events = data.events.map(timelinePoint);
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const eventSectors = new Map(data.events.map((e) => [e.id, e.sectors]));

  let sectors: ReadonlySet<string> | null = null;
  let rule: number | null = null;
  const visibleEvents = () => events.filter((e) => matches(sectors, eventSectors.get(e.id) ?? []));

  const heading = document.createElement('h1');
  heading.textContent = `${renderer.name}: ${charts.length} series, ${events.length} events`;
  const timelineEl = document.createElement('div');
  timelineEl.className = 'bench-timeline';
  timelineEl.dataset.benchChart = 'timeline';
  const grid = document.createElement('div');
  grid.className = 'bench-grid';
  document.body.append(heading, timelineEl, grid);

  const cards = new Map<string, Card<S>>();
  /** Puts a card in the grid before `before` at once, and draws its chart. */
  const drawCard = (chart: SeriesChart, before: Node | null): { figure: HTMLElement; drawn: Promise<void> } => {
    const figure = document.createElement('figure');
    figure.className = 'bench-card';
    const caption = document.createElement('figcaption');
    caption.textContent = chart.title;
    const el = document.createElement('div');
    el.dataset.benchChart = chart.id;
    el.dataset.benchSectors = chart.sectors.join(' ');
    figure.append(caption, el);
    grid.insertBefore(figure, before);
    const drawn = Promise.resolve(renderer.drawSeries(el, chart, chart.years ? rule : null)).then((handle) => {
      cards.set(chart.id, { chart, figure, el, handle });
    });
    return { figure, drawn };
  };

  const [timeline] = await Promise.all([
    renderer.drawTimeline(timelineEl, events),
    ...charts.map((chart) => drawCard(chart, null).drawn),
  ]);

  const filterSectors = async (list: string[] | null): Promise<void> => {
    sectors = list === null ? null : new Set(list);
    const work: Promise<void>[] = [];
    // Walk backwards so each new card goes in before the next card shown, keeping the index's order.
    let next: Node | null = null;
    for (let i = charts.length - 1; i >= 0; i--) {
      const chart = charts[i]!;
      const card = cards.get(chart.id);
      const show = matches(sectors, chart.sectors);
      if (card && !show) {
        renderer.disposeSeries(card.handle, card.el);
        card.figure.remove();
        cards.delete(chart.id);
      } else if (card) {
        next = card.figure;
      } else if (show) {
        const { figure, drawn } = drawCard(chart, next);
        work.push(drawn);
        next = figure;
      }
    }
    work.push(Promise.resolve(renderer.setTimelineEvents(timeline, timelineEl, visibleEvents())));
    await Promise.all(work);
  };

  const selectEvent = async (id: string | null): Promise<void> => {
    if (id !== null && !eventsById.has(id)) throw new Error(`selectEvent: no event '${id}'`);
    rule = id === null ? null : eventsById.get(id)!.x;
    await Promise.all(
      [...cards.values()]
        .filter((card) => card.chart.years)
        .map((card) => Promise.resolve(renderer.setRule(card.handle, card.el, card.chart, rule))),
    );
  };

  // One call at a time: a call made while another is drawing waits for it.
  let queue: Promise<void> = Promise.resolve();
  const serial =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    (...args: A): Promise<void> => {
      const run = queue.then(() => fn(...args));
      queue = run.catch(() => undefined);
      return run;
    };

  window.bench = { filterSectors: serial(filterSectors), selectEvent: serial(selectEvent) };
  performance.mark('bench:drawn');
  window.__benchDrawn = true;
}
