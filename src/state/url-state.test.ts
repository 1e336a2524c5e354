import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANGS, MAX_YEAR, MIN_YEAR, SECTOR_IDS, type SectorId } from '../data/schema';
import {
  DEFAULT_FILTERS,
  URL_KEYS,
  parseUrlState,
  sameFilters,
  serializeUrlState,
  shorten,
  sortSectors,
  type FilterState,
  type UrlNotice,
} from './url-state';
import { describeNotice } from '../shared/notice-text';

/** A notice as the reader sees it in English. */
const text = (n: UrlNotice | undefined) => (n ? describeNotice(n, 'en') : '');

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('parseUrlState', () => {
  it('gives the defaults and no notice for an empty query', () => {
    for (const search of ['', '?']) {
      const { state, notices } = parseUrlState(search);
      expect(state).toEqual(DEFAULT_FILTERS);
      expect(notices).toEqual([]);
    }
  });

  it('does not hand out the shared default sectors array', () => {
    const { state } = parseUrlState('');
    expect(state.sectors).not.toBe(DEFAULT_FILTERS.sectors);
  });

  it('reads sectors and puts them in the order of SECTOR_IDS', () => {
    const { state, notices } = parseUrlState('?sectors=policy,ev,ai');
    expect(state.sectors).toEqual(['ai', 'ev', 'policy']);
    expect(notices).toEqual([]);
  });

  it('accepts the comma escaped as %2C and spaces around names', () => {
    expect(parseUrlState('?sectors=ev%2Cai').state.sectors).toEqual(['ai', 'ev']);
    expect(parseUrlState('?sectors=%20ev%20,%20ai').state.sectors).toEqual(['ai', 'ev']);
  });

  it('drops a sector named twice to a single entry', () => {
    expect(parseUrlState('?sectors=ev,ev,ai').state.sectors).toEqual(['ai', 'ev']);
  });

  it('ignores unknown sectors and names each in a notice', () => {
    const { state, notices } = parseUrlState('?sectors=ai,bogus,ev,space');
    expect(state.sectors).toEqual(['ai', 'ev']);
    expect(notices).toHaveLength(2);
    expect(text(notices[0])).toContain("'bogus'");
    expect(text(notices[1])).toContain("'space'");
  });

  it('is case-sensitive about sector names', () => {
    const { state, notices } = parseUrlState('?sectors=AI');
    expect(state.sectors).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(text(notices[0])).toContain("'AI'");
  });

  it('collapses all nine sectors to the default (none named)', () => {
    const { state, notices } = parseUrlState(`?sectors=${[...SECTOR_IDS].reverse().join(',')}`);
    expect(state.sectors).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('keeps eight of the nine sectors', () => {
    const eight = SECTOR_IDS.slice(1);
    expect(parseUrlState(`?sectors=${eight.join(',')}`).state.sectors).toEqual([...eight]);
  });

  it('treats an empty sectors value as none, without a notice', () => {
    const { state, notices } = parseUrlState('?sectors=&from=2020');
    expect(state.sectors).toEqual([]);
    expect(state.from).toBe(2020);
    expect(notices).toEqual([]);
  });

  it('reads a year range', () => {
    const { state, notices } = parseUrlState('?from=2019&to=2024');
    expect(state.from).toBe(2019);
    expect(state.to).toBe(2024);
    expect(notices).toEqual([]);
  });

  it('accepts the ends of the allowed years', () => {
    const { state, notices } = parseUrlState(`?from=${MIN_YEAR}&to=${MAX_YEAR}`);
    expect(state.from).toBe(MIN_YEAR);
    expect(state.to).toBe(MAX_YEAR);
    expect(notices).toEqual([]);
  });

  it.each([
    ['abc', 'from'],
    ['20.5', 'from'],
    ['2e3', 'to'],
    ['-2020', 'to'],
    ['02020', 'from'],
    [' 2020', 'to'],
    [String(MIN_YEAR - 1), 'from'],
    [String(MAX_YEAR + 1), 'to'],
    ['9999', 'from'],
  ])("ignores %s as '%s' with a notice naming key and value", (raw, key) => {
    const { state, notices } = parseUrlState(`?${new URLSearchParams({ [key]: raw }).toString()}`);
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(notices).toHaveLength(1);
    expect(text(notices[0])).toContain(`${key}='${raw}'`);
    expect(text(notices[0])).toContain(`${MIN_YEAR} and ${MAX_YEAR}`);
  });

  it('keeps the good end when only the other end is bad', () => {
    const { state, notices } = parseUrlState('?from=2019&to=soon');
    expect(state.from).toBe(2019);
    expect(state.to).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('ignores a reversed range as a whole, with a notice giving both years', () => {
    const { state, notices } = parseUrlState('?from=2025&to=2020');
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(notices).toHaveLength(1);
    expect(text(notices[0])).toContain('2025');
    expect(text(notices[0])).toContain('2020');
  });

  it('accepts a range of a single year', () => {
    const { state, notices } = parseUrlState('?from=2022&to=2022');
    expect([state.from, state.to]).toEqual([2022, 2022]);
    expect(notices).toEqual([]);
  });

  it('reads a kebab-case event id', () => {
    const { state, notices } = parseUrlState('?event=deepseek-r1-release');
    expect(state.event).toBe('deepseek-r1-release');
    expect(notices).toEqual([]);
  });

  it.each(['<script>alert(1)</script>', 'javascript:alert(1)', 'Upper-Case', 'double--dash', '-lead', 'trail-', 'a b', '"><img src=x onerror=alert(1)>'])(
    'rejects the event id %j with a notice',
    (raw) => {
      const { state, notices } = parseUrlState(`?${new URLSearchParams({ event: raw }).toString()}`);
      expect(state.event).toBeNull();
      expect(notices).toHaveLength(1);
      expect(text(notices[0])).toMatch(/not an event id/);
    },
  );

  it('shortens a long rejected value in the notice instead of echoing all of it', () => {
    const payload = `<script>${'x'.repeat(200)}</script>`;
    const { state, notices } = parseUrlState(`?${new URLSearchParams({ event: payload }).toString()}`);
    expect(state.event).toBeNull();
    const notice = text(notices[0]);
    expect(notice).toContain(`'${payload.slice(0, 37)}...'`);
    expect(notice).not.toContain('</script>');
    expect(notice.length).toBeLessThan(100);
  });

  it('shortens long unknown sectors, years and languages too', () => {
    const long = 'y'.repeat(300);
    const { notices } = parseUrlState(`?sectors=${long}&from=${long}&lang=${long}`);
    expect(notices).toHaveLength(3);
    for (const n of notices) {
      expect(text(n)).toContain(`${'y'.repeat(37)}...`);
      expect(text(n)).not.toContain('y'.repeat(38));
    }
  });

  it('accepts an event id of 80 characters and rejects one of 81', () => {
    const id80 = 'a'.repeat(80);
    const id81 = 'a'.repeat(81);
    expect(parseUrlState(`?event=${id80}`).state.event).toBe(id80);
    const rejected = parseUrlState(`?event=${id81}`);
    expect(rejected.state.event).toBeNull();
    expect(rejected.notices).toHaveLength(1);
  });

  it('reads the language, and names an unknown one', () => {
    expect(parseUrlState('?lang=vi').state.lang).toBe('vi');
    expect(parseUrlState('?lang=en').state.lang).toBe('en');
    const { state, notices } = parseUrlState('?lang=fr');
    expect(state.lang).toBe('en');
    expect(notices).toHaveLength(1);
    expect(text(notices[0])).toContain("'fr'");
  });

  it('ignores empty values of every key without notices', () => {
    const { state, notices } = parseUrlState('?sectors=&from=&to=&event=&lang=');
    expect(state).toEqual(DEFAULT_FILTERS);
    expect(notices).toEqual([]);
  });

  it('reads everything at once and ignores parameters it does not know', () => {
    const { state, notices } = parseUrlState('?utm_source=x&sectors=semiconductors,ai&from=2018&to=2025&event=entity-list&lang=vi');
    expect(state).toEqual({ sectors: ['ai', 'semiconductors'], from: 2018, to: 2025, event: 'entity-list', lang: 'vi' });
    expect(notices).toEqual([]);
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_FILTERS)).toBe('');
  });

  it('writes only the keys that differ from the defaults', () => {
    expect(serializeUrlState({ ...DEFAULT_FILTERS, from: 2020 })).toBe('?from=2020');
    expect(serializeUrlState({ ...DEFAULT_FILTERS, lang: 'vi' })).toBe('?lang=vi');
    expect(serializeUrlState({ ...DEFAULT_FILTERS, event: 'entity-list' })).toBe('?event=entity-list');
  });

  it('writes the sectors sorted and with unescaped commas', () => {
    const search = serializeUrlState({ ...DEFAULT_FILTERS, sectors: ['policy', 'ai', 'ev'] });
    expect(search).toBe('?sectors=ai,ev,policy');
    expect(search).not.toContain('%2C');
  });

  it('writes all nine sectors as the default, the same link parseUrlState gives for them', () => {
    expect(serializeUrlState({ ...DEFAULT_FILTERS, sectors: [...SECTOR_IDS] })).toBe('');
  });

  it('keeps unrelated parameters and replaces its own', () => {
    const search = serializeUrlState({ ...DEFAULT_FILTERS, sectors: ['ev'] }, '?utm=news&sectors=ai&lang=vi&from=2001');
    const params = new URLSearchParams(search);
    expect(params.get('utm')).toBe('news');
    expect(params.get('sectors')).toBe('ev');
    expect(params.has('lang')).toBe(false);
    expect(params.has('from')).toBe(false);
    expect(search.startsWith('?utm=news')).toBe(true);
  });

  it('removes its own keys entirely when going back to the defaults', () => {
    expect(serializeUrlState(DEFAULT_FILTERS, '?sectors=ai&from=2020&to=2021&event=x&lang=vi')).toBe('');
  });

  it('writes every key for a fully set state', () => {
    const params = new URLSearchParams(
      serializeUrlState({ sectors: ['ai'], from: 2019, to: 2024, event: 'entity-list', lang: 'vi' }),
    );
    expect([...params.keys()].sort()).toEqual([...URL_KEYS].sort());
  });
});

describe('sameFilters', () => {
  const base: FilterState = { sectors: ['ai', 'ev'], from: 2020, to: 2024, event: 'entity-list', lang: 'vi' };

  it('is true for equal contents in different arrays', () => {
    expect(sameFilters(base, { ...base, sectors: ['ai', 'ev'] })).toBe(true);
  });

  it.each([
    ['sectors', { sectors: ['ai'] as SectorId[] }],
    ['from', { from: 2021 }],
    ['to', { to: null }],
    ['event', { event: null }],
    ['lang', { lang: 'en' as const }],
  ])('is false when %s differs', (_key, change) => {
    expect(sameFilters(base, { ...base, ...change })).toBe(false);
  });
});

const sectorsArb = fc
  .subarray([...SECTOR_IDS])
  .filter((s) => s.length < SECTOR_IDS.length)
  .map((s) => sortSectors(s));
const yearArb = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });
const rangeArb = fc.oneof(
  fc.constant<[number | null, number | null]>([null, null]),
  yearArb.map((y): [number | null, number | null] => [y, null]),
  yearArb.map((y): [number | null, number | null] => [null, y]),
  fc.tuple(yearArb, yearArb).map(([a, b]): [number | null, number | null] => [Math.min(a, b), Math.max(a, b)]),
);
const eventArb = fc.option(
  fc.stringMatching(EVENT_ID).filter((s) => s.length <= 80),
  { nil: null },
);
const stateArb: fc.Arbitrary<FilterState> = fc
  .record({ sectors: sectorsArb, range: rangeArb, event: eventArb, lang: fc.constantFrom(...LANGS) })
  .map(({ sectors, range, event, lang }) => ({ sectors, from: range[0], to: range[1], event, lang }));

