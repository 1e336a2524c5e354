import { dehydrate } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../data/loaders/query-client';
import { seedFiles } from '../data/loaders/file-store';
import { eventsApi } from '../data/loaders/events-loader';
import { indexApi, INDEX_FILE } from '../data/loaders/index-loader';
import type { DataIndex, ValueRecord } from '../data/schema';
import { useDashboardStore } from '../state/filter-store';
import { makeEvent, makeRecord, makeSeries } from '../test-support/fixtures';
import { seriesQueryOptions } from '../data/loaders/series-loader';
import { cardsAnEventRedraws, useSelectedRule } from './selected-rule';

const EVENTS = [
  makeEvent('in-2024', { precision: 'month', start: '2024-06' }),
  makeEvent('also-2024', { precision: 'day', start: '2024-02-01' }),
  makeEvent('in-2019', { precision: 'year', start: '2019' }),
];
const recordsIn = (years: number[]): ValueRecord[] => years.map((year) => makeRecord({ value: year, year }));

afterEach(() => {
  cleanup();
  seedFiles(undefined);
  act(() => useDashboardStore.getState().selectEvent(null));
});

describe('useSelectedRule', () => {
  it('draws again only the charts the selected event falls on, or fell on', () => {
    const client = createQueryClient();
    client.setQueryData(indexApi.queryOptions(INDEX_FILE).queryKey, { events: 'events.json' } as unknown as DataIndex);
    client.setQueryData(eventsApi.queryOptions('events.json').queryKey, EVENTS);
    // The page's embedded data, as the build writes it.
    seedFiles(dehydrate(client));
    const renders: Record<string, number> = {};
    const rules: Record<string, string | undefined> = {};
    function Probe({ name, kind, records }: { name: string; kind: 'slope' | 'bars'; records: ValueRecord[] }) {
      const rule = useSelectedRule(kind, records, 'en');
      renders[name] = (renders[name] ?? 0) + 1;
      rules[name] = rule ? `${rule.start.toFixed(2)}–${rule.end.toFixed(2)}` : undefined;
      return null;
    }
    const charts = {
      recent: recordsIn([2023, 2025]),
      old: recordsIn([2015, 2020]),
      bars: recordsIn([2023, 2025]),
    };
    render(
      <>
        <Probe name="recent" kind="slope" records={charts.recent} />
        <Probe name="old" kind="slope" records={charts.old} />
        <Probe name="bars" kind="bars" records={charts.bars} />
      </>,
    );
    const before = { ...renders };
    act(() => useDashboardStore.getState().selectEvent('in-2024'));
    expect(rules.recent).toBe('2024.42–2024.50');
    expect(rules.old).toBeUndefined();
    // The chart the event falls on is drawn again; the one it misses and the one without a time axis are not.
    expect(renders.recent).toBe(before.recent! + 1);
    expect(renders.old).toBe(before.old);
    expect(renders.bars).toBe(before.bars);

    act(() => useDashboardStore.getState().selectEvent('in-2019'));
    expect(rules.recent).toBeUndefined();
    expect(rules.old).toBe('2019.00–2020.00');
    expect(renders.recent).toBe(before.recent! + 2);
    expect(renders.old).toBe(before.old! + 1);
    expect(renders.bars).toBe(before.bars);

    act(() => useDashboardStore.getState().selectEvent('also-2024'));
    expect(renders.bars).toBe(before.bars);
    expect(rules.old).toBeUndefined();
  });
});

describe('cardsAnEventRedraws', () => {
  it('names the cards whose rule or "Moved by" a selection changes, from the data the page has, within the years shown', () => {
    const client = createQueryClient();
    const moving = makeEvent('moving', { precision: 'month', start: '2024-06' }, {
      moved: [{ series: 'moved-bars', citation: { source: 'reuters', quote: 'A sentence.', quoteLang: 'en' } }],
    });
    const old = makeEvent('old', { precision: 'year', start: '2016' });
    const series = [
      makeSeries(recordsIn([2023, 2025]), { id: 'recent-slope' }),
      makeSeries(recordsIn([2015, 2020]), { id: 'old-slope' }),
      makeSeries(recordsIn([2023, 2025]), { id: 'moved-bars', chart: 'bars' }),
      makeSeries(recordsIn([2023, 2025]), { id: 'plain-bars', chart: 'bars' }),
    ];
    client.setQueryData(indexApi.queryOptions(INDEX_FILE).queryKey, { events: 'events.json', series: series.map((x) => ({ id: x.id, file: `${x.id}.json` })) } as unknown as DataIndex);
    client.setQueryData(eventsApi.queryOptions('events.json').queryKey, [moving, old]);
    for (const x of series) client.setQueryData(seriesQueryOptions(`${x.id}.json`).queryKey, x);
    seedFiles(dehydrate(client));

    expect(Object.fromEntries(cardsAnEventRedraws(null, 'moving', null, null))).toEqual({ 'card:recent-slope': 'rule', 'card:moved-bars': 'moved' });
    expect(Object.fromEntries(cardsAnEventRedraws('moving', 'old', null, null))).toEqual({ 'card:recent-slope': 'rule', 'card:moved-bars': 'moved', 'card:old-slope': 'rule' });
    // With the years narrowed to 2018 on, the old chart's axis starts in 2018: the 2016 event falls off it.
    expect(Object.fromEntries(cardsAnEventRedraws(null, 'old', 2018, null))).toEqual({});
    expect(cardsAnEventRedraws(null, 'unknown', null, null).size).toBe(0);
  });
});
