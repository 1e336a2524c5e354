/** Hand-made records and events for unit tests: valid by the schema, with every field a test may vary. */
import type { EventDate, TimelineEvent, ValueRecord } from '../data/schema';

export function makeRecord(fields: Partial<ValueRecord> & { value: number }): ValueRecord {
  return {
    series: 'test-series',
    unit: 'percent',
    flags: [],
    citations: [{ source: 'reuters', quote: 'A sentence.', quoteLang: 'en' }],
    ...fields,
  };
}

export function makeEvent(id: string, date: EventDate, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date,
    kind: 'us-control',
    sectors: ['semiconductors'],
    title: { en: id, vi: id },
    citations: [{ source: 'reuters', quote: 'A sentence.', quoteLang: 'en' }],
    ...fields,
  };
}
