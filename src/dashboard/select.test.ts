import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SECTOR_IDS, type ChartKind, type EventDate, type SectorId, type TimelineEvent, type ValueRecord } from '../data/schema';
import { matchesSectors, MAX_SECTION_COLUMNS, recordsInYears, sectionsBySector, visibleEvents, yearChoices } from './select';
import { makeEvent, makeRecord } from '../test-support/fixtures';

const rec = makeRecord;

const ev = (id: string, sectors: SectorId[], date: EventDate): TimelineEvent => makeEvent(id, date, { sectors });

describe('matchesSectors', () => {
  it('matches everything when no sector is selected', () => {
    expect(matchesSectors(['ev'], [])).toBe(true);
  });

  it('matches when any of the sectors is selected', () => {
    expect(matchesSectors(['ai', 'semiconductors'], ['semiconductors', 'ev'])).toBe(true);
  });

  it('does not match when none is selected', () => {
    expect(matchesSectors(['ai', 'semiconductors'], ['ev', 'finance'])).toBe(false);
  });
});

describe('recordsInYears', () => {
  const records = [
    rec({ year: 2018, value: 1 }),
    rec({ year: 2020, value: 2 }),
    rec({ year: 2024, value: 3 }),
    rec({ label: { en: 'TSMC', vi: 'TSMC' }, value: 4 }),
  ];
  const values = (rs: ValueRecord[]) => rs.map((r) => r.value);

  it('keeps everything with no range', () => {
    expect(values(recordsInYears(records, null, null))).toEqual([1, 2, 3, 4]);
  });

  it('keeps the years of an inclusive range, and records without a year', () => {
    expect(values(recordsInYears(records, 2020, 2024))).toEqual([2, 3, 4]);
    expect(values(recordsInYears(records, 2019, 2019))).toEqual([4]);
  });

  it('handles open ends', () => {
    expect(values(recordsInYears(records, 2020, null))).toEqual([2, 3, 4]);
    expect(values(recordsInYears(records, null, 2020))).toEqual([1, 2, 4]);
  });
});

describe('visibleEvents', () => {
  const events = [
    ev('export-rules-2022', ['semiconductors'], { precision: 'month', start: '2022-10' }),
    ev('mic-2025', ['policy'], { precision: 'year', start: '2015' }),
    ev('deepseek', ['ai'], { precision: 'day', start: '2025-01-20' }),
    ev('entity-list', ['semiconductors', 'policy'], { precision: 'term', start: '2017', end: '2021' }),
    ev('b-same-day', ['ev'], { precision: 'day', start: '2025-01-20' }),
  ];
  const ids = (es: TimelineEvent[]) => es.map((e) => e.id);

  it('lists every event in chronological order, ties by id', () => {
    expect(ids(visibleEvents(events, { sectors: [], from: null, to: null }))).toEqual([
      'mic-2025',
      'entity-list',
      'export-rules-2022',
      'b-same-day',
      'deepseek',
    ]);
  });

  it('keeps events of a selected sector', () => {
    expect(ids(visibleEvents(events, { sectors: ['policy'], from: null, to: null }))).toEqual(['mic-2025', 'entity-list']);
  });

  it('keeps events that overlap the year range', () => {
    expect(ids(visibleEvents(events, { sectors: [], from: 2020, to: 2022 }))).toEqual(['entity-list', 'export-rules-2022']);
    expect(ids(visibleEvents(events, { sectors: [], from: 2025, to: null }))).toEqual(['b-same-day', 'deepseek']);
  });

  it('combines sectors and years', () => {
    expect(ids(visibleEvents(events, { sectors: ['semiconductors'], from: 2022, to: null }))).toEqual(['export-rules-2022']);
  });

  it('does not reorder the input array', () => {
    const copy = [...events];
    visibleEvents(events, { sectors: [], from: null, to: null });
    expect(events).toEqual(copy);
  });

  it('is a subset that only shrinks as sectors are deselected (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...SECTOR_IDS], { minLength: 1 }), (selected) => {
        const all = ids(visibleEvents(events, { sectors: [], from: null, to: null }));
        const some = ids(visibleEvents(events, { sectors: selected, from: null, to: null }));
        expect(all.filter((id) => some.includes(id))).toEqual(some);
        for (const e of events) expect(some.includes(e.id)).toBe(e.sectors.some((s) => selected.includes(s)));
      }),
    );
  });
});

