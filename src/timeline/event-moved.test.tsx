import { dehydrate, QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedFiles } from '../data/loaders/file-store';
import { indexApi, INDEX_FILE } from '../data/loaders/index-loader';
import type { DataIndex } from '../data/schema';
import { makeEvent } from '../test-support/fixtures';
import { EventDetail } from './event-detail';

afterEach(() => {
  cleanup();
  seedFiles(undefined);
});

const quote = 'US tech and energy stocks lost $1tn of their market value on Monday';
const moved = makeEvent('us-stock-sell-off', { precision: 'month', start: '2025-01' }, {
  moved: [{ series: 'market-shock', record: { year: 2025 }, citation: { source: 'ft', quote, quoteLang: 'en' } }],
});

describe('an event card’s “What this moved”', () => {
  it('lists each figure the event moved, titled from the index, with its sentence and a link to its chart', () => {
    const client = new QueryClient();
    const index: DataIndex = {
      updated: '2026-12-06',
      sources: 'sources.json',
      events: 'events.json',
      series: [{ id: 'market-shock', file: 'series/market-shock.json', title: { en: 'The DeepSeek sell-off', vi: 'Đợt bán tháo' }, sectors: ['finance'] }],
    };
    client.setQueryData(indexApi.queryOptions(INDEX_FILE).queryKey, index);
    // The index as a page embeds it.
    seedFiles(dehydrate(client));
    render(<EventDetail event={moved} sources={undefined} lang="en" onClose={() => {}} />);
    const list = screen.getByRole('region', { name: 'What this moved' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'The DeepSeek sell-off' }).getAttribute('href')).toContain('charts/market-shock');
    expect(item.textContent).toContain('(2025)');
    expect(item.textContent).toContain(quote);
  });

  it('names the series by its id without the index, and is absent for an event that moved nothing', () => {
    const { unmount } = render(<EventDetail event={moved} sources={undefined} lang="vi" onClose={() => {}} />);
    expect(screen.getByRole('region', { name: 'Những số liệu sự kiện này tác động' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'market-shock' })).toBeTruthy();
    unmount();
    render(<EventDetail event={makeEvent('quiet', { precision: 'year', start: '2024' })} sources={undefined} lang="en" onClose={() => {}} />);
    expect(screen.queryByRole('region', { name: 'What this moved' })).toBeNull();
  });
});
