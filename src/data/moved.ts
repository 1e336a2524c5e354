import type { MovedLink, TimelineEvent } from './schema';

/** An event and its links to one series: the sentences that tie the event to that series' figures. */
export interface MovedEntry {
  event: TimelineEvent;
  links: MovedLink[];
}

/** The links by which `event` moved the series `seriesId`: none when no sentence ties them. */
export function linksTo(event: TimelineEvent | undefined, seriesId: string): MovedLink[] {
  return event?.moved?.filter((link) => link.series === seriesId) ?? [];
}

/** The events an article's sentence says moved the series `seriesId`, in date order (the order given where dates tie). */
export function eventsThatMoved(events: readonly TimelineEvent[], seriesId: string): MovedEntry[] {
  return events
    .map((event) => ({ event, links: linksTo(event, seriesId) }))
    .filter((entry) => entry.links.length > 0)
    .sort((a, b) => (a.event.date.start < b.event.date.start ? -1 : a.event.date.start > b.event.date.start ? 1 : 0));
}

/** The ids of the series `event` moved, each once, in the order of its links. */
export function seriesMovedBy(event: TimelineEvent | undefined): string[] {
  return [...new Set((event?.moved ?? []).map((link) => link.series))];
}
