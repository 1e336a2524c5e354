import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Counts read from the checked-in data, so that adding a series or an event changes what the
 * tests expect instead of breaking them. Read straight from the JSON files, not through the
 * app's code, so a fault in the app's filtering still fails the tests.
 */
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

interface IndexEntry {
  id: string;
  file: string;
  sectors: string[];
}
interface RecordYear {
  year?: number;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

const index = (readJson('index.json') as { events: string; series: IndexEntry[] });
const events = (readJson(index.events) as { events: { id: string }[] }).events;
const recordYears = new Map(
  index.series.map((s) => [s.id, (readJson(s.file) as { records: RecordYear[] }).records.map((r) => r.year)]),
);

/** Every series listed in the index. */
export const SERIES_TOTAL = index.series.length;
/** Every event in the events file. */
export const EVENTS_TOTAL = events.length;

/** Series with at least one of `sectors` (all series when none is given). */
export function seriesInSectors(...sectors: string[]): number {
  return index.series.filter((s) => sectors.length === 0 || s.sectors.some((x) => sectors.includes(x))).length;
}

/**
 * Series a filter shows: in one of the sectors, with at least one figure in the year range
 * (a figure without a year is not tied to one and always counts).
 */
export function seriesShown(filters: { sectors?: string[]; from?: number; to?: number }): number {
  const { sectors = [], from, to } = filters;
  return index.series.filter((s) => {
    if (sectors.length > 0 && !s.sectors.some((x) => sectors.includes(x))) return false;
    return recordYears.get(s.id)!.some((y) => y === undefined || ((from === undefined || y >= from) && (to === undefined || y <= to)));
  }).length;
}

/** The chart-count heading as the page words it, in English or Vietnamese. */
export function chartsShownHeading(shown: number, lang: 'en' | 'vi' = 'en'): string {
  return lang === 'en' ? `${shown} of ${SERIES_TOTAL} charts shown` : `Hiển thị ${shown}/${SERIES_TOTAL} biểu đồ`;
}

/** The event-count line under the timeline, in English. */
export function eventsShownText(shown: number): string {
  return `${shown} of ${EVENTS_TOTAL} events shown`;
}
