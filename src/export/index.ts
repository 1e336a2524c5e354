/**
 * Export, loaded only when a reader asks for one (dynamic import), so that it never weighs on the
 * first load. Every format is drawn from the same export layout.
 */
import type { RuleInput } from '../charts/event-rule';
import type { Lang, SeriesFile, Source, TimelineEvent, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { sourceLine } from '../i18n/figure-text';
import { chartCsv, csvOmissions } from './csv';

export { csvOmissions, eventsCsvOmissions };
import { buildDeck, movedSummary } from './deck';
import { chartExportInput, describeFilters, quoteNotes, type ExportFilters } from './export-input';
import { chartFileName, deckFileName, timelineFileName } from './file-names';
import type { ExportLayout, ExportMode } from './export-layout';
import { svgToPng } from './rasterize';
import { renderExportSvg, type ExportTheme } from './render-svg';
import { eventsCsv, eventsCsvOmissions, renderTimelineSvg, timelineFooter, type TimelineExportInput } from './timeline-export';
import { formatEventDate } from '../i18n/format';

export type { ExportTheme };
export type ChartExportFormat = 'png-slide' | 'png-2x' | 'svg' | 'clipboard' | 'csv';

/** What the reader is looking at when they ask for an export. */
export interface ExportView {
  sources: readonly Source[] | undefined;
  lang: Lang;
  filters: ExportFilters;
  /** The link to this view. */
  link: string;
  rule: RuleInput | undefined;
  theme: ExportTheme;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What every export format is made from: the drawing in the export frame, and the data as CSV. */
interface Exportable {
  render: (mode: ExportMode, theme: ExportTheme) => { svg: string; layout: ExportLayout };
  csv: () => string;
}

/** The PNG at slide size (always on a light background, as slides are) or at 2× the card. */
function png(item: Exportable, mode: ExportMode, theme: ExportTheme): Promise<Blob> {
  const { svg, layout } = item.render(mode, mode === 'slide' ? 'light' : theme);
  return svgToPng(svg, layout.width, layout.height, mode === 'slide' ? 1 : 2);
}

async function file(format: Exclude<ChartExportFormat, 'clipboard'>, item: Exportable, theme: ExportTheme): Promise<Blob> {
  switch (format) {
    case 'png-slide':
      return png(item, 'slide', theme);
    case 'png-2x':
      return png(item, 'card', theme);
    case 'svg':
      return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${item.render('card', theme).svg}`], { type: 'image/svg+xml' });
    case 'csv':
      return new Blob([item.csv()], { type: 'text/csv;charset=utf-8' });
  }
}

const EXTENSION = { 'png-slide': 'png', 'png-2x': 'png', svg: 'svg', csv: 'csv' } as const;

/**
 * Downloads the file and returns its name, or puts the image on the clipboard and returns null.
 * Throws the browser's own refusal, for the reader to see.
 */
async function deliver(
  format: ChartExportFormat,
  item: Exportable,
  theme: ExportTheme,
  fileName: (extension: string, variant: string) => string,
): Promise<string | null> {
  if (format === 'clipboard') {
    if (!('clipboard' in navigator) || typeof ClipboardItem === 'undefined') {
      throw new Error('this browser cannot put images on the clipboard');
    }
    // The item is given a promise, so that Safari keeps the user's gesture while the PNG is drawn.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png(item, 'card', theme) })]);
    return null;
  }
  const name = fileName(EXTENSION[format], format === 'png-2x' ? '2x' : '');
  saveBlob(await file(format, item, theme), name);
  return name;
}

/**
 * Exports one chart as the reader sees it: downloads the file and returns its name, or puts the
 * image on the clipboard and returns null. Throws the browser's own refusal, for the reader to see.
 */
export async function exportChart(
  format: ChartExportFormat,
  chart: { series: SeriesFile; records: readonly ValueRecord[]; cardWidth: number },
  view: ExportView,
): Promise<string | null> {
  const input = chartExportInput({ ...chart, ...view });
  const item: Exportable = {
    render: (mode, theme) => renderExportSvg(input, mode, theme),
    // What the file lacks is said in it: the figures outside the years shown, the sources if not loaded.
    csv: () => chartCsv(input.records, view.sources, input.lang, csvOmissions(chart.series.records, chart.records, view.sources, input.lang)),
  };
  return deliver(format, item, view.theme, (extension, variant) => chartFileName(chart.series.id, chart.records, extension, variant));
}

/** What the timeline shows: the events, the stretch of time, the selected event. */
export interface TimelineView {
  events: readonly TimelineEvent[];
  domain: [number, number];
  selected: TimelineEvent | undefined;
}

function timelineInput(timeline: TimelineView, view: ExportView, cardWidth: number): TimelineExportInput {
  const t = MESSAGES[view.lang];
  return {
    events: timeline.events,
    domain: timeline.domain,
    selectedId: timeline.selected?.id ?? null,
    lang: view.lang,
    title: t.timeline,
    subtitle: t.timelineChart,
    footer: timelineFooter(timeline.events, view.sources, view.lang, describeFilters(view.filters, view.lang), view.link),
    cardWidth,
  };
}

/**
 * Exports the timeline as shown, as `exportChart` does a chart; returns the file name, or null for
 * the clipboard. `all` is every event: the CSV names those the filters leave out.
 */
export async function exportTimeline(
  format: ChartExportFormat,
  timeline: TimelineView & { all: readonly TimelineEvent[] },
  view: ExportView,
  cardWidth: number,
): Promise<string | null> {
  const input = timelineInput(timeline, view, cardWidth);
  const item: Exportable = {
    render: (mode, theme) => renderTimelineSvg(input, mode, theme),
    csv: () => eventsCsv(timeline.events, view.sources, view.lang, eventsCsvOmissions(timeline.all, timeline.events, view.lang)),
  };
  return deliver(format, item, view.theme, (extension, variant) => timelineFileName(timeline.domain, extension, variant));
}

/** Downloads a .pptx of the charts shown, after a slide of the timeline, and returns its name. */
export async function exportDeck(
  charts: readonly { series: SeriesFile; records: readonly ValueRecord[] }[],
  view: ExportView,
  timeline?: TimelineView,
  /** Titles of charts shown that could not be loaded: the title slide names them. */
  leftOut: readonly string[] = [],
): Promise<string> {
  const t = MESSAGES[view.lang];
  const fileName = deckFileName(view.filters);
  const deck = await buildDeck({
    title: t.appTitle,
    filters: describeFilters(view.filters, view.lang),
    link: view.link,
    sources: view.sources ?? [],
    labels: { sources: t.sources, filters: t.filtersLabel, link: t.linkLabel, event: t.selectedEventLabel },
    lang: view.lang,
    ...(timeline && timeline.events.length > 0
      ? { timeline: { ...timelineInput(timeline, view, 960), sourceLine: timelineFooter(timeline.events, view.sources, view.lang, '', '')[0] ?? '' } }
      : {}),
    ...(leftOut.length > 0 ? { leftOut: t.deckLeavesOut(leftOut.join('; ')) } : {}),
    ...(timeline?.selected ? { selectedEvent: `${timeline.selected.title[view.lang]} (${formatEventDate(timeline.selected.date, view.lang)})` } : {}),
    ...(timeline?.selected?.moved ? { moved: movedSummary(timeline.selected, new Map(charts.map((c) => [c.series.id, c.series.title[view.lang]])), view.lang, t.whatThisMoved) } : {}),
    charts: charts.map(({ series, records }) => ({
      ...chartExportInput({ series, records, cardWidth: 480, ...view }),
      sourceLine: sourceLine(records, view.sources, view.lang),
      notes: quoteNotes(records, view.sources, view.lang),
    })),
  });
  saveBlob(deck, fileName);
  return fileName;
}