describe('yearChoices', () => {
  it('offers every year between the first and the last', () => {
    expect(yearChoices([2024, 2018, 2020], null, null)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('widens to the current choice', () => {
    expect(yearChoices([2020, 2021], 2015, null)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(yearChoices([2020, 2021], null, 2023)).toEqual([2020, 2021, 2022, 2023]);
  });

  it('offers nothing without years', () => {
    expect(yearChoices([], null, null)).toEqual([]);
  });

  it('offers the chosen year alone when there are no others', () => {
    expect(yearChoices([], 2019, null)).toEqual([2019]);
  });
});

describe('sectionsBySector', () => {
  const card = (id: string, sectors: SectorId[], chart?: ChartKind, figures = 1) => ({
    id,
    entry: { sectors },
    series: chart ? { chart, records: Array.from({ length: figures }, () => ({})) } : undefined,
  });

  it('puts each series in the first sector it lists, in the order of SECTOR_IDS, without empty sectors', () => {
    const sections = sectionsBySector([card('a', ['policy']), card('b', ['semiconductors', 'ai']), card('c', ['ai'])]);
    expect(sections.map((s) => s.sector)).toEqual(['ai', 'semiconductors', 'policy']);
    expect(sections.map((s) => s.cards.map((c) => c.id))).toEqual([['c'], ['b'], ['a']]);
  });

  it('orders a section: charts with the most figures first, then the tiles, index order between equals', () => {
    const [ai] = sectionsBySector([
      card('tile', ['ai'], 'figure', 2),
      card('two', ['ai'], 'slope', 2),
      card('three', ['ai'], 'bars', 3),
      card('two-again', ['ai'], 'range', 2),
      card('loading', ['ai']),
      card('lone', ['ai'], 'figure', 1),
    ]);
    expect(ai!.cards.map((c) => c.id)).toEqual(['three', 'two', 'two-again', 'loading', 'tile', 'lone']);
  });

  it('asks for about two tile rows of columns, at most six', () => {
    expect(sectionsBySector([card('x', ['ev'], 'slope', 2), card('y', ['ev'], 'figure'), card('z', ['ev'], 'figure')])[0]!.columns).toBe(3);
    expect(sectionsBySector([card('x', ['ev'], 'figure')])[0]!.columns).toBe(1);
    expect(sectionsBySector([card('x', ['ev'], 'figure', 2)])[0]!.columns).toBe(2);
    const many = Array.from({ length: 9 }, (_, i) => card(`c${i}`, ['ai'], 'slope', 2));
    expect(sectionsBySector(many)[0]!.columns).toBe(MAX_SECTION_COLUMNS);
  });

  it('keeps every card exactly once, whatever the sectors (property)', () => {
    const cardArb = fc.record({
      sectors: fc.subarray([...SECTOR_IDS], { minLength: 1 }),
      chart: fc.constantFrom<ChartKind | undefined>('figure', 'slope', 'bars', undefined),
      figures: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 40 }), (specs) => {
        const cards = specs.map((s, i) => card(String(i), s.sectors, s.chart, s.figures));
        const sections = sectionsBySector(cards);
        expect(sections.flatMap((s) => s.cards.map((c) => c.id)).sort()).toEqual(cards.map((c) => c.id).sort());
        for (const s of sections) {
          expect(s.cards.every((c) => c.entry.sectors[0] === s.sector)).toBe(true);
          expect(s.columns).toBeGreaterThanOrEqual(1);
          expect(s.columns).toBeLessThanOrEqual(MAX_SECTION_COLUMNS);
        }
        expect(sections.map((s) => SECTOR_IDS.indexOf(s.sector))).toEqual([...new Set(sections.map((s) => SECTOR_IDS.indexOf(s.sector)))].sort((a, b) => a - b));
      }),
    );
  });
});
