import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardStore, filtersOf, type DashboardStore } from './filter-store';
import { DEFAULT_FILTERS } from './url-state';
import { startUrlSync } from './url-sync';
import { describeNotice } from '../shared/notice-text';

let stops: (() => void)[] = [];

/** Writes the link at once, so that each test reads it right after the change. */
const atOnce = (write: () => void) => write();

function start(url: string): { store: DashboardStore; stop: () => void } {
  window.history.replaceState(null, '', url);
  const store = createDashboardStore();
  const stop = startUrlSync(store, window, 'en', { writeLater: atOnce });
  stops.push(stop);
  return { store, stop };
}

function popTo(url: string): void {
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

beforeEach(() => {
  window.history.replaceState(null, '', '/dashboard/');
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('startUrlSync at start', () => {
  it('reads the filters from the link', () => {
    const { store } = start('/dashboard/?sectors=ev,ai&from=2019&to=2024&event=entity-list&lang=vi');
    expect(filtersOf(store.getState())).toEqual({ sectors: ['ai', 'ev'], from: 2019, to: 2024, event: 'entity-list', lang: 'vi' });
    expect(store.getState().notices).toEqual([]);
  });

  it('leaves a plain link and the history as they were', () => {
    const before = window.history.length;
    const { store } = start('/dashboard/');
    expect(filtersOf(store.getState())).toEqual(DEFAULT_FILTERS);
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(before);
  });

  it('rewrites a link with ignored parts to the canonical one in place, and names what was ignored', () => {
    window.history.replaceState(null, '', '/dashboard/?keep=1&sectors=ev,bogus,ai&from=abc&to=2020&lang=xx#top');
    const before = window.history.length;
    const store = createDashboardStore();
    stops.push(startUrlSync(store, window, 'en', { writeLater: atOnce }));

    expect(window.history.length).toBe(before);
    expect(window.location.pathname).toBe('/dashboard/');
    expect(window.location.hash).toBe('#top');
    expect(window.location.search).toBe('?keep=1&sectors=ai,ev&to=2020');
    expect(filtersOf(store.getState())).toEqual({ ...DEFAULT_FILTERS, sectors: ['ai', 'ev'], to: 2020 });

    const notices = store.getState().notices;
    expect(notices).toHaveLength(3);
    expect(notices.map((n) => describeNotice(n, 'en')).join('\n')).toContain("'bogus'");
    expect(notices.map((n) => describeNotice(n, 'en')).join('\n')).toContain("from='abc'");
    expect(notices.map((n) => describeNotice(n, 'en')).join('\n')).toContain("'xx'");
  });

  it('collapses a link naming all nine sectors to none', () => {
    start('/dashboard/?sectors=ai,semiconductors,ev,shipbuilding,chemicals,agriculture,robotics,finance,policy');
    expect(window.location.search).toBe('');
  });
});

describe('startUrlSync on a change of filters', () => {
  it('pushes one history entry carrying only the non-default filters', () => {
    const { store } = start('/dashboard/');
    const before = window.history.length;
    store.getState().toggleSector('semiconductors');
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?sectors=semiconductors');

    store.getState().setYears(2024, 2020);
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?sectors=semiconductors&from=2020&to=2024');
  });

  it('keeps the path, the hash and parameters that are not its own', () => {
    const { store } = start('/dashboard/?ref=mail#timeline');
    store.getState().setLang('vi');
    expect(window.location.pathname).toBe('/dashboard/');
    expect(window.location.hash).toBe('#timeline');
    expect(window.location.search).toBe('?ref=mail&lang=vi');
  });

  it('goes back to a bare link when the filters are cleared', () => {
    const { store } = start('/dashboard/?sectors=ai&from=2020');
    store.getState().clearAll();
    expect(window.location.search).toBe('');
  });

  it('pushes nothing for changes that do not touch the filters', () => {
    const { store } = start('/dashboard/?sectors=ai');
    const before = window.history.length;
    store.getState().addNotices([{ kind: 'unknown-sector', value: 'hello' }]);
    store.getState().dismissNotices();
    store.getState().setFilters({ ...filtersOf(store.getState()), sectors: ['ai'] });
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?sectors=ai');
  });
});

describe('startUrlSync on back/forward', () => {
  it('restores the store from the link without a new history entry or notices', () => {
    const { store } = start('/dashboard/?sectors=ai');
    popTo('/dashboard/?sectors=ev,finance&from=2021&lang=vi&event=bogus!');
    const after = window.history.length;
    expect(filtersOf(store.getState())).toEqual({ sectors: ['ev', 'finance'], from: 2021, to: null, event: null, lang: 'vi' });
    expect(store.getState().notices).toEqual([]);
    expect(window.history.length).toBe(after);
  });

  it('goes back to the defaults for a bare link', () => {
    const { store } = start('/dashboard/?sectors=ai&to=2022');
    popTo('/dashboard/');
    expect(filtersOf(store.getState())).toEqual(DEFAULT_FILTERS);
  });

  it('pushes again for a change made after the restore', () => {
    const { store } = start('/dashboard/');
    popTo('/dashboard/?from=2020');
    const before = window.history.length;
    store.getState().toggleSector('ev');
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?sectors=ev&from=2020');
  });
});

describe('startUrlSync on back/forward to a language not yet loaded', () => {
  it('applies the link once the language is ready, and keeps the view when it cannot be loaded', async () => {
    window.history.replaceState(null, '', '/?sectors=ai');
    const store = createDashboardStore();
    let ready: () => void = () => {};
    let fail: () => void = () => {};
    const asked: string[] = [];
    const prepareLang = (lang: 'en' | 'vi') => {
      if (lang === 'en') return undefined;
      asked.push(lang);
      return new Promise<void>((resolve, reject) => {
        ready = resolve;
        fail = () => reject(new Error('offline'));
      });
    };
    stops.push(startUrlSync(store, window, 'en', { writeLater: atOnce, prepareLang }));

    popTo('/?sectors=ev&lang=vi');
    expect(asked).toEqual(['vi']);
    expect(filtersOf(store.getState())).toMatchObject({ sectors: ['ai'], lang: 'en' });
    ready();
    await Promise.resolve();
    await Promise.resolve();
    expect(filtersOf(store.getState())).toMatchObject({ sectors: ['ev'], lang: 'vi' });

    popTo('/?sectors=finance&lang=en');
    expect(filtersOf(store.getState())).toMatchObject({ sectors: ['finance'], lang: 'en' });
    popTo('/?sectors=policy&lang=vi');
    fail();
    await Promise.resolve();
    await Promise.resolve();
    expect(filtersOf(store.getState())).toMatchObject({ sectors: ['finance'], lang: 'en' });
  });
});

describe('the stop function', () => {
  it('stops writing the link and stops reading back/forward', () => {
    const { store, stop } = start('/dashboard/?sectors=ai');
    stop();
    const before = window.history.length;
    store.getState().toggleSector('ev');
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?sectors=ai');

    popTo('/dashboard/?sectors=policy');
    expect(store.getState().sectors).toEqual(['ai', 'ev']);
  });
});

describe('a link naming an event the data does not have', () => {
  it('drops the event with a notice, replacing the link rather than adding a history entry', () => {
    window.history.replaceState(null, '', '/?sectors=ai&event=no-such-event');
    const store = createDashboardStore();
    const stop = startUrlSync(store, window, 'en', { writeLater: atOnce });
    const before = window.history.length;
    store.getState().rejectEvent('no-such-event');
    expect(window.location.search).toBe('?sectors=ai');
    expect(window.history.length).toBe(before);
    expect(store.getState().notices).toEqual([{ kind: 'unknown-event', value: 'no-such-event' }]);
    stop();
  });
});

describe('startUrlSync on a page in Vietnamese', () => {
  it('shows Vietnamese when the link names no language, and writes it into the link', () => {
    window.history.replaceState(null, '', '/vi/?sectors=ai');
    const store = createDashboardStore('vi');
    stops.push(startUrlSync(store, window, 'vi', { writeLater: atOnce }));
    expect(store.getState().lang).toBe('vi');
    expect(window.location.search).toBe('?sectors=ai&lang=vi');
  });

  it('keeps the language a link names', () => {
    window.history.replaceState(null, '', '/vi/?lang=en');
    const store = createDashboardStore('vi');
    stops.push(startUrlSync(store, window, 'vi', { writeLater: atOnce }));
    expect(store.getState().lang).toBe('en');
  });
});

describe('startUrlSync writing the link after the change', () => {
  const deferred = () => {
    const queue: (() => void)[] = [];
    return { later: (write: () => void) => void queue.push(write), run: () => queue.splice(0).forEach((w) => w()), queue };
  };

  it('writes each change in the task after it, in order, one history entry each', () => {
    window.history.replaceState(null, '', '/dashboard/');
    const store = createDashboardStore();
    const task = deferred();
    stops.push(startUrlSync(store, window, 'en', { writeLater: task.later }));
    const before = window.history.length;
    store.getState().toggleSector('ev');
    store.getState().setYears(2020, null);
    expect(window.location.search).toBe('');
    expect(task.queue).toHaveLength(1);
    task.run();
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?sectors=ev&from=2020');
  });

  it('drops the changes not yet written when the reader goes back or forward', () => {
    window.history.replaceState(null, '', '/dashboard/');
    const store = createDashboardStore();
    const task = deferred();
    stops.push(startUrlSync(store, window, 'en', { writeLater: task.later }));
    store.getState().toggleSector('ev');
    popTo('/dashboard/?sectors=ai');
    task.run();
    expect(window.location.search).toBe('?sectors=ai');
    expect(store.getState().sectors).toEqual(['ai']);
  });

  it('writes what is pending when stopped', () => {
    window.history.replaceState(null, '', '/dashboard/');
    const store = createDashboardStore();
    const task = deferred();
    const stop = startUrlSync(store, window, 'en', { writeLater: task.later });
    store.getState().toggleSector('ev');
    stop();
    expect(window.location.search).toBe('?sectors=ev');
  });

  it('by default, in a task of its own', async () => {
    window.history.replaceState(null, '', '/dashboard/');
    const store = createDashboardStore();
    stops.push(startUrlSync(store, window));
    store.getState().toggleSector('ev');
    expect(window.location.search).toBe('');
    await vi.waitFor(() => expect(window.location.search).toBe('?sectors=ev'));
  });
});

