import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ruleFalls, timeDomain, type RuleInput } from '../charts/event-rule';
import { hasTimeAxis } from '../charts/kinds';
import { useEvents } from '../data/loaders/events-loader';
import { indexApi, INDEX_FILE } from '../data/loaders/index-loader';
import type { ChartKind, Lang, TimelineEvent, ValueRecord } from '../data/schema';
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
  const index = useQuery({ ...indexApi.queryOptions(INDEX_FILE), enabled: selectable && hasTimeAxis(kind) });
  const events = useEvents(selectable ? index.data?.events : undefined).data;
  const domain = useMemo(() => (hasTimeAxis(kind) ? timeDomain(records.flatMap((r) => (r.year === undefined ? [] : [r.year]))) : null), [kind, records]);
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

