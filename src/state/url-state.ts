import { LANGS, MAX_YEAR, MIN_YEAR, SECTOR_IDS, type Lang, type SectorId } from '../data/schema';

/** Everything a shareable link carries. `null` and `[]` mean "the default". */
export interface FilterState {
  /** Selected sectors; empty = every sector. Kept in the order of SECTOR_IDS. */
  sectors: SectorId[];
  from: number | null;
  to: number | null;
  event: string | null;
  lang: Lang;
}

export const DEFAULT_FILTERS: FilterState = { sectors: [], from: null, to: null, event: null, lang: 'en' };

export const URL_KEYS = ['sectors', 'from', 'to', 'event', 'lang'] as const;

export interface ParsedUrl {
  state: FilterState;
  /** What was ignored, in words a reader understands. Shown once, never rendered as HTML. */
  notices: string[];
}

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}

function parseYear(raw: string | null, key: 'from' | 'to', notices: string[]): number | null {
  if (raw === null || raw === '') return null;
  if (!/^\d{4}$/.test(raw) || Number(raw) < MIN_YEAR || Number(raw) > MAX_YEAR) {
    notices.push(`Ignored ${key}='${shorten(raw)}': not a year between ${MIN_YEAR} and ${MAX_YEAR}.`);
    return null;
  }
  return Number(raw);
}

export function sortSectors(sectors: Iterable<SectorId>): SectorId[] {
  const set = new Set(sectors);
  return SECTOR_IDS.filter((s) => set.has(s));
}

/** Any string parses: what is not understood is dropped and named in a notice. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: FilterState = { ...DEFAULT_FILTERS, sectors: [] };

  const sectors = params.get('sectors');
  if (sectors !== null) {
    const known: SectorId[] = [];
    for (const part of sectors.split(',').map((s) => s.trim()).filter(Boolean)) {
      if ((SECTOR_IDS as readonly string[]).includes(part)) known.push(part as SectorId);
      else notices.push(`Ignored unknown sector '${shorten(part)}'.`);
    }
    state.sectors = sortSectors(known);
    // Every sector named is the same as none named: keep the link canonical.
    if (state.sectors.length === SECTOR_IDS.length) state.sectors = [];
  }

  state.from = parseYear(params.get('from'), 'from', notices);
  state.to = parseYear(params.get('to'), 'to', notices);
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push(`Ignored the year range ${state.from}–${state.to}: it ends before it starts.`);
    state.from = null;
    state.to = null;
  }

  const event = params.get('event');
  if (event !== null && event !== '') {
    if (EVENT_ID.test(event) && event.length <= 80) state.event = event;
    else notices.push(`Ignored event '${shorten(event)}': not an event id.`);
  }

  const lang = params.get('lang');
  if (lang !== null && lang !== '') {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else notices.push(`Ignored language '${shorten(lang)}': use 'en' or 'vi'.`);
  }
  return { state, notices };
}

/**
 * Writes only what differs from the defaults, and keeps any other parameter of the link as it was.
 * Returns the query string with its leading "?" (or "" when nothing is left).
 */
export function serializeUrlState(state: FilterState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) params.delete(key);
  // Every sector is the default: a link that names all nine is written as one that names none.
  const sectors = sortSectors(state.sectors);
  if (sectors.length > 0 && sectors.length < SECTOR_IDS.length) params.set('sectors', sectors.join(','));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.event !== null) params.set('event', state.event);
  if (state.lang !== DEFAULT_FILTERS.lang) params.set('lang', state.lang);
  // Commas are legal in a query and read better in a pasted link than %2C.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    a.sectors.join() === b.sectors.join() &&
    a.from === b.from &&
    a.to === b.to &&
    a.event === b.event &&
    a.lang === b.lang
  );
}
