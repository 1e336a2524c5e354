import { LANGS, MAX_YEAR, MIN_YEAR, SECTOR_IDS } from '../data/ids';
import type { Lang, SectorId } from '../data/schema';

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

/** A part of a link that was ignored; worded for the reader by the i18n catalogue, never rendered as HTML. */
export type UrlNotice =
  | { kind: 'unknown-sector'; value: string }
  | { kind: 'bad-year'; key: 'from' | 'to'; value: string }
  | { kind: 'reversed-years'; from: number; to: number }
  | { kind: 'bad-event'; value: string }
  | { kind: 'unknown-event'; value: string }
  | { kind: 'bad-lang'; value: string }
  | { kind: 'repeated-param'; key: string; ignored: number }
  | { kind: 'renamed-param'; given: string; key: string };

export interface ParsedUrl {
  state: FilterState;
  notices: UrlNotice[];
}

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A value from a link, fit to be quoted: control and direction-changing characters removed, and cut short. */
export function shorten(value: string): string {
  const plain = value.replace(/[\p{Cc}\p{Cf}]/gu, '');
  return plain.length > 40 ? `${plain.slice(0, 37)}...` : plain;
}

type UrlKey = (typeof URL_KEYS)[number];

/** The dashboard's key a link's parameter stands for, whatever its case or a trailing `[]`. */
const urlKeyOf = (given: string): UrlKey | undefined => URL_KEYS.find((k) => k === given.toLowerCase().replace(/\[\]$/, ''));

/**
 * The link's parameters by the key they stand for: `SECTORS` and `sectors[]` are read as
 * `sectors` (and named in a notice), a doubled "?" is read as one, and where a key is given more
 * than once the first value is used and the others are named.
 */
function readParams(search: string, notices: UrlNotice[]): Map<UrlKey, string> {
  const params = new URLSearchParams(search.replace(/^\?+/, ''));
  const values = new Map<UrlKey, string[]>();
  for (const [given, value] of params) {
    const key = urlKeyOf(given);
    if (!key) continue;
    if (key !== given) notices.push({ kind: 'renamed-param', given: shorten(given), key });
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const first = new Map<UrlKey, string>();
  for (const [key, all] of values) {
    first.set(key, all[0] ?? '');
    if (all.length > 1) notices.push({ kind: 'repeated-param', key, ignored: all.length - 1 });
  }
  return first;
}

function parseYear(raw: string | null, key: 'from' | 'to', notices: UrlNotice[]): number | null {
  if (raw === null || raw === '') return null;
  if (!/^\d{4}$/.test(raw) || Number(raw) < MIN_YEAR || Number(raw) > MAX_YEAR) {
    notices.push({ kind: 'bad-year', key, value: shorten(raw) });
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
  const notices: UrlNotice[] = [];
  const read = readParams(search, notices);
  const params = { get: (key: UrlKey) => read.get(key) ?? null };
  const state: FilterState = { ...DEFAULT_FILTERS, sectors: [] };

  const sectors = params.get('sectors');
  if (sectors !== null) {
    const known: SectorId[] = [];
    for (const part of sectors.split(',').map((s) => s.trim()).filter(Boolean)) {
      if ((SECTOR_IDS as readonly string[]).includes(part)) known.push(part as SectorId);
      else notices.push({ kind: 'unknown-sector', value: shorten(part) });
    }
    state.sectors = sortSectors(known);
    // Every sector named is the same as none named: keep the link canonical.
    if (state.sectors.length === SECTOR_IDS.length) state.sectors = [];
  }

  state.from = parseYear(params.get('from'), 'from', notices);
  state.to = parseYear(params.get('to'), 'to', notices);
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push({ kind: 'reversed-years', from: state.from, to: state.to });
    state.from = null;
    state.to = null;
  }

  const event = params.get('event');
  if (event !== null && event !== '') {
    if (EVENT_ID.test(event) && event.length <= 80) state.event = event;
    else notices.push({ kind: 'bad-event', value: shorten(event) });
  }

  const lang = params.get('lang');
  if (lang !== null && lang !== '') {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else notices.push({ kind: 'bad-lang', value: shorten(lang) });
  }
  return { state, notices };
}

/**
 * Writes only what differs from the defaults, and keeps any other parameter of the link as it was.
 * Returns the query string with its leading "?" (or "" when nothing is left).
 */
export function serializeUrlState(state: FilterState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch.replace(/^\?+/, ''));
  for (const given of [...params.keys()]) if (urlKeyOf(given)) params.delete(given);
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

/** Whether the filters are the default view the build prerendered for `pageLang`. */
export function isPrerenderedView(filters: FilterState, pageLang: Lang): boolean {
  return sameFilters(filters, { ...DEFAULT_FILTERS, lang: pageLang });
}

/**
 * The search's words in a link (`?q=huawei`): not a filter (a search never changes them), kept
 * beside them. `Q=` and `q[]=` are read as `q` and named, a repeated `q` uses the first; control
 * and direction-changing characters become spaces, and the words are cut at `SEARCH_MAX` characters.
 */
export const SEARCH_KEY = 'q';
export const SEARCH_MAX = 100;

const isSearchKey = (given: string) => given.toLowerCase().replace(/\[\]$/, '') === SEARCH_KEY;

export function cleanSearchQuery(raw: string): string {
  return raw.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, SEARCH_MAX).trimEnd();
}

export function parseSearchQuery(search: string): { q: string; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const values: string[] = [];
  for (const [given, value] of new URLSearchParams(search.replace(/^\?+/, ''))) {
    if (!isSearchKey(given)) continue;
    if (given !== SEARCH_KEY) notices.push({ kind: 'renamed-param', given: shorten(given), key: SEARCH_KEY });
    values.push(value);
  }
  if (values.length > 1) notices.push({ kind: 'repeated-param', key: SEARCH_KEY, ignored: values.length - 1 });
  return { q: cleanSearchQuery(values[0] ?? ''), notices };
}

/** The link's query with `q` set to the search's words (or removed when there are none), every other parameter as it was. */
export function withSearchQuery(search: string, q: string): string {
  const params = new URLSearchParams(search.replace(/^\?+/, ''));
  for (const given of [...params.keys()]) if (isSearchKey(given)) params.delete(given);
  const clean = cleanSearchQuery(q);
  if (clean) params.set(SEARCH_KEY, clean);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