/** Parameters that are not the dashboard's, to ride along in a link. */
const otherParamsArb = fc
  .array(fc.tuple(fc.string({ minLength: 1 }).filter((k) => !(URL_KEYS as readonly string[]).includes(k)), fc.string()), { maxLength: 4 })
  .map((pairs) => new URLSearchParams(pairs).toString());

describe('parseUrlState ∘ serializeUrlState (property)', () => {
  it('gives back any valid state, with no notice', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const parsed = parseUrlState(serializeUrlState(state));
        expect(parsed.state).toEqual(state);
        expect(parsed.notices).toEqual([]);
      }),
    );
  });

  it('gives back any valid state when the link carries other parameters, and keeps those', () => {
    fc.assert(
      fc.property(stateArb, otherParamsArb, (state, other) => {
        const search = serializeUrlState(state, other);
        const parsed = parseUrlState(search);
        expect(parsed.state).toEqual(state);
        expect(parsed.notices).toEqual([]);
        const kept = new URLSearchParams(search);
        for (const key of URL_KEYS) kept.delete(key);
        expect(kept.toString()).toBe(new URLSearchParams(other).toString());
      }),
    );
  });
});

/** Strings that look like queries: keys from the dashboard's own and arbitrary ones, values arbitrary. */
const queryLikeArb = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...URL_KEYS), fc.string()),
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.integer({ min: -10_000, max: 10_000 }).map(String),
        fc.subarray([...SECTOR_IDS, 'bogus', '', ' ']).map((s) => s.join(',')),
        fc.constantFrom('en', 'vi', 'fr', '%', '%zz', '%E0%A4%A', '&&', '=='),
      ),
    ),
    { maxLength: 8 },
  )
  .chain((pairs) =>
    fc.boolean().map((raw) =>
      raw ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : `?${new URLSearchParams(pairs).toString()}`,
    ),
  );

