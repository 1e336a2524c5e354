import { describe, expect, it, vi } from 'vitest';
import { SECTOR_IDS } from '../data/schema';
import { createDashboardStore, filtersOf } from './filter-store';
import { DEFAULT_FILTERS } from './url-state';

describe('createDashboardStore', () => {
  it('starts at the default filters with no notices', () => {
    const store = createDashboardStore();
    expect(filtersOf(store.getState())).toEqual(DEFAULT_FILTERS);
    expect(store.getState().notices).toEqual([]);
  });

  it('gives each call its own store', () => {
    const a = createDashboardStore();
    const b = createDashboardStore();
    a.getState().toggleSector('ai');
    expect(a.getState().sectors).toEqual(['ai']);
    expect(b.getState().sectors).toEqual([]);
  });
});

describe('toggleSector', () => {
  it('adds a sector, then removes it', () => {
    const store = createDashboardStore();
    store.getState().toggleSector('ev');
    expect(store.getState().sectors).toEqual(['ev']);
    store.getState().toggleSector('ev');
    expect(store.getState().sectors).toEqual([]);
  });

  it('keeps the sectors in the order of SECTOR_IDS whatever the order of clicks', () => {
    const store = createDashboardStore();
    for (const s of ['policy', 'ai', 'robotics', 'semiconductors'] as const) store.getState().toggleSector(s);
    expect(store.getState().sectors).toEqual(['ai', 'semiconductors', 'robotics', 'policy']);
    store.getState().toggleSector('semiconductors');
    expect(store.getState().sectors).toEqual(['ai', 'robotics', 'policy']);
  });

  it('keeps SECTOR_IDS order when every sector is toggled on in reverse', () => {
    const store = createDashboardStore();
    for (const s of [...SECTOR_IDS].reverse()) store.getState().toggleSector(s);
    expect(store.getState().sectors).toEqual([...SECTOR_IDS]);
  });

  it('leaves the other filters alone', () => {
    const store = createDashboardStore();
    store.getState().setYears(2020, 2022);
    store.getState().selectEvent('entity-list');
    store.getState().toggleSector('ai');
    expect(filtersOf(store.getState())).toEqual({ sectors: ['ai'], from: 2020, to: 2022, event: 'entity-list', lang: 'en' });
  });
});

describe('clearSectors', () => {
  it('empties the selection and nothing else', () => {
    const store = createDashboardStore();
    store.getState().toggleSector('ai');
    store.getState().toggleSector('ev');
    store.getState().setYears(2019, null);
    store.getState().clearSectors();
    expect(store.getState().sectors).toEqual([]);
    expect(store.getState().from).toBe(2019);
  });
});

describe('setYears', () => {
  it('sets a range as given when it is in order', () => {
    const store = createDashboardStore();
    store.getState().setYears(2018, 2024);
    expect([store.getState().from, store.getState().to]).toEqual([2018, 2024]);
  });

  it('puts a reversed range in order', () => {
    const store = createDashboardStore();
    store.getState().setYears(2025, 2019);
    expect([store.getState().from, store.getState().to]).toEqual([2019, 2025]);
  });

  it('allows open ends', () => {
    const store = createDashboardStore();
    store.getState().setYears(null, 2010);
    expect([store.getState().from, store.getState().to]).toEqual([null, 2010]);
    store.getState().setYears(2030, null);
    expect([store.getState().from, store.getState().to]).toEqual([2030, null]);
  });
});

describe('selectEvent', () => {
  it('selects and deselects an event', () => {
    const store = createDashboardStore();
    store.getState().selectEvent('deepseek-r1');
    expect(store.getState().event).toBe('deepseek-r1');
    store.getState().selectEvent(null);
    expect(store.getState().event).toBeNull();
  });
});

describe('setLang', () => {
  it('switches the language', () => {
    const store = createDashboardStore();
    store.getState().setLang('vi');
    expect(store.getState().lang).toBe('vi');
  });
});

describe('setFilters', () => {
  it('replaces every filter at once', () => {
    const store = createDashboardStore();
    store.getState().toggleSector('ai');
    const next = { sectors: ['ev' as const], from: 2001, to: 2002, event: 'x-y', lang: 'vi' as const };
    store.getState().setFilters(next);
    expect(filtersOf(store.getState())).toEqual(next);
  });

  it('keeps the list of sectors when the link gives the same ones, so that what depends on it is not computed again', () => {
    const store = createDashboardStore();
    store.getState().toggleSector('ai');
    store.getState().toggleSector('ev');
    const before = store.getState().sectors;
    store.getState().setFilters({ ...filtersOf(store.getState()), sectors: ['ai', 'ev'], event: 'deepseek-r1' });
    expect(store.getState().sectors).toBe(before);
    expect(store.getState().event).toBe('deepseek-r1');
    store.getState().setFilters({ ...filtersOf(store.getState()), sectors: ['ai'] });
    expect(store.getState().sectors).toEqual(['ai']);
  });
});

describe('clearAll', () => {
  it('resets sectors, years and event but keeps the language', () => {
    const store = createDashboardStore();
    store.getState().setLang('vi');
    store.getState().toggleSector('ai');
    store.getState().setYears(2020, 2021);
    store.getState().selectEvent('entity-list');
    store.getState().clearAll();
    expect(filtersOf(store.getState())).toEqual({ ...DEFAULT_FILTERS, lang: 'vi' });
  });

  it('keeps the notices', () => {
    const store = createDashboardStore();
    store.getState().addNotices([{ kind: 'bad-lang', value: 'one' }]);
    store.getState().clearAll();
    expect(store.getState().notices).toEqual([{ kind: 'bad-lang', value: 'one' }]);
  });
});

describe('notices', () => {
  it('adds notices after the ones already shown, and dismisses them all', () => {
    const store = createDashboardStore();
    store.getState().addNotices([{ kind: 'bad-lang', value: 'a' }, { kind: 'bad-lang', value: 'b' }]);
    store.getState().addNotices([{ kind: 'bad-lang', value: 'c' }]);
    expect(store.getState().notices).toEqual([{ kind: 'bad-lang', value: 'a' }, { kind: 'bad-lang', value: 'b' }, { kind: 'bad-lang', value: 'c' }]);
    store.getState().dismissNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('does not notify subscribers when there is nothing to add', () => {
    const store = createDashboardStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.getState().addNotices([]);
    expect(listener).not.toHaveBeenCalled();
    store.getState().addNotices([{ kind: 'bad-lang', value: 'x' }]);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
