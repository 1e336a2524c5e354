import PptxGenJS from 'pptxgenjs';
import { clipText, overRecordLimit, TEXT_LIMITS } from '../data/bounds';
import type { Lang, Source, TimelineEvent } from '../data/schema';
import { quoteFor } from '../i18n/quote';
import { sourceName } from '../i18n/figure-text';
import { blobToDataUrl, svgToPng } from './rasterize';
import { renderExportSvg, type ChartExportInput } from './render-svg';
import { renderTimelineSvg, type TimelineExportInput } from './timeline-export';

export interface DeckInput {
  title: string;
  /** "Sectors: Semiconductors · 2019–2025" */
  filters: string;
  link: string;
  charts: (ChartExportInput & { sourceLine: string; notes: string })[];
  sources: readonly Source[];
  labels: { sources: string; filters: string; link: string; event: string };
  lang: Lang;
  /** The timeline of the events shown, drawn on the slide after the title slide. */
  timeline?: TimelineExportInput & { sourceLine: string };
  /** The selected event's title and date, named on the title slide. */
  selectedEvent?: string;
  /** What the deck leaves out and why, said on the title slide. */
  leftOut?: string;
  /** The figures the selected event moved, named on the title slide, their sentences in its notes. */
  moved?: MovedSummary;
}

export interface MovedSummary {
  /** "What this moved: Nvidia’s market share in China; …" */
  line: string;
  /** Each figure with the sentence that ties it to the event, in the reader's language where the article has it. */
  notes: string;
}

/**
 * The figures `event` moved, as the title slide says them: each series by its title (`titles`, by
 * id; its id where the deck has no title for it), once, and each link's sentence for the notes.
 */
export function movedSummary(event: TimelineEvent, titles: ReadonlyMap<string, string>, lang: Lang, label: string): MovedSummary | undefined {
  const links = event.moved ?? [];
  if (links.length === 0) return undefined;
  const titleOf = (id: string) => titles.get(id) ?? id;
  const named = [...new Set(links.map((l) => titleOf(l.series)))];
  const notes = links.map((l) => `${titleOf(l.series)}: “${quoteFor(l.citation, lang).text}”`);
  return { line: `${label}: ${named.join('; ')}`, notes: `${label}:\n${notes.join('\n')}` };
}

/** The deck's font: the page's. */
export const DECK_FONT = 'Noto Sans';

/** Slide sizes in inches: the 16:9 layout is 10 × 5.625. */
const W = 10;
const H = 5.625;
const TEXT = '1C1C1E';
const MUTED = '55565B';
const MARK = '1F5FA8';

/** Kinds drawn as a native, editable PowerPoint chart when no figure carries a flag the chart could not show. */
function nativeChart(chart: DeckInput['charts'][number]) {
  if (chart.kind !== 'bars' && chart.kind !== 'diverging') return null;
  if (overRecordLimit(chart.kind, chart.records.length)) return null;
  if (chart.records.some((r) => r.flags.length > 0)) return null;
  const labels = chart.records.map((r) => r.label?.[chart.lang] ?? String(r.year ?? ''));
  return { labels, values: chart.records.map((r) => r.value) };
}

