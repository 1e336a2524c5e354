/**
 * Export, loaded only when a reader asks for one (dynamic import), so that it never weighs on the
 * first load. Every format is drawn from the same export layout.
 */
import type { RuleInput } from '../charts/event-rule';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { sourceLine } from '../i18n/figure-text';
import { chartCsv } from './csv';
import { buildDeck } from './deck';
import { chartExportInput, describeFilters, quoteNotes, type ExportFilters } from './export-input';
import { chartFileName, deckFileName } from './file-names';
import { svgToPng } from './rasterize';
import { renderExportSvg, type ChartExportInput, type ExportTheme } from './render-svg';
import { eventsCsv, renderTimelineSvg, timelineFooter, type TimelineExportInput } from './timeline-export';
import type { TimelineEvent } from '../data/schema';
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

/** The PNG of a chart at slide size (always on a light background, as slides are) or at 2× its card. */
async function chartPng(input: ChartExportInput, size: 'slide' | 'card', theme: ExportTheme): Promise<Blob> {
  const { svg, layout } = renderExportSvg(input, size, size === 'slide' ? 'light' : theme);
  return svgToPng(svg, layout.width, layout.height, size === 'slide' ? 1 : 2);
}

async function chartFile(format: Exclude<ChartExportFormat, 'clipboard'>, input: ChartExportInput, view: ExportView): Promise<Blob> {
  switch (format) {
    case 'png-slide':
      return chartPng(input, 'slide', view.theme);
    case 'png-2x':
      return chartPng(input, 'card', view.theme);
    case 'svg': {
      const { svg } = renderExportSvg(input, 'card', view.theme);
      return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' });
    }
    case 'csv':
      return new Blob([chartCsv(input.records, view.sources, input.lang)], { type: 'text/csv;charset=utf-8' });
  }
}

const EXTENSION = { 'png-slide': 'png', 'png-2x': 'png', svg: 'svg', csv: 'csv' } as const;

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
  if (format === 'clipboard') {
    if (!('clipboard' in navigator) || typeof ClipboardItem === 'undefined') {
      throw new Error('this browser cannot put images on the clipboard');
    }
    // The item is given a promise, so that Safari keeps the user's gesture while the PNG is drawn.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': chartPng(input, 'card', view.theme) })]);
    return null;
  }
  const fileName = chartFileName(chart.series.id, chart.records, EXTENSION[format], format === 'png-2x' ? '2x' : '');
  saveBlob(await chartFile(format, input, view), fileName);
  return fileName;
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

/** Exports the timeline as shown, as `exportChart` does a chart; returns the file name, or null for the clipboard. */
export async function exportTimeline(format: ChartExportFormat, timeline: TimelineView, view: ExportView, cardWidth: number): Promise<string | null> {
  const input = timelineInput(timeline, view, cardWidth);
  const png = async (mode: 'slide' | 'card') => {
    const { svg, layout } = renderTimelineSvg(input, mode, mode === 'slide' ? 'light' : view.theme);
    return svgToPng(svg, layout.width, layout.height, mode === 'slide' ? 1 : 2);
  };
  if (format === 'clipboard') {
    if (!('clipboard' in navigator) || typeof ClipboardItem === 'undefined') throw new Error('this browser cannot put images on the clipboard');
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png('card') })]);
    return null;
  }
  const years = timeline.domain.map(Math.floor);
  const fileName = `timeline-${years[0] ?? ''}-${years[1] ?? ''}${format === 'png-2x' ? '-2x' : ''}.${EXTENSION[format]}`;
  const blob =
    format === 'csv'
      ? new Blob([eventsCsv(timeline.events, view.sources, view.lang)], { type: 'text/csv;charset=utf-8' })
      : format === 'svg'
        ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${renderTimelineSvg(input, 'card', view.theme).svg}`], { type: 'image/svg+xml' })
        : await png(format === 'png-slide' ? 'slide' : 'card');
  saveBlob(blob, fileName);
  return fileName;
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
    charts: charts.map(({ series, records }) => ({
      ...chartExportInput({ series, records, cardWidth: 480, ...view }),
      sourceLine: sourceLine(records, view.sources, view.lang),
      notes: quoteNotes(records, view.sources, view.lang),
    })),
  });
  saveBlob(deck, fileName);
  return fileName;
}
