import type { SectorId, TimelineEvent } from '../data/schema';
import { matchesSectors } from '../dashboard/select';
import { eventInterval } from '../timeline/event-time';

/**
 * The events a chart page lists: those of the chart's sectors, in date order (earliest start first,
 * then the earlier end, then by id so that the order does not depend on the file's).
 */
export function sectorEventsByDate(events: readonly TimelineEvent[], sectors: readonly SectorId[]): TimelineEvent[] {
  return events
    .filter((e) => matchesSectors(e.sectors, sectors))
    .sort((a, b) => {
      const x = eventInterval(a.date);
      const y = eventInterval(b.date);
      return x.start - y.start || x.end - y.end || a.id.localeCompare(b.id);
    });
}