/** A PowerPoint deck of the charts shown: a title slide, then one slide per chart with its quotes in the notes. */
export async function buildDeck(input: DeckInput): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = input.title;
  // The page's font for every text box (the charts drawn as images carry it embedded); where a
  // system lacks Noto Sans, the slide program substitutes its own sans-serif.
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };

  const cover = pptx.addSlide();
  cover.addText(input.title, { x: 0.5, y: 0.4, w: W - 1, h: 0.9, fontSize: 30, bold: true, color: TEXT });
  cover.addText(`${input.labels.filters}: ${input.filters}`, { x: 0.5, y: 1.3, w: W - 1, h: 0.4, fontSize: 16, color: MUTED });
  if (input.leftOut) {
    cover.addText(input.leftOut, { x: 0.5, y: H - 1.35, w: W - 1, h: 0.4, fontSize: 12, color: 'B4232A' });
  }
  if (input.selectedEvent) {
    cover.addText(`${input.labels.event}: ${input.selectedEvent}`, { x: 0.5, y: H - 0.95, w: W - 1, h: 0.35, fontSize: 12, color: MUTED });
  }
  if (input.moved) {
    cover.addText(input.moved.line, { x: 0.5, y: H - 1.3, w: W - 1, h: 0.35, fontSize: 12, color: MARK, fit: 'shrink' });
  }
  cover.addText(
    input.sources.map((s) => ({
      text: `${sourceName(s.id, input.sources, input.lang)} — ${s.title}${s.url ? ` (${s.url})` : ''}`,
      options: { bullet: true, breakLine: true },
    })),
    { x: 0.5, y: 1.9, w: W - 1, h: 2.9, fontSize: 12, color: TEXT, valign: 'top' },
  );
  cover.addText(`${input.labels.link}: ${input.link}`, { x: 0.5, y: H - 0.6, w: W - 1, h: 0.3, fontSize: 10, color: MUTED });
  const sourceNotes = `${input.labels.sources}:\n${input.sources.map((s) => `${sourceName(s.id, input.sources, input.lang)}: ${s.title}`).join('\n')}`;
  cover.addNotes(input.moved ? `${input.moved.notes}\n\n${sourceNotes}` : sourceNotes);

  if (input.timeline) await addImageSlide(pptx, input.timeline.title, input.timeline.subtitle, input.timeline.sourceLine, renderTimelineSvg({ ...input.timeline, title: '', subtitle: '', footer: [] }, 'slide', 'light'), input.timeline.title);

  for (const chart of input.charts) {
    const slide = pptx.addSlide();
    // A title or subtitle beyond its limit is cut on the slide; the notes then carry it whole.
    const title = clipText(chart.title, TEXT_LIMITS.title);
    const subtitle = clipText(chart.subtitle, TEXT_LIMITS.subtitle);
    slide.addText(title.text, { x: 0.4, y: 0.25, w: W - 0.8, h: 0.6, fontSize: 24, bold: true, color: TEXT });
    slide.addText(subtitle.text, { x: 0.4, y: 0.82, w: W - 0.8, h: 0.35, fontSize: 13, color: MUTED });
    const native = nativeChart(chart);
    if (native) {
      slide.addChart(pptx.ChartType.bar, [{ name: title.text, labels: native.labels, values: native.values }], {
        ...BOX,
        barDir: chart.kind === 'bars' ? 'bar' : 'col',
        chartColors: [MARK],
        showValue: true,
        showLegend: false,
      });
    } else {
      // The chart alone: its title is the slide's.
      await addImage(slide, renderExportSvg({ ...chart, title: '', subtitle: '', footer: [] }, 'slide', 'light'), title.text);
    }
    slide.addText(clipText(chart.sourceLine, TEXT_LIMITS.subtitle).text, { x: 0.4, y: H - 0.6, w: W - 0.8, h: 0.35, fontSize: 11, color: MUTED });
    const whole = [title, subtitle].flatMap((t, i) => (t.clipped ? [i === 0 ? chart.title : chart.subtitle] : []));
    slide.addNotes([...whole, chart.notes].join('\n\n'));
  }
  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}

const BOX = { x: 0.4, y: 1.3, w: W - 0.8, h: H - 2.0 };

/** An exported drawing as a PNG in the slide's picture box, its aspect kept. */
async function addImage(slide: PptxGenJS.Slide, { svg, layout }: { svg: string; layout: { width: number; height: number } }, altText: string) {
  const png = await svgToPng(svg, layout.width, layout.height, 1);
  const aspect = layout.width / layout.height;
  const w = Math.min(BOX.w, BOX.h * aspect);
  const h = w / aspect;
  slide.addImage({ data: await blobToDataUrl(png), x: (W - w) / 2, y: BOX.y, w, h, altText });
}

/** A slide with a title, a subtitle, one exported drawing and its source line. */
async function addImageSlide(pptx: PptxGenJS, title: string, subtitle: string, sourceLine: string, drawing: { svg: string; layout: { width: number; height: number } }, altText: string) {
  const slide = pptx.addSlide();
  slide.addText(title, { x: 0.4, y: 0.25, w: W - 0.8, h: 0.6, fontSize: 24, bold: true, color: TEXT });
  slide.addText(subtitle, { x: 0.4, y: 0.82, w: W - 0.8, h: 0.35, fontSize: 13, color: MUTED });
  await addImage(slide, drawing, altText);
  slide.addText(sourceLine, { x: 0.4, y: H - 0.6, w: W - 0.8, h: 0.35, fontSize: 11, color: MUTED });
}
