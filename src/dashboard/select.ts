import { SECTOR_IDS } from '../data/ids';
import type { ChartKind, DataIndex, SectorId, SeriesFile, TimelineEvent, ValueRecord } from '../data/schema';
import { eventInterval, overlapsYears } from '../timeline/event-time';

export type SeriesEntry = DataIndex['series'][number];

/** Past this many cards, each chart is drawn as its card nears the viewport rather than all at once. */
export const DEFER_DRAWING_OVER = 120;

/**
 * Past this many cards, the cards follow a sector filter or an event selection in a render of
 * their own that input can interrupt; up to it, in the same render as the controls, which takes
 * a few ms and leaves no frame between the click and the cards. (The years and the language,
 * which draw every chart again, are always deferred.)
 */
export const DEFER_FILTERS_OVER = 120;

/** No sector selected means every sector. */
export function matchesSectors(sectors: readonly SectorId[], selected: readonly SectorId[]): boolean {
  return selected.length === 0 || sectors.some((s) => selected.includes(s));
}

/** Records within the inclusive year range; a record without a year is not tied to one and stays. */
export function recordsInYears(records: readonly ValueRecord[], from: number | null, to: number | null): ValueRecord[] {
  return records.filter((r) => r.year === undefined || ((from === null || r.year >= from) && (to === null || r.year <= to)));
}

export function visibleEvents(
  events: readonly TimelineEvent[],
  filters: { sectors: readonly SectorId[]; from: number | null; to: number | null },
): TimelineEvent[] {
  return events
    .filter((e) => matchesSectors(e.sectors, filters.sectors) && overlapsYears(eventInterval(e.date), filters.from, filters.to))
    .sort((a, b) => eventInterval(a.date).start - eventInterval(b.date).start || a.id.localeCompare(b.id));
}

/** Years offered by the year control: the span of the figures and events, widened by the current choice. */
export function yearChoices(years: readonly number[], from: number | null, to: number | null): number[] {
  const all = [...years, ...(from !== null ? [from] : []), ...(to !== null ? [to] : [])];
  if (all.length === 0) return [];
  const first = Math.min(...all);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface SourceContribution {
  /** Ids of the series with a figure citing the source. */
  series: string[];
  /** Ids of the events citing it, for the event or for its date. */
  events: string[];
}

/** What each source gives the dashboard: the charts and events that cite it. */
export function sourceContributions(
  seriesList: readonly SeriesFile[],
  events: readonly TimelineEvent[],
): Map<string, SourceContribution> {
  const out = new Map<string, SourceContribution>();
  const entry = (id: string) => {
    let c = out.get(id);
    if (!c) out.set(id, (c = { series: [], events: [] }));
    return c;
  };
  for (const s of seriesList) {
    for (const id of new Set(s.records.flatMap((r) => r.citations.map((c) => c.source)))) entry(id).series.push(s.id);
  }
  for (const e of events) {
    const cited = [...e.citations, ...(e.dateConflict ?? []).map((claim) => claim.citation)].map((c) => c.source);
    for (const id of new Set(cited)) entry(id).events.push(e.id);
  }
  return out;
}

/** What the sections need of a card: its sectors, and once loaded, its kind and figures. */
export interface Sectioned {
  entry: { sectors: readonly SectorId[] };
  series: { chart: ChartKind; records: readonly unknown[] } | undefined;
}

/** A series the `figure` kind draws (one or two lone numbers) is a key-figure tile, not a card. */
export const isTile = (card: Sectioned): boolean => card.series?.chart === 'figure';

/** Grid columns a card takes: a chart two, a tile one, a tile of two figures two (side by side). */
export const cardColumns = (card: Sectioned): number => (!isTile(card) || (card.series?.records.length ?? 0) > 1 ? 2 : 1);

export interface Section<T> {
  sector: SectorId;
  /** Its cards: the charts with the most figures first, then the tiles, likewise; index order between equals. */
  cards: T[];
  /** The columns (of a tile's width) the section would like: about two tile rows high, at most six. */
  columns: number;
}

/**
 * The cards in a section per sector, in the order of the sector control (SECTOR_IDS); a series
 * belongs to the first sector it lists. Sectors without a series have no section. The order
 * never depends on the filters, so that a filter only shows and hides.
 */
export function sectionsBySector<T extends Sectioned>(cards: readonly T[]): Section<T>[] {
  const rank = (c: T) => (isTile(c) ? 1 : 0);
  return SECTOR_IDS.flatMap((sector): Section<T>[] => {
    const mine = cards
      .map((card, index) => ({ card, index }))
      .filter(({ card }) => (card.entry.sectors[0] ?? SECTOR_IDS[SECTOR_IDS.length - 1]) === sector)
      .sort((a, b) => rank(a.card) - rank(b.card) || (b.card.series?.records.length ?? 0) - (a.card.series?.records.length ?? 0) || a.index - b.index)
      .map(({ card }) => card);
    if (mine.length === 0) return [];
    // A chart is two columns by two rows of tiles.
    const cells = mine.reduce((sum, c) => sum + cardColumns(c) * (isTile(c) ? 1 : 2), 0);
    const widest = Math.max(...mine.map(cardColumns));
    return [{ sector, cards: mine, columns: Math.min(MAX_SECTION_COLUMNS, Math.max(widest, Math.ceil(cells / 2))) }];
  });
}

export const MAX_SECTION_COLUMNS = 6;
