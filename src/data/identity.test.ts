import { describe, expect, it } from 'vitest';
import { uniqueEvents, uniqueSeriesEntries } from './identity';
import type { TimelineEvent } from './schema';

const entry = (id: string, file = `series/${id}.json`) => ({ id, file, title: { en: id, vi: id }, sectors: ['ai' as const] });

describe('uniqueSeriesEntries', () => {
  it('keeps the first of a repeated id and names both places', () => {
    const { unique, problems } = uniqueSeriesEntries([entry('a'), entry('b'), entry('a')], 'index.json');
    expect(unique.map((e) => e.id)).toEqual(['a', 'b']);
    expect(problems.map((p) => p.en)).toEqual(["index.json: series 'a' is listed twice (series[0] and series[2]); the second is not shown"]);
    expect(problems[0]?.vi).toContain("'a'");
  });

  it('refuses two entries pointing at one file', () => {
    const { unique, problems } = uniqueSeriesEntries([entry('a'), entry('b', 'series/a.json')], 'index.json');
    expect(unique.map((e) => e.id)).toEqual(['a']);
    expect(problems.map((p) => p.en)).toEqual(["index.json: 'series/a.json' is the file of two series ('a' and 'b'); the second is not shown"]);
  });

  it('finds nothing to say about distinct entries', () => {
    expect(uniqueSeriesEntries([entry('a'), entry('b')], 'index.json').problems).toEqual([]);
  });
});

describe('uniqueEvents', () => {
  it('keeps the first of a repeated event id and names both places', () => {
    const e = (id: string, title: string) => ({ id, title: { en: title, vi: title } }) as TimelineEvent;
    const { unique, problems } = uniqueEvents([e('x', 'first'), e('y', 'other'), e('x', 'second')], 'events.json');
    expect(unique.map((v) => v.title.en)).toEqual(['first', 'other']);
    expect(problems.map((p) => p.en)).toEqual(["events.json: event 'x' appears twice (events[0] and events[2]); the second is not shown"]);
  });
});
