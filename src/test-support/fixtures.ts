/** Hand-made records and events for unit tests: valid by the schema, with every field a test may vary. */
import type { EventDate, SeriesFile, Source, TimelineEvent, ValueRecord } from '../data/schema';

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
    short: { en: id.slice(0, 24), vi: id.slice(0, 24) },
    citations: [{ source: 'reuters', quote: 'A sentence.', quoteLang: 'en' }],
    ...fields,
  };
}

export function makeSeries(records: ValueRecord[], fields: Partial<SeriesFile> = {}): SeriesFile {
  return {
    updated: '2026-12-01',
    id: 'nvidia-china-share',
    title: { en: 'Share', vi: 'Thị phần' },
    subtitle: { en: 'Share', vi: 'Thị phần' },
    sectors: ['semiconductors'],
    chart: 'slope',
    unit: 'percent',
    records,
    ...fields,
  };
}

export function makeSource(id: string, fields: Partial<Source> = {}): Source {
  return { id, file: `${id}.txt`, publication: { en: id, vi: id }, title: 'T', date: '2025-01-24', languages: ['en'], ...fields };
}
