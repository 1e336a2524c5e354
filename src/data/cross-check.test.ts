import { describe, expect, it } from 'vitest';
import { crossCheck, formatProblem, type ParsedDataset, type Problem } from './cross-check';
import { makeSeries, makeSource } from '../test-support/fixtures';
import { EventsFile, SHORT_TITLE_MAX, type Citation, type Source, type TimelineEvent, type ValueRecord } from './schema';
import { DataFileError, parseDataFile } from './validate';

const FILE = 'series/nvidia-china-share.json';
const cite = (source = 'reuters'): Citation => ({ source, quote: 'A sentence.', quoteLang: 'en' });

const source = (id: string): Source => makeSource(id);

function record(fields: Partial<ValueRecord> = {}): ValueRecord {
  return { series: 'nvidia-china-share', year: 2024, value: 80, unit: 'percent', flags: [], citations: [cite()], ...fields };
}

const seriesFile = makeSeries;

function event(fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'deepseek-r1',
    date: { precision: 'month', start: '2025-01' },
    kind: 'ai-milestone',
    sectors: ['ai'],
    title: { en: 'R1', vi: 'R1' },
    short: { en: 'R1', vi: 'R1' },
    citations: [cite()],
    ...fields,
  };
}

function dataset(changes: Partial<ParsedDataset> = {}, records: ValueRecord[] = [record()]): ParsedDataset {
  return {
    index: {
      updated: '2026-12-01',
      sources: 'sources.json',
      events: 'events.json',
      series: [{ id: 'nvidia-china-share', file: FILE, title: { en: 'Share', vi: 'Thị phần' }, sectors: ['semiconductors'] }],
    },
    sources: [source('reuters'), source('ft')],
    events: [event()],
    series: new Map([[FILE, seriesFile(records)]]),
    ...changes,
  };
}

