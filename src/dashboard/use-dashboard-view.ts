import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RuleInput } from '../charts/event-rule';
import { hasTimeAxis } from '../charts/kinds';
import { useEvents } from '../data/loaders/events-loader';
import { useDataIndex } from '../data/loaders/index-loader';
import { seriesQueryOptions } from '../data/loaders/series-loader';
import { useSources } from '../data/loaders/sources-loader';
import type { SeriesFile, ValueRecord } from '../data/schema';
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
 * Everything the dashboard shows under the current filters: the cards, the years offered, the
 * selected event and its rule. The views only lay these out.
 */
export function useDashboardView() {
  const filters = useDashboardStore(useShallow((s) => ({ sectors: s.sectors, from: s.from, to: s.to, lang: s.lang, eventId: s.event })));
  // The controls answer at once; the cards follow in a render that input can interrupt.
  const { sectors, from, to, lang, eventId } = useDeferredValue(filters);
  const rejectEvent = useDashboardStore((s) => s.rejectEvent);
  const index = useDataIndex();
  const sources = useSources(index.data?.sources);
  const events = useEvents(index.data?.events);
  const entries = index.data?.series ?? NO_ENTRIES;

  // Every series is fetched once, whatever the filters: filtering never refetches.
  const byId = useQueries({
    queries: entries.map((e) => seriesQueryOptions(e.file)),
    combine: useCallback(
      (results: UseQueryResult<SeriesFile>[]) => new Map(entries.map((e, i) => [e.id, results[i]] as const)),
      [entries],
    ),
  });
  const queryClient = useQueryClient();
  const retry = useCallback((file: string) => void queryClient.refetchQueries({ queryKey: seriesQueryOptions(file).queryKey }), [queryClient]);

  const selectEvent = useDashboardStore((s) => s.selectEvent);
  const selectedEvent = events.data?.find((e) => e.id === eventId);
  useEffect(() => {
    if (!events.data || eventId === null || selectedEvent) return;
    // A link to an event since merged into another opens the merged one.
    const renamed = events.data.find((e) => e.formerIds?.includes(eventId));
    if (renamed) selectEvent(renamed.id);
    else rejectEvent(eventId);
  }, [events.data, eventId, selectedEvent, rejectEvent, selectEvent]);
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
  const loadedSeries = useMemo(() => loaded.flatMap((c) => (c.series ? [c.series] : [])), [loaded]);

  const years = useMemo(() => {
    const figureYears = loadedSeries.flatMap((s) => s.records.flatMap((r) => (r.year === undefined ? [] : [r.year])));
    const eventYears = (events.data ?? []).map((e) => Math.floor(eventInterval(e.date).start));
    return yearChoices([...figureYears, ...eventYears], from, to);
  }, [loadedSeries, events.data, from, to]);

  const timeline = useMemo(
    () =>
      events.data
        ? { events: visibleEvents(events.data, { sectors, from, to }), domain: timelineDomain(events.data, from, to), selected: selectedEvent }
        : undefined,
    [events.data, sectors, from, to, selectedEvent],
  );

  return { lang, index, sources, events, cards, allCards: loaded, timeline, total: entries.length, loadedSeries, years, selectedEvent, rule, retry };
}
