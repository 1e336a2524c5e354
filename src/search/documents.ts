/**
 * The search's documents from the validated data, in both languages: each chart (title, subtitle,
 * sectors, its figures' labels and values as read), each figure (its label, year, value as
 * written and as read, unit words, note), each event (title, short title, date as the articles
 * word it, quotes, note) and each source (publication, title, author). Run by the build.
 */
import type { Lang, LocalText, SeriesFile, Source, TimelineEvent, ValueRecord } from '../data/schema';
import { describeRecord, describeRecords, headlineFigures, sourceDate } from '../i18n/figure-text';
import { formatEventDate, formatFigure, unitName } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { eventInterval } from '../timeline/event-time';
import type { SearchDoc } from './search-index';

const both = (text: (lang: Lang) => string): LocalText => ({ en: text('en'), vi: text('vi') });
const bothLists = (list: (lang: Lang) => (string | undefined)[]): Record<Lang, string[]> =>
  ({ en: list('en').filter((s): s is string => Boolean(s)), vi: list('vi').filter((s): s is string => Boolean(s)) });

function chartDoc(s: SeriesFile): SearchDoc {
  const labels = (lang: Lang) => [...new Set(s.records.map((r) => r.label?.[lang]))];
  return {
    id: `chart:${s.id}`,
    kind: 'chart',
    target: s.id,
    sectors: s.sectors,
    title: s.title,
    meta: both((lang) => headlineFigures(s.records, lang)),
    context: bothLists((lang) => [s.subtitle[lang], ...s.sectors.map((x) => MESSAGES[lang].sectorNames[x]), ...labels(lang), describeRecords(s.records, lang)]),
  };
}

function figureDoc(s: SeriesFile, r: ValueRecord, n: number): SearchDoc {
  return {
    id: `figure:${s.id}:${n}`,
    kind: 'figure',
    target: s.id,
    sectors: s.sectors,
    ...(r.year !== undefined ? { years: [r.year, r.year + 1] as [number, number] } : {}),
    title: both((lang) => describeRecord(r, lang)),
    meta: s.title,
    context: bothLists((lang) => [formatFigure(r, lang), unitName(r, lang), r.note?.[lang], r.derivation?.note[lang]]),
    figureButton: both((lang) => MESSAGES[lang].figureSource(describeRecord(r, lang))),
  };
}

/** A quote in `lang`: the article's words where they are in it, or its translation. */
const quoteIn = (e: TimelineEvent, lang: Lang) => e.citations.map((c) => (c.quoteLang === lang ? c.quote : c.translation?.lang === lang ? c.translation.text : undefined));

function eventDoc(e: TimelineEvent): SearchDoc {
  const span = eventInterval(e.date);
  return {
    id: `event:${e.id}`,
    kind: 'event',
    target: e.id,
    sectors: e.sectors,
    years: [span.start, span.end],
    title: e.title,
    meta: both((lang) => e.date.label?.[lang] ?? formatEventDate(e.date, lang)),
    context: bothLists((lang) => [e.short[lang], formatEventDate(e.date, lang), ...quoteIn(e, lang), e.note?.[lang]]),
  };
}

function sourceDoc(s: Source): SearchDoc {
  return {
    id: `source:${s.id}`,
    kind: 'source',
    target: s.id,
    sectors: [],
    title: both((lang) => `${s.publication[lang]}: ${s.title}`),
    meta: both((lang) => sourceDate(s, lang)),
    context: bothLists(() => [s.author]),
  };
}

/** Every document, charts first, in the data's order. The words of both languages must be loaded (`loadMessages`). */
export function searchDocuments(data: { series: readonly SeriesFile[]; events: readonly TimelineEvent[]; sources: readonly Source[] }): SearchDoc[] {
  return [
    ...data.series.map(chartDoc),
    ...data.series.flatMap((s) => s.records.map((r, n) => figureDoc(s, r, n))),
    ...data.events.map(eventDoc),
    ...data.sources.map(sourceDoc),
  ];
}
