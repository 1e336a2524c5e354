import type { Lang, Source, TimelineEvent } from '../data/schema';
import { formatDate, formatEventDate } from '../i18n/format';
import { sourceName } from '../i18n/figure-text';
import { MESSAGES } from '../i18n/messages';
import { TimelineImage } from '../timeline/timeline-image';
import { eventInterval } from '../timeline/event-time';
import { clipped, TEXT_LIMITS } from '../data/bounds';
import { csvText, fewNamed, omissionRows } from './csv';
import { layoutTimeline } from '../timeline/timeline-layout';
import { timelineLabelWidth } from '../timeline/text-measure';
import { layoutExport, type ExportLayout, type ExportMode } from './export-layout';
import { FrameSvg, measureExportText, renderFrame, type ExportTheme } from './render-svg';

export interface TimelineExportInput {
  /** The events shown, in date order. */
  events: readonly TimelineEvent[];
  domain: [number, number];
  selectedId: string | null;
  lang: Lang;
  title: string;
  subtitle: string;
  /** Source line, active filters and the link to this view. */
  footer: string[];
  /** The timeline's width on screen, for a card-sized export. */
  cardWidth: number;
}

/** On a slide the timeline is laid out at this width, then scaled to the slide: its labels stay legible. */
export const TIMELINE_SLIDE_LAYOUT_WIDTH = 1152;

/** The labels' room as the page's timeline takes it, so the exported timeline is laid out as the page's. */
const labelWidth = (text: string) => timelineLabelWidth(text);

function timelineHeight(input: TimelineExportInput, width: number): number {
  return layoutTimeline(input.events, width, input.domain, { lang: input.lang, measure: labelWidth, selectedId: input.selectedId }).height;
}

/** The export layout of the timeline: laid out afresh at the width the slide or card gives it. */
export function timelineExportLayout(input: TimelineExportInput, mode: ExportMode): ExportLayout {
  const frame = (chartHeight: number) =>
    layoutExport(
      {
        mode,
        chartHeight,
        cardWidth: input.cardWidth,
        title: input.title,
        subtitle: input.subtitle,
        legend: [],
        footer: input.footer,
        minLayoutWidth: TIMELINE_SLIDE_LAYOUT_WIDTH,
      },
      measureExportText,
    );
  const first = frame(timelineHeight(input, mode === 'card' ? input.cardWidth : TIMELINE_SLIDE_LAYOUT_WIDTH));
  // The height follows the width; where the slide's height bounds the scale, the width grows and the labels need fewer rows.
  return frame(timelineHeight(input, first.chart.layoutWidth));
}

/** The timeline in the export's frame, drawn at the width its layout gives it. */
export function timelineFrame(input: TimelineExportInput, layout: ExportLayout) {
  return (
    <FrameSvg layout={layout} title={input.title} bodyClass="timeline-export">
      <TimelineImage events={input.events} width={layout.chart.layoutWidth} lang={input.lang} selectedId={input.selectedId} domain={input.domain} measure={labelWidth} />
    </FrameSvg>
  );
}

export function renderTimelineSvg(input: TimelineExportInput, mode: ExportMode, theme: ExportTheme): { svg: string; layout: ExportLayout } {
  const layout = timelineExportLayout(input, mode);
  return { svg: renderFrame(timelineFrame(input, layout), theme), layout };
}

/** The timeline's footer lines: the sources its events cite, the filters, the link. */
export function timelineFooter(events: readonly TimelineEvent[], sources: readonly Source[] | undefined, lang: Lang, filters: string, link: string): string[] {
  const t = MESSAGES[lang];
  const cited = [...new Set(events.flatMap((e) => e.citations.map((c) => c.source)))];
  return [`${t.source}: ${cited.map((id) => sourceName(id, sources, lang)).join('; ')}`, filters, `${t.linkLabel}: ${link}`];
}

/**
 * After the date drawn: the article's own wording of it, the public-record date the articles do not
 * give (with the record it comes from), each source's own date where they disagree, and the
 * article's translation of the quote.
 */
