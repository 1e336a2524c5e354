import { cleanup, render } from '@testing-library/react';
import { memo, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SectorId } from '../data/schema';
import { makeRecord, makeSeries, makeSource } from '../test-support/fixtures';
import type { SeriesEntry } from './select';
import type { CardView } from './use-dashboard-view';

/** Renders of each card's boundary and card, by series id: what a filter draws again. */
const renders = vi.hoisted(() => ({ boundary: new Map<string, number>(), card: new Map<string, number>() }));
const count = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);

vi.mock('./card-error-boundary', () => ({
  CardErrorBoundary: ({ title, children }: { title: string; children: ReactNode }) => {
    count(renders.boundary, title);
    return children;
  },
}));
vi.mock('./chart-card', () => ({
  ChartCard: memo(function ChartCard({ entry, hidden }: { entry: SeriesEntry; hidden: boolean }) {
    count(renders.card, entry.id);
    return <article data-series={entry.id} hidden={hidden} />;
  }),
}));

const { ChartGrid } = await import('./chart-grid');

const SERIES: { id: string; sector: SectorId }[] = [
  { id: 'chips', sector: 'semiconductors' },
  { id: 'cars', sector: 'ev' },
  { id: 'ships', sector: 'shipbuilding' },
  { id: 'models', sector: 'ai' },
];
const files = SERIES.map(({ id, sector }) => makeSeries([makeRecord({ value: 1, year: 2023 }), makeRecord({ value: 2, year: 2025 })], { id, title: { en: id, vi: id }, sectors: [sector] }));
const entries: SeriesEntry[] = SERIES.map(({ id, sector }) => ({ id, file: `series/${id}.json`, title: { en: id, vi: id }, sectors: [sector] }));

/** Every card's view made afresh, as the dashboard makes them on each filter: new objects, the same values. */
const cardsShowing = (shown: (id: string) => boolean): CardView[] =>
  entries.map((entry, i) => ({ entry, series: files[i], error: null, records: files[i]!.records, shown: shown(entry.id) }));

afterEach(() => {
  cleanup();
  renders.boundary.clear();
  renders.card.clear();
});

describe('ChartGrid on a filter', () => {
  it('renders nothing of a card the filter leaves as it was, and only the frame of one it hides or shows', () => {
    // What the dashboard passes every card keeps its identity from one filter to the next.
    const deckView = { current: null as never };
    const sources = [makeSource('reuters')];
    const onRetry = () => undefined;
    const grid = (cards: CardView[]) => <ChartGrid cards={cards} total={entries.length} sources={sources} sourcesFile="sources.json" deckView={deckView} lang="en" onRetry={onRetry} />;
    const { rerender, container } = render(grid(cardsShowing(() => true)));
    expect(Object.fromEntries(renders.card)).toEqual({ chips: 1, cars: 1, ships: 1, models: 1 });

    renders.boundary.clear();
    renders.card.clear();
    // Electric vehicles only: the three other cards hide; the EV card stays as it was.
    rerender(grid(cardsShowing((id) => id === 'cars')));
    expect([...renders.card.keys()].sort()).toEqual(['chips', 'models', 'ships']);
    expect([...renders.boundary.keys()].sort()).toEqual(['chips', 'models', 'ships']);
    expect([...container.querySelectorAll('article[data-series]:not([hidden])')].map((a) => a.getAttribute('data-series'))).toEqual(['cars']);

    renders.boundary.clear();
    renders.card.clear();
    // The same filter again (the view made afresh): no card renders.
    rerender(grid(cardsShowing((id) => id === 'cars')));
    expect(renders.card.size).toBe(0);
    expect(renders.boundary.size).toBe(0);
  });
});
