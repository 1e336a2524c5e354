import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RuleInput } from '../charts/event-rule';
import { hasTimeAxis } from '../charts/kinds';
import { useEvents } from '../data/loaders/events-loader';
import { useDataIndex } from '../data/loaders/index-loader';
import { seriesQueryOptions } from '../data/loaders/series-loader';
import { useSources } from '../data/loaders/sources-loader';
import { uniqueEvents, uniqueSeriesEntries } from '../data/identity';
import type { SeriesFile, TimelineEvent, ValueRecord } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { useDashboardStore } from '../state/filter-store';
import { eventInterval } from '../timeline/event-time';
import { timelineDomain } from '../timeline/timeline-layout';
import { matchesSectors, recordsInYears, visibleEvents, yearChoices, type SeriesEntry } from './select';

/** One card as the filters leave it: its series once loaded (or why not), and the records in the year range. */
export interface CardView {
  entry: SeriesEntry;
  series: SeriesFile | undefined;
  error: Error | null;
  records: readonly ValueRecord[];
  /** The selected event, for charts drawn against time only (the others are not drawn again on a selection). */
  rule: RuleInput | undefined;
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
 * The dashboard's data, whatever the filters: the index, the sources, the events and every series'
 * query. Kept apart from the filters, so that a filter does not hand the query observers hundreds of
 * queries anew: the component holding this draws again only when a file arrives or fails.
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
  const byId = useSeriesQueries(entries);
  const queryClient = useQueryClient();
  const retry = useCallback((file: string) => void queryClient.refetchQueries({ queryKey: seriesQueryOptions(file).queryKey }), [queryClient]);
  // Every loaded series, whatever the filters: what is drawn from them all is not drawn again on a filter.
  const loadedSeries = useMemo(
    () =>
      entries.flatMap((e) => {
        const series = byId.get(e.id)?.data;
        return series ? [series] : [];
      }),
    [entries, byId],
  );
  return { index, sources, events: { ...eventsQuery, data: eventList }, eventList, dataProblems, entries, byId, retry, loadedSeries };
}

export type DashboardData = ReturnType<typeof useDashboardData>;

/**
 * Everything the dashboard shows under the current filters: the cards, the years offered, the
 * selected event and its rule. The views only lay these out.
 */
export function useDashboardView(data: DashboardData) {
  const filters = useDashboardStore(useShallow((s) => ({ sectors: s.sectors, from: s.from, to: s.to, lang: s.lang, eventId: s.event })));
  // The controls answer at once; the cards follow in a render that input can interrupt.
  const { sectors, from, to, lang, eventId } = useDeferredValue(filters);
  const { eventList, entries, byId, loadedSeries } = data;

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
          rule: series && hasTimeAxis(series.chart) ? rule : undefined,
          // A loaded series with nothing in the year range has nothing to show; a failed one still says so.
          shown: matchesSectors(entry.sectors, sectors) && !(series && records.length === 0),
        };
      }),
    [entries, byId, from, to, rule, sectors],
  );
  const cards = useMemo(() => loaded.filter((c) => c.shown), [loaded]);

  const years = useMemo(() => {
    const figureYears = loadedSeries.flatMap((s) => s.records.flatMap((r) => (r.year === undefined ? [] : [r.year])));
    const eventYears = (eventList ?? []).map((e) => Math.floor(eventInterval(e.date).start));
    return yearChoices([...figureYears, ...eventYears], from, to);
  }, [loadedSeries, eventList, from, to]);

  const timeline = useMemo(
    () =>
      eventList
        ? { events: visibleEvents(eventList, { sectors, from, to }), domain: timelineDomain(eventList, from, to), selected: selectedEvent }
        : undefined,
    [eventList, sectors, from, to, selectedEvent],
  );

  return { ...data, lang, cards, allCards: loaded, timeline, total: entries.length, years, selectedEvent, rule };
}

/**
 * Every series' query, by id. Every series is fetched once, whatever the filters: filtering never
 * refetches. The queries keep their identity while the index does, so that they are not made and
 * defaulted anew each time a file arrives.
 */
function useSeriesQueries(entries: readonly SeriesEntry[]): Map<string, UseQueryResult<SeriesFile> | undefined> {
  const combine = useCallback(
    (results: UseQueryResult<SeriesFile>[]) => new Map(entries.map((e, i) => [e.id, results[i]] as const)),
    [entries],
  );
  const queries = useMemo(() => entries.map((e) => seriesQueryOptions(e.file)), [entries]);
  return useQueries({ queries, combine });
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
