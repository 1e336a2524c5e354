import type { DataIndex, LocalText, TimelineEvent } from './schema';

type Entry = DataIndex['series'][number];

export interface IdentityCheck<T> {
  /** Each id once, at its first place: nothing is drawn twice or merged. */
  unique: T[];
  /** What was left out and where, for the reader. */
  problems: LocalText[];
}

function firstOfEach<T>(items: readonly T[], keyOf: (item: T) => string, describe: (key: string, first: number, again: number) => LocalText): IdentityCheck<T> {
  const firstAt = new Map<string, number>();
  const unique: T[] = [];
  const problems: LocalText[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const first = firstAt.get(key);
    if (first === undefined) {
      firstAt.set(key, i);
      unique.push(item);
    } else problems.push(describe(key, first, i));
  });
  return { unique, problems };
}

/** The index's series, each id and each file once; a repeat is named with both of its places. */
export function uniqueSeriesEntries(entries: readonly Entry[], indexFile: string): IdentityCheck<Entry> {
  const byId = firstOfEach(entries, (e) => e.id, (id, a, b) => ({
    en: `${indexFile}: series '${id}' is listed twice (series[${a}] and series[${b}]); the second is not shown`,
    vi: `${indexFile}: chuỗi số liệu '${id}' được liệt kê hai lần (series[${a}] và series[${b}]); mục thứ hai không được hiển thị`,
  }));
  const byFile = firstOfEach(byId.unique, (e) => e.file, (file, a, b) => ({
    en: `${indexFile}: '${file}' is the file of two series ('${byId.unique[a]?.id ?? ''}' and '${byId.unique[b]?.id ?? ''}'); the second is not shown`,
    vi: `${indexFile}: '${file}' là tệp của hai chuỗi số liệu ('${byId.unique[a]?.id ?? ''}' và '${byId.unique[b]?.id ?? ''}'); chuỗi thứ hai không được hiển thị`,
  }));
  return { unique: byFile.unique, problems: [...byId.problems, ...byFile.problems] };
}

/** The events, each id once; a repeat is named with both of its places. */
export function uniqueEvents(events: readonly TimelineEvent[], eventsFile: string): IdentityCheck<TimelineEvent> {
  return firstOfEach(events, (e) => e.id, (id, a, b) => ({
    en: `${eventsFile}: event '${id}' appears twice (events[${a}] and events[${b}]); the second is not shown`,
    vi: `${eventsFile}: sự kiện '${id}' xuất hiện hai lần (events[${a}] và events[${b}]); mục thứ hai không được hiển thị`,
  }));
}