const one = (problems: Problem[]): Problem => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('crossCheck', () => {
  it('finds nothing wrong with a consistent dataset', () => {
    expect(crossCheck(dataset())).toEqual([]);
  });

  it('finds a record citing an unknown source, naming the file and the citation', () => {
    const p = one(crossCheck(dataset({}, [record({ citations: [cite(), cite('nobody')] })])));
    expect(p).toEqual({
      file: FILE,
      where: 'records[0] (2024).citations[1].source',
      message: expect.stringContaining("unknown source id 'nobody'"),
    });
    expect(p.message).toContain('sources.json');
  });

  it('finds an event, or a date claim, citing an unknown source', () => {
    const claims = [
      { date: { precision: 'month' as const, start: '2025-01' }, citation: cite() },
      { date: { precision: 'month' as const, start: '2025-02' }, citation: cite('ghost') },
    ];
    const problems = crossCheck(dataset({ events: [event({ citations: [cite('nobody')], dateConflict: claims })] }));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^events\.json: events\[0\] \(deepseek-r1\)\.citations\[0\]\.source: unknown source id 'nobody'/),
      expect.stringMatching(/^events\.json: events\[0\] \(deepseek-r1\)\.dateConflict\[1\]\.citations\[0\]\.source: unknown source id 'ghost'/),
    ]);
  });

  it('finds a translation in the language of its quote', () => {
    const p = one(crossCheck(dataset({}, [record({ citations: [{ ...cite(), translation: { lang: 'en', text: 'Same.' } }] })])));
    expect(p.where).toBe('records[0] (2024).citations[0].translation.lang');
  });

  it('finds duplicate source, event and series ids, each in its own file', () => {
    const base = dataset();
    const problems = crossCheck({
      ...base,
      sources: [...base.sources, source('reuters')],
      events: [event(), event({ date: { precision: 'year', start: '2025' } })],
      index: { ...base.index, series: [...base.index.series, ...base.index.series] },
    });
    const dupes = problems.filter((p) => p.message.startsWith('duplicate'));
    expect(dupes).toEqual([
      { file: 'sources.json', where: "source 'reuters'", message: "duplicate source id 'reuters'" },
      { file: 'events.json', where: "event 'deepseek-r1'", message: "duplicate event id 'deepseek-r1'" },
      { file: 'index.json', where: "series 'nvidia-china-share'", message: "duplicate series id 'nvidia-china-share'" },
    ]);
  });

  it('finds an index entry whose file is missing', () => {
    const p = one(crossCheck(dataset({ series: new Map() })));
    expect(p).toEqual({ file: 'index.json', where: "series 'nvidia-china-share'", message: `file '${FILE}' not found` });
  });

  it('finds a series whose title differs from the index, in each language', () => {
    const base = dataset();
    const problems = crossCheck({ ...base, series: new Map([[FILE, seriesFile([record()], { title: { en: 'Other', vi: 'Khác' } })]]) });
    expect(problems.map((p) => `${p.file}|${p.where}`)).toEqual([`${FILE}|title.en`, `${FILE}|title.vi`]);
    expect(problems[0]!.message).toContain("'Other'");
  });

  it('finds a series whose id or sectors differ from the index', () => {
    const problems = crossCheck({
      ...dataset(),
      series: new Map([[FILE, seriesFile([record()], { id: 'renamed', sectors: ['ai'] })]]),
    });
    expect(problems.map((p) => `${p.file}|${p.where}`)).toEqual([`${FILE}|id`, `${FILE}|sectors`]);
  });

  it('finds a short title that is too long or empty, naming file, event and language (the schema’s rule, no longer the cross-check’s)', () => {
    // The length rule moved into the schema: a file with such a title fails to parse, before any
    // cross-check runs. (validate.test.ts names a title far too long; here the bounds, and an empty one.)
    const file = (short: TimelineEvent['short']) => ({ updated: '2026-12-01', events: [event({ short })] });
    let failure: unknown;
    try {
      parseDataFile(EventsFile, 'events.json', file({ en: 'x'.repeat(SHORT_TITLE_MAX + 1), vi: ' ' }));
    } catch (error) {
      failure = error;
    }
    if (!(failure instanceof DataFileError)) throw new Error('expected a DataFileError');
    expect(failure.file).toBe('events.json');
    expect(failure.message.startsWith('events.json: ')).toBe(true);
    expect(failure.problems).toEqual([
      `events[0] (deepseek-r1).short.en: must be at most 24 characters (got "${'x'.repeat(SHORT_TITLE_MAX + 1)}")`,
      'events[0] (deepseek-r1).short.vi: must not be empty (got "")',
    ]);
    const fine = { en: 'x'.repeat(SHORT_TITLE_MAX), vi: 'DeepSeek R1' };
    expect(parseDataFile(EventsFile, 'events.json', file(fine)).events[0]!.short).toEqual(fine);
    expect(crossCheck(dataset({ events: [event({ short: fine })] }))).toEqual([]);
  });

  it('finds a public-record date outside the dates the sources give', () => {
    const p = one(
      crossCheck(dataset({ events: [event({ publicRecord: { date: '2025-02-03', note: { en: 'Released on 3 February.', vi: 'Released on 3 February.' } } })] })),
    );
    expect(p.file).toBe('events.json');
    expect(p.where).toBe('events[0] (deepseek-r1).publicRecord.date');
    expect(p.message).toContain('2025-02-03');
    expect(p.message).toContain('2025-01');
  });

  it('finds a former id that is still an event’s id, or that two events claim', () => {
    const merged = event({ id: 'ai-diffusion-framework', formerIds: ['deepseek-r1'] });
    const still = one(crossCheck(dataset({ events: [event(), merged] })));
    expect(still.where).toBe('events[1] (ai-diffusion-framework).formerIds[0]');
    expect(still.message).toContain("'deepseek-r1' is still the id of an event");

    const twice = one(crossCheck(dataset({ events: [event({ formerIds: ['us-gpu-restrictions'] }), event({ id: 'other', formerIds: ['us-gpu-restrictions'] })] })));
    expect(twice.where).toBe('events[1] (other).formerIds[0]');
    expect(twice.message).toContain('more than one event');

    expect(crossCheck(dataset({ events: [event({ formerIds: ['us-gpu-restrictions'] })] }))).toEqual([]);
  });

  it('accepts a public-record year for an event dated by the year, and refuses one outside it', () => {
    const byYear = (date: string) =>
      event({ date: { precision: 'year', start: '2023' }, publicRecord: { date, note: { en: 'Full-year sales.', vi: 'Doanh số cả năm.' } } });
    expect(crossCheck(dataset({ events: [byYear('2023')] }))).toEqual([]);
    expect(one(crossCheck(dataset({ events: [byYear('2024')] }))).where).toBe('events[0] (deepseek-r1).publicRecord.date');
  });

  it('accepts a public-record date within the month, the span, or one of the conflicting claims', () => {
    const publicRecord = { date: '2025-01-20', note: { en: 'Released on 20 January.', vi: 'Released on 20 January.' } };
    expect(crossCheck(dataset({ events: [event({ publicRecord })] }))).toEqual([]);
    const span = event({ date: { precision: 'season', start: '2024-11', end: '2025-02' }, publicRecord: { date: '2025-02-28', note: { en: 'n', vi: 'n' } } });
    expect(crossCheck(dataset({ events: [span] }))).toEqual([]);
    const conflicting = event({
      date: { precision: 'month', start: '2024-12' },
      publicRecord,
      dateConflict: [
        { date: { precision: 'month', start: '2024-12' }, citation: cite() },
        { date: { precision: 'day', start: '2025-01-20' }, citation: cite('ft') },
      ],
    });
    expect(crossCheck(dataset({ events: [conflicting] }))).toEqual([]);
  });
});