function expectValidState(state: FilterState): void {
  expect(state.sectors).toEqual(sortSectors(state.sectors));
  expect(state.sectors.length).toBeLessThan(SECTOR_IDS.length);
  for (const y of [state.from, state.to]) {
    if (y !== null) {
      expect(Number.isInteger(y)).toBe(true);
      expect(y).toBeGreaterThanOrEqual(MIN_YEAR);
      expect(y).toBeLessThanOrEqual(MAX_YEAR);
    }
  }
  if (state.from !== null && state.to !== null) expect(state.from).toBeLessThanOrEqual(state.to);
  if (state.event !== null) expect(state.event).toMatch(EVENT_ID);
  expect(LANGS).toContain(state.lang);
}

describe('parseUrlState on any input (property)', () => {
  it('never throws on arbitrary strings and always gives a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' })), (s) => {
        const { state, notices } = parseUrlState(s);
        expectValidState(state);
        expect(Array.isArray(notices)).toBe(true);
      }),
    );
  });

  it('never throws on query-like strings, and its result is already canonical', () => {
    fc.assert(
      fc.property(queryLikeArb, (s) => {
        const { state } = parseUrlState(s);
        expectValidState(state);
        // What was understood survives a round trip without anything further being ignored.
        const again = parseUrlState(serializeUrlState(state, s));
        expect(again.state).toEqual(state);
        expect(again.notices).toEqual([]);
      }),
    );
  });
});

