import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useEvents } from '../data/loaders/events-loader';
import { useDataIndex } from '../data/loaders/index-loader';
import { refetchFile, useFileResults } from '../data/loaders/file-store';
import { seriesQueryOptions } from '../data/loaders/series-loader';
import { useSources } from '../data/loaders/sources-loader';
import { uniqueEvents, uniqueSeriesEntries } from '../data/identity';
import type { SeriesFile, TimelineEvent, ValueRecord } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { useDashboardStore } from '../state/filter-store';
import { eventInterval } from '../timeline/event-time';
import { timelineDomain } from '../timeline/timeline-domain';
import { DEFER_FILTERS_OVER, matchesSectors, recordsInYears, visibleEvents, yearChoices, type SeriesEntry } from './select';

/** One card as the filters leave it: its series once loaded (or why not), and the records in the year range. */
export interface CardView {
  entry: SeriesEntry;
  series: SeriesFile | undefined;
  error: Error | null;
  records: readonly ValueRecord[];
  /** Whether the filters show it: a card the filters hide stays mounted, hidden, so that a filter never redraws it. */
  shown: boolean;
}

const NO_ENTRIES: readonly SeriesEntry[] = [];
const NO_RECORDS: readonly ValueRecord[] = [];

/** The records of a series in a year range, computed once per series and range, so that a card keeps its props. */
const inRange = new WeakMap<SeriesFile, Map<string, ValueRecord[]>>();
function recordsFor(series: SeriesFile, from: number | null, to: number | null): ValueRecord[] {
  const key = `${from ?? ''}-${to ?? ''}`;
  let byRange = inRange.get(series);
  if (!byRange) inRange.set(series, (byRange = new Map<string, ValueRecord[]>()));
  let records = byRange.get(key);
  if (!records) byRange.set(key, (records = recordsInYears(series.records, from, to)));
  return records;
}

/**
 * The data the dashboard draws from, whatever the filters: the index, the sources, the events and
 * every series (each fetched once: filtering never refetches). Kept apart from the filters, so
 * that a filter does not run the queries' hooks again (over every series, they take longer than
 * the filter's own work).
 */
export function useDashboardData() {
  const index = useDataIndex();
  const sources = useSources(index.data?.sources);
  const eventsQuery = useEvents(index.data?.events);
  // Each series and event id once, whatever the files say: a repeat is named, never drawn twice.
  const seriesCheck = useMemo(() => uniqueSeriesEntries(index.data?.series ?? NO_ENTRIES, 'index.json'), [index.data]);
  const eventsCheck = useMemo(
    () => (eventsQuery.data ? uniqueEvents(eventsQuery.data, index.data?.events ?? 'events.json') : undefined),
    [eventsQuery.data, index.data],
  );
  const eventList = eventsCheck?.unique;
  const dataProblems = useMemo(() => [...seriesCheck.problems, ...(eventsCheck?.problems ?? [])], [seriesCheck, eventsCheck]);
  const entries = seriesCheck.unique;

  const files = useMemo(() => entries.map((e) => e.file), [entries]);
  const results = useFileResults<SeriesFile>(files, seriesQueryOptions);
  const byId = useMemo(() => new Map(entries.map((e, i) => [e.id, results[i]] as const)), [entries, results]);
  const retry = useCallback((file: string) => void refetchFile(seriesQueryOptions(file).queryKey), []);
  // Every series loaded, whatever the filters: a filter leaves the sources and downloads as they are.
  const loadedSeries = useMemo(() => entries.flatMap((e) => byId.get(e.id)?.data ?? []), [entries, byId]);
  const events = { ...eventsQuery, data: eventList };
  return { index, sources, events, eventList, dataProblems, entries, byId, retry, loadedSeries };
}

export type DashboardData = ReturnType<typeof useDashboardData>;

/**
 * Everything the dashboard shows under the current filters: the cards, the years offered, the
 * selected event and its rule. The views only lay these out.
 */
export function useDashboardView(data: DashboardData) {
  const { entries, byId, eventList, loadedSeries } = data;
  // The years and the language draw every chart again: the cards follow them in a render that
  // input can interrupt, the controls answering at once.
  const redrawing = useDashboardStore(useShallow((s) => ({ from: s.from, to: s.to, lang: s.lang })));
  const { from, to, lang } = useDeferredValue(redrawing);
  // The sectors show and hide cards, the event rules the time charts: up to DEFER_FILTERS_OVER
  // cards, in the same render as the controls (a card they leave as it was is not drawn again),
  // so that no frame comes between the click and the cards. Past it, deferred too.
  const light = useDashboardStore(useShallow((s) => ({ sectors: s.sectors, eventId: s.event })));
  const deferredLight = useDeferredValue(entries.length > DEFER_FILTERS_OVER ? light : null);
  const { sectors, eventId } = deferredLight ?? light;

  const selectedEvent = useSelectedEvent(eventList, eventId);
  const rule = useMemo(
    () => (selectedEvent ? { ...eventInterval(selectedEvent.date), label: formatEventDate(selectedEvent.date, lang) } : undefined),
    [selectedEvent, lang],
  );

  const loaded = useMemo(
    () =>
      entries.map((entry): CardView => {
        const query = byId.get(entry.id);
        const series = query?.data;
        const records = series ? recordsFor(series, from, to) : NO_RECORDS;
        return {
          entry,
          series,
          error: query?.error ?? null,
          records,
          // A loaded series with nothing in the year range has nothing to show; a failed one still says so.
          shown: matchesSectors(entry.sectors, sectors) && !(series && records.length === 0),
        };
      }),
    [entries, byId, from, to, sectors],
  );
  const cards = useMemo(() => loaded.filter((c) => c.shown), [loaded]);

  const years = useMemo(() => {
    const figureYears = loadedSeries.flatMap((s) => s.records.flatMap((r) => (r.year === undefined ? [] : [r.year])));
    const eventYears = (eventList ?? []).map((e) => Math.floor(eventInterval(e.date).start));
    return yearChoices([...figureYears, ...eventYears], from, to);
  }, [loadedSeries, eventList, from, to]);

  // The events shown keep their list on an event select: what steps through them is not drawn again.
  const shownEvents = useMemo(() => (eventList ? visibleEvents(eventList, { sectors, from, to }) : undefined), [eventList, sectors, from, to]);
  const timeline = useMemo(
    () => (eventList && shownEvents ? { events: shownEvents, domain: timelineDomain(eventList, from, to), selected: selectedEvent } : undefined),
    [eventList, shownEvents, from, to, selectedEvent],
  );

  return { lang, cards, allCards: loaded, timeline, total: entries.length, years, selectedEvent, rule };
}

/** The event the link selects; an id since merged into another opens that one, an unknown id is dropped with a notice. */
function useSelectedEvent(events: readonly TimelineEvent[] | undefined, eventId: string | null): TimelineEvent | undefined {
  const rejectEvent = useDashboardStore((s) => s.rejectEvent);
  const selectEvent = useDashboardStore((s) => s.selectEvent);
  const selected = events?.find((e) => e.id === eventId);
  useEffect(() => {
    if (!events || eventId === null || selected) return;
    const renamed = events.find((e) => e.formerIds?.includes(eventId));
    if (renamed) selectEvent(renamed.id);
    else rejectEvent(eventId);
  }, [events, eventId, selected, rejectEvent, selectEvent]);
  return selected;
}
