import { useMemo } from 'react';
import { ruleFalls, timeDomain, type RuleInput } from '../charts/event-rule';
import { drawnAgainstTime } from '../charts/time-axis-kinds';
import { eventsApi, useEvents } from '../data/loaders/events-loader';
import { seriesApi } from '../data/loaders/series-loader';
import { linksTo } from '../data/moved';
import { recordsInYears } from './select';
import { indexApi, INDEX_FILE } from '../data/loaders/index-loader';
import type { ChartKind, Lang, SeriesFile, TimelineEvent, ValueRecord } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { eventInterval } from '../timeline/event-time';
import { useDashboardStore } from '../state/filter-store';

/** The rule a selected event draws: its stretch of time, labelled with its date. */
export function ruleOf(event: TimelineEvent, lang: Lang): RuleInput {
  return { ...eventInterval(event.date), label: formatEventDate(event.date, lang) };
}

const byIdOf = new WeakMap<readonly TimelineEvent[], Map<string, TimelineEvent>>();
function eventById(events: readonly TimelineEvent[], id: string): TimelineEvent | undefined {
  let byId = byIdOf.get(events);
  if (!byId) byIdOf.set(events, (byId = new Map(events.map((e) => [e.id, e]))));
  return byId.get(id);
}

/**
 * The selected event's rule on one chart: undefined where the chart has no time axis or the event
 * falls outside it. Read by the chart itself from the store, so that a selection draws again only
 * the charts whose rule it changes: none of the cards around them, and no card not yet hydrated
 * (which takes the rule from the store as it hydrates, before it comes into view).
 */
export function useSelectedRule(kind: ChartKind, records: readonly ValueRecord[], lang: Lang, selectable = true): RuleInput | undefined {
  // A chart's own page and an embed select no event: they read (and fetch) neither the index nor the events.
  const index = indexApi.useFile(selectable && drawnAgainstTime(kind) ? INDEX_FILE : undefined);
  const events = useEvents(selectable ? index.data?.events : undefined).data;
  const domain = useMemo(() => (drawnAgainstTime(kind) ? timeDomain(records.flatMap((r) => (r.year === undefined ? [] : [r.year]))) : null), [kind, records]);
  // The id of the selected event where it falls on this chart, else null: the chart is drawn again only when that changes.
  const id = useDashboardStore((s) => {
    if (s.event === null || !domain || !events) return null;
    const event = eventById(events, s.event);
    return event && ruleFalls(domain, eventInterval(event.date)) ? event.id : null;
  });
  return useMemo(() => {
    const event = id !== null && events ? eventById(events, id) : undefined;
    return event ? ruleOf(event, lang) : undefined;
  }, [id, events, lang]);
}


/**
 * How selecting `event` (or leaving it) draws a series' card differently: its "Moved by", or a
 * rule on its time chart, which the event falls on; null when it does not.
 */
export function eventRedraws(event: TimelineEvent, series: SeriesFile, records: readonly ValueRecord[]): 'moved' | 'rule' | null {
  if (linksTo(event, series.id).length > 0) return 'moved';
  const years = records.flatMap((r) => (r.year === undefined ? [] : [r.year]));
  return drawnAgainstTime(series.chart) && ruleFalls(timeDomain(years), eventInterval(event.date)) ? 'rule' : null;
}

/**
 * The cards (by their gate: `card:` and the series id, as chart-card.tsx names it) an event select
 * from `before` to `after` draws differently, each with how, from the data in the page's cache:
 * what has to hydrate for the selection to show in them. Empty while the data is not there.
 */
export function cardsAnEventRedraws(before: string | null, after: string | null, from: number | null, to: number | null): Map<string, 'moved' | 'rule'> {
  const index = indexApi.loaded(INDEX_FILE);
  const events = index ? eventsApi.loaded(index.events) : undefined;
  const changed = [before, after].flatMap((id) => (id !== null && events ? (eventById(events, id) ?? []) : []));
  const out = new Map<string, 'moved' | 'rule'>();
  if (!index || changed.length === 0) return out;
  for (const entry of index.series) {
    const series = seriesApi.loaded(entry.file);
    if (!series) continue;
    const records = recordsInYears(series.records, from, to);
    const how = changed.map((e) => eventRedraws(e, series, records));
    if (how.includes('moved')) out.set(`card:${entry.id}`, 'moved');
    else if (how.includes('rule')) out.set(`card:${entry.id}`, 'rule');
  }
  return out;
}