describe('crossCheck on the figures an event moved', () => {
  const link = (fields: Partial<NonNullable<TimelineEvent['moved']>[number]> = {}) => ({
    series: 'nvidia-china-share',
    citation: cite(),
    ...fields,
  });
  const withLinks = (moved: TimelineEvent['moved']) => dataset({ events: [event({ moved })] });

  it('accepts a link to a series, and to a record it holds by year and label', () => {
    expect(crossCheck(withLinks([link(), link({ record: { year: 2024 } })]))).toEqual([]);
  });

  it('refuses a link to a series the index does not list', () => {
    expect(one(crossCheck(withLinks([link({ series: 'no-such-series' })])))).toEqual({
      file: 'events.json',
      where: 'events[0] (deepseek-r1).moved[0].series',
      message: "unknown series id 'no-such-series' (not in index.json)",
    });
  });

  it('refuses a link to a record the series does not hold, and one that names no record', () => {
    expect(one(crossCheck(withLinks([link({ record: { year: 2030 } })]))).message).toBe("no record of series 'nvidia-china-share' at 2030");
    expect(one(crossCheck(withLinks([link({ record: { year: 2024, label: 'TSMC' } })]))).message).toBe(
      "no record of series 'nvidia-china-share' at 2024, 'TSMC'",
    );
    expect(one(crossCheck(withLinks([link({ record: {} })]))).message).toBe('names no record: give its year, its label or both');
  });

  it('refuses a linking quote citing an unknown source or holding a web-page artefact', () => {
    expect(one(crossCheck(withLinks([link({ citation: cite('nobody') })]))).where).toBe('events[0] (deepseek-r1).moved[0].citation.source');
    const artefact = { ...cite(), quote: 'Nvidia (NVDA.O) kit.' };
    expect(one(crossCheck(withLinks([link({ citation: artefact })]))).where).toBe('events[0] (deepseek-r1).moved[0].citation.quote');
  });
});