describe('parseUrlState: links as strangers paste them', () => {
  it('uses the first of a repeated parameter and says the rest were ignored', () => {
    const { state, notices } = parseUrlState('?sectors=ai&sectors=ev&lang=vi&lang=zz');
    expect(state.sectors).toEqual(['ai']);
    expect(state.lang).toBe('vi');
    expect(notices.map(text)).toEqual([
      "'sectors' is given more than once: the first is used, 1 other was ignored.",
      "'lang' is given more than once: the first is used, 1 other was ignored.",
    ]);
  });

  it('reads a doubled question mark, a key in capitals and a key with brackets, and names the last two', () => {
    expect(parseUrlState('??sectors=ai')).toEqual({ state: { ...DEFAULT_FILTERS, sectors: ['ai'] }, notices: [] });
    const upper = parseUrlState('?SECTORS=ai');
    expect(upper.state.sectors).toEqual(['ai']);
    expect(upper.notices.map(text)).toEqual(["Read 'SECTORS' as 'sectors'."]);
    const brackets = parseUrlState('?sectors[]=ev');
    expect(brackets.state.sectors).toEqual(['ev']);
    expect(brackets.notices.map(text)).toEqual(["Read 'sectors[]' as 'sectors'."]);
  });

  it('strips direction-changing and control characters from the values it quotes', () => {
    const { notices } = parseUrlState('?event=deepseek-r1%E2%80%AE%00x');
    expect(notices.map(text)).toEqual(["Ignored event 'deepseek-r1x': not an event id."]);
    expect(shorten('a\u202Eb\u2066c\u0007d')).toBe('abcd');
  });
});
