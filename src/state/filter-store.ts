import { create, type StateCreator } from 'zustand';
import type { Lang, SectorId } from '../data/schema';
import { DEFAULT_FILTERS, shorten, sortSectors, type FilterState, type UrlNotice } from './url-state';

interface SectorSlice {
  sectors: SectorId[];
  toggleSector: (sector: SectorId) => void;
  clearSectors: () => void;
}

interface YearSlice {
  from: number | null;
  to: number | null;
  /** Sets the range; a reversed range is put in order. */
  setYears: (from: number | null, to: number | null) => void;
}

interface EventSlice {
  event: string | null;
  selectEvent: (id: string | null) => void;
}

interface LangSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

interface SessionSlice {
  /** What the link carried that was ignored, shown until dismissed. */
  notices: UrlNotice[];
  addNotices: (notices: UrlNotice[]) => void;
  dismissNotices: () => void;
  /** Drops a selected event that the data does not have, and says so. */
  rejectEvent: (id: string) => void;
  /** Replaces every filter at once: from the link, or by "Clear all". */
  setFilters: (filters: FilterState) => void;
  clearAll: () => void;
}

export type DashboardState = SectorSlice & YearSlice & EventSlice & LangSlice & SessionSlice;
type Slice<T> = StateCreator<DashboardState, [], [], T>;

const createSectorSlice: Slice<SectorSlice> = (set) => ({
  sectors: DEFAULT_FILTERS.sectors,
  toggleSector: (sector) =>
    set((s) => ({
      sectors: s.sectors.includes(sector) ? s.sectors.filter((x) => x !== sector) : sortSectors([...s.sectors, sector]),
    })),
  clearSectors: () => set({ sectors: [] }),
});

const createYearSlice: Slice<YearSlice> = (set) => ({
  from: DEFAULT_FILTERS.from,
  to: DEFAULT_FILTERS.to,
  setYears: (from, to) => set(from !== null && to !== null && from > to ? { from: to, to: from } : { from, to }),
});

const createEventSlice: Slice<EventSlice> = (set) => ({
  event: DEFAULT_FILTERS.event,
  selectEvent: (event) => set({ event }),
});

const createLangSlice =
  (initialLang: Lang): Slice<LangSlice> =>
  (set) => ({
    lang: initialLang,
    setLang: (lang) => set({ lang }),
  });

const createSessionSlice: Slice<SessionSlice> = (set) => ({
  notices: [],
  addNotices: (notices) => notices.length > 0 && set((s) => ({ notices: [...s.notices, ...notices] })),
  dismissNotices: () => set({ notices: [] }),
  rejectEvent: (id) =>
    set((s) => (s.event === id ? { event: null, notices: [...s.notices, { kind: 'unknown-event', value: shorten(id) }] } : s)),
  // The same sectors keep their list, so that what is computed from it (the events shown) is not
  // computed again when the link changes something else (an event selected by Back).
  setFilters: (filters) => set((s) => ({ ...filters, sectors: s.sectors.join() === filters.sectors.join() ? s.sectors : filters.sectors })),
  // Language is the reader's, not a filter: "Clear all" keeps it.
  clearAll: () => set((s) => ({ ...DEFAULT_FILTERS, lang: s.lang })),
});

/** `initialLang` is the page's language: the server renders, and the browser hydrates, from it. */
export const createDashboardStore = (initialLang: Lang = DEFAULT_FILTERS.lang) =>
  create<DashboardState>()((...a) => ({
    ...createSectorSlice(...a),
    ...createYearSlice(...a),
    ...createEventSlice(...a),
    ...createLangSlice(initialLang)(...a),
    ...createSessionSlice(...a),
  }));

export type DashboardStore = ReturnType<typeof createDashboardStore>;

declare global {
  /** Set by the build while it prerenders a page in that language. */
  var dashboardPrerenderLang: Lang | undefined;
}

/** The language of the page: its `<html lang>` in the browser, the one being prerendered on the server. */
function pageLang(): Lang {
  if (typeof document === 'undefined') return globalThis.dashboardPrerenderLang ?? DEFAULT_FILTERS.lang;
  return document.documentElement.lang === 'vi' ? 'vi' : 'en';
}

export const useDashboardStore = createDashboardStore(pageLang());

export function filtersOf(s: DashboardState): FilterState {
  return { sectors: s.sectors, from: s.from, to: s.to, event: s.event, lang: s.lang };
}