export const EVENT_CSV_COLUMNS: Record<Lang, readonly string[]> = {
  en: ['event', 'date', 'date_start', 'date_end', 'kind', 'sectors', 'title', 'source', 'publication', 'quote', 'quote_lang', 'date_as_worded', 'public_record_date', 'public_record_note', 'date_claims', 'translation', 'translation_lang'],
  vi: ['su_kien', 'thoi_gian', 'bat_dau', 'ket_thuc', 'loai', 'linh_vuc', 'tieu_de', 'nguon', 'an_pham', 'trich_dan', 'ngon_ngu_trich_dan', 'thoi_gian_theo_bai', 'ngay_theo_ho_so_cong_khai', 'ghi_chu_ho_so_cong_khai', 'thoi_diem_theo_tung_nguon', 'ban_dich', 'ngon_ngu_ban_dich'],
};

/** Every source's own date where the sources disagree: "Dec 2024 (The Diplomat); 6 Jan 2025 (Reuters)". */
export function dateClaims(event: TimelineEvent, sources: readonly Source[] | undefined, lang: Lang): string {
  return (event.dateConflict ?? [])
    .map((claim) => {
      const publication = sources?.find((s) => s.id === claim.citation.source)?.publication[lang] ?? claim.citation.source;
      const worded = claim.date.label?.[lang];
      return `${formatEventDate(claim.date, lang)}${worded ? `, “${worded}”` : ''} (${publication})`;
    })
    .join('; ');
}

/**
 * What the timeline's CSV lacks, as a sentence: the events the filters leave out, how many and the
 * first few titles (cut to the event-title limit), in date order; nothing when every event is in it.
 */
export function eventsCsvOmissions(all: readonly TimelineEvent[], shown: readonly TimelineEvent[], lang: Lang): string[] {
  const kept = new Set(shown.map((e) => e.id));
  const left = all.filter((e) => !kept.has(e.id)).sort((a, b) => eventInterval(a.date).start - eventInterval(b.date).start || a.id.localeCompare(b.id));
  if (left.length === 0) return [];
  return [MESSAGES[lang].csvEventsLeftOut(left.length, fewNamed(left.map((e) => clipped(e.title[lang], TEXT_LIMITS.eventTitle))))];
}

/**
 * One row per event and citation: its date as the article gives it, and where it comes from. What
 * the file lacks (`omissions`) follows in rows of their own, each starting "#".
 */
export function eventsCsv(events: readonly TimelineEvent[], sources: readonly Source[] | undefined, lang: Lang, omissions: readonly string[] = []): string {
  const t = MESSAGES[lang];
  const rows = events.flatMap((e) =>
    e.citations.map((c) => [
      e.id,
      formatEventDate(e.date, lang),
      // Machine-readable in English; the Vietnamese file writes its dates and sectors in Vietnamese.
      lang === 'vi' ? formatDate(e.date.start, lang) : e.date.start,
      e.date.end === undefined ? '' : lang === 'vi' ? formatDate(e.date.end, lang) : e.date.end,
      t.eventKinds[e.kind],
      lang === 'vi' ? e.sectors.map((s) => t.sectorNames[s]).join(', ') : e.sectors.join(' '),
      e.title[lang],
      c.source,
      sources?.find((s) => s.id === c.source)?.publication[lang] ?? '',
      c.quote,
      lang === 'vi' ? t.languageNames[c.quoteLang] : c.quoteLang,
      e.date.label?.[lang] ?? '',
      e.publicRecord === undefined ? '' : lang === 'vi' ? formatDate(e.publicRecord.date, lang) : e.publicRecord.date,
      e.publicRecord?.note[lang] ?? '',
      dateClaims(e, sources, lang),
      c.translation?.text ?? '',
      c.translation === undefined ? '' : lang === 'vi' ? t.languageNames[c.translation.lang] : c.translation.lang,
    ]),
  );
  return csvText(EVENT_CSV_COLUMNS[lang], [...rows, ...omissionRows(omissions, EVENT_CSV_COLUMNS[lang])]);
}
