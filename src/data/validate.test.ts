import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataIndex, derivedValue, EventsFile, isRealDate, SeriesFile, SourcesFile } from './schema';
import { DataFileError, describePath, parseDataFile, parseJsonText } from './validate';

const citation = { source: 'reuters', quote: 'Nvidia’s share fell.', quoteLang: 'en' };

function series(records: unknown[]) {
  return {
    updated: '2026-12-01',
    id: 'nvidia-china-share',
    title: { en: 'Share', vi: 'Thị phần' },
    subtitle: { en: 'Share, %', vi: 'Thị phần, %' },
    sectors: ['semiconductors'],
    chart: 'slope',
    unit: 'percent',
    records,
  };
}
const record = (fields: Record<string, unknown>) => ({
  series: 'nvidia-china-share',
  unit: 'percent',
  flags: [],
  citations: [citation],
  ...fields,
});

function problemsOf(run: () => unknown): { error: DataFileError; problems: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return { error, problems: error.problems };
    throw error;
  }
  throw new Error('expected a DataFileError');
}

describe('parseDataFile', () => {
  it('returns the parsed data when it is valid', () => {
    const raw = series([record({ year: 2024, value: 80 }), record({ year: 2025, value: 50, flags: ['estimate'] })]);
    const parsed = parseDataFile(SeriesFile, 'series/nvidia-china-share.json', raw);
    expect(parsed.records.map((r) => r.value)).toEqual([80, 50]);
  });

  it('refuses two records at the same year and label, naming both', () => {
    const raw = series([record({ year: 2024, value: 80 }), record({ year: 2024, value: 70 })]);
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/nvidia-china-share.json', raw));
    expect(problems).toEqual(['records[1] (2024): has the same year and label as records[0]: one of them is a mistake']);
  });

  it('words zod’s own messages in English and Vietnamese, with the schemas alone loaded (as the page loads them)', () => {
    const raw = { ...series([{ ...record({ year: 2024, value: '50' }), extra: 1 }]), chart: 'pie' };
    const { error } = problemsOf(() => parseDataFile(SeriesFile, 'series/nvidia-china-share.json', raw));
    expect(error.localized).toEqual([
      {
        en: 'chart: Invalid option: expected one of "slope"|"bullet"|"range"|"diverging"|"bars"|"figure" (got "pie")',
        vi: 'chart: Tùy chọn không hợp lệ: mong đợi một trong các giá trị "slope"|"bullet"|"range"|"diverging"|"bars"|"figure" (nhận được "pie")',
      },
      {
        en: 'records[0] (2024).value: Invalid input: expected number, received string (got "50")',
        vi: 'records[0] (2024).value: Đầu vào không hợp lệ: mong đợi số, nhận được string (nhận được "50")',
      },
      { en: 'records[0] (2024): Unrecognized key: "extra"', vi: 'records[0] (2024): Khóa không được nhận dạng: "extra"' },
    ]);
  });

  it('names the file, the record by its year, the field and the bad input', () => {
    const raw = series([record({ year: 2024, value: 80 }), record({ year: 2025, value: '50' })]);
    const { error, problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/nvidia-china-share.json', raw));
    expect(error.file).toBe('series/nvidia-china-share.json');
    expect(error.message.startsWith('series/nvidia-china-share.json: ')).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^records\[1\] \(2025\)\.value: /);
    expect(problems[0]).toContain('(got "50")');
  });

  it('rejects a value too large to be a figure of these articles (a typo), naming it', () => {
    const raw = { ...series([record({ year: 2024, value: 8e20, unit: 'usd-bn' })]), unit: 'usd-bn' };
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', raw));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^records\[0\] \(2024\)\.value: /);
    expect(problems[0]).toContain('(got 800000000000000000000)');
  });

  it('names a record by its label when it has one', () => {
    const raw = series([record({ label: { en: 'TSMC', vi: 'TSMC' }, year: 2024, value: 1, unit: 'dollars' })]);
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', raw));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^records\[0\] \(TSMC, 2024\)\.unit: /);
    expect(problems[0]).toContain('(got "dollars")');
  });

  it('lists every problem, not just the first', () => {
    const raw = series([record({ year: 2024, value: 'x' }), record({ year: 1800, value: 1 })]);
    const { problems, error } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', raw));
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => p.startsWith('records[0] (2024).value'))).toBe(true);
    expect(problems.some((p) => p.startsWith('records[1] (1800).year') && p.includes('(got 1800)'))).toBe(true);
    for (const p of problems) expect(error.message).toContain(p);
  });

  it('reports a refinement on the record with its path', () => {
    const raw = series([record({ year: 2024, value: 19, valueHigh: 11 })]);
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', raw));
    expect(problems).toEqual([expect.stringMatching(/^records\[0\] \(2024\)\.valueHigh: valueHigh must not be below value/)]);
  });

  it('accepts what a count counts, and refuses it on a unit that is not a count', () => {
    const counted = { en: 'users', vi: 'người dùng' };
    expect(() => parseDataFile(SeriesFile, 'series/x.json', { ...series([record({ year: 2025, value: 22, unit: 'million', counted })]), unit: 'million' })).not.toThrow();
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', series([record({ year: 2024, value: 80, counted })])));
    expect(problems).toEqual([expect.stringMatching(/^records\[0\] \(2024\)\.counted: only a count/)]);
  });

  it('names an event by its id and reports an impossible date', () => {
    const raw = {
      updated: '2026-12-01',
      events: [
        {
          id: 'entity-list',
          date: { precision: 'day', start: '2025-02-30' },
          kind: 'us-control',
          sectors: ['semiconductors'],
          title: { en: 'E', vi: 'E' },
          short: { en: 'E', vi: 'E' },
          citations: [citation],
        },
      ],
    };
    const { problems } = problemsOf(() => parseDataFile(EventsFile, 'events.json', raw));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^events\[0\] \(entity-list\)\.date\.start: /);
    expect(problems[0]).toContain("'2025-02-30'");
  });

  it('names an event whose short title is too long, or whose public-record date is malformed, and accepts $schema', () => {
    const event = {
      id: 'deepseek-r1',
      date: { precision: 'month', start: '2025-01' },
      publicRecord: { date: '2025-1-20', note: { en: 'n', vi: 'n' } },
      kind: 'ai-milestone',
      sectors: ['ai'],
      title: { en: 'DeepSeek releases R1', vi: 'DeepSeek công bố R1' },
      short: { en: 'DeepSeek releases its R1 reasoning model', vi: 'DeepSeek R1' },
      citations: [citation],
    };
    const { problems } = problemsOf(() => parseDataFile(EventsFile, 'events.json', { $schema: './schema/events.schema.json', updated: '2026-12-01', events: [event] }));
    expect(problems).toEqual([
      expect.stringMatching(/^events\[0\] \(deepseek-r1\)\.publicRecord\.date: must be YYYY, YYYY-MM or YYYY-MM-DD/),
      expect.stringMatching(/^events\[0\] \(deepseek-r1\)\.short\.en: must be at most 24 characters/),
    ]);
    const fine = { ...event, publicRecord: { ...event.publicRecord, date: '2025-01' }, short: { en: 'DeepSeek R1', vi: 'DeepSeek R1' } };
    expect(parseDataFile(EventsFile, 'events.json', { $schema: './schema/events.schema.json', updated: '2026-12-01', events: [fine] }).events[0]!.short).toEqual({
      en: 'DeepSeek R1',
      vi: 'DeepSeek R1',
    });
  });

  it('requires a short title on every event, named by event and field', () => {
    const raw = {
      updated: '2026-12-01',
      events: [{ id: 'deepseek-r1', date: { precision: 'month', start: '2025-01' }, kind: 'ai-milestone', sectors: ['ai'], title: { en: 'R1', vi: 'R1' }, citations: [citation] }],
    };
    const { problems } = problemsOf(() => parseDataFile(EventsFile, 'events.json', raw));
    expect(problems).toEqual([expect.stringMatching(/^events\[0\] \(deepseek-r1\)\.short: /)]);
  });

  it('says "top level" for a problem with the file as a whole', () => {
    const { problems } = problemsOf(() => parseDataFile(EventsFile, 'events.json', []));
    expect(problems[0]).toMatch(/^\(top level\): /);
  });

  it('shortens a long bad input', () => {
    const raw = series([record({ year: 2024, value: 'x'.repeat(500) })]);
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', raw));
    expect(problems[0]).toContain(`(got "${'x'.repeat(56)}...)`);
    expect(problems[0]!.length).toBeLessThan(200);
  });
});

describe('describePath', () => {
  it('reads an index as [n] and a key after a dot', () => {
    expect(describePath(['a', 0, 'b'], { a: [{}] })).toBe('a[0].b');
  });

  it('follows the path through the data to name what it finds', () => {
    const root = { events: [{ id: 'x' }, { id: 'deepseek-r1', date: {} }] };
    expect(describePath(['events', 1, 'date'], root)).toBe('events[1] (deepseek-r1).date');
  });

  it('copes with a path leading out of the data', () => {
    expect(describePath(['records', 5, 'value'], { records: [] })).toBe('records[5].value');
    expect(describePath(['a', 'b'], null)).toBe('a.b');
  });
});

describe('parseJsonText', () => {
  it('parses JSON', () => {
    expect(parseJsonText('index.json', '{"a":[1]}')).toEqual({ a: [1] });
  });

  it('names the file when the text is not JSON', () => {
    const { error, problems } = problemsOf(() => parseJsonText('series/broken.json', '{"records": [1, }'));
    expect(error.file).toBe('series/broken.json');
    expect(error.message.startsWith('series/broken.json: not valid JSON')).toBe(true);
    expect(problems).toHaveLength(1);
  });
});

describe('problems in Vietnamese', () => {
  it('words a schema problem in Vietnamese, with the same path and input', () => {
    const raw = series([record({ year: 2024, value: '80' })]);
    try {
      parseDataFile(SeriesFile, 'series/x.json', raw);
      expect.unreachable('the string value must be rejected');
    } catch (error) {
      const e = error as DataFileError;
      const [vi] = e.problemsIn('vi');
      expect(vi).toMatch(/^records\[0\] \(2024\)\.value: /);
      expect(vi).toContain('(nhận được "80")');
      expect(vi).not.toContain('expected');
      expect(e.problemsIn('en')).toEqual(e.problems);
    }
  });

  it('uses the schema’s own Vietnamese for its own rules', () => {
    const raw = series([record({ value: 1 })]);
    try {
      parseDataFile(SeriesFile, 'series/x.json', raw);
      expect.unreachable('a record without year or label must be rejected');
    } catch (error) {
      expect((error as DataFileError).problemsIn('vi')).toEqual(['records[0].year: cần có năm hoặc nhãn']);
    }
  });
});

describe('rules within a series file', () => {
  it('finds a share outside 0–100 and names the record and the value', () => {
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', series([record({ year: 2024, value: -80000 })])));
    expect(problems).toEqual(['records[0] (2024).value: a share must be within 0–100% (got -80000)']);
  });

  it('checks the upper end of a range too, and accepts 0 and 100', () => {
    const raw = series([record({ year: 2024, value: 0 }), record({ year: 2025, value: 90, valueHigh: 120 }), record({ year: 2026, value: 100 })]);
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', raw));
    expect(problems).toEqual(['records[1] (2025).valueHigh: a share must be within 0–100% (got 120)']);
  });

  it('allows a change in percent to be negative or above 100', () => {
    const raw = { ...series([record({ year: 2024, unit: 'percent-change', value: -80 }), record({ year: 2025, unit: 'percent-change', value: 250 })]), unit: 'percent-change' };
    expect(parseDataFile(SeriesFile, 'series/x.json', raw).records).toHaveLength(2);
  });

  it('finds a record of another series or in another unit', () => {
    const raw = series([record({ year: 2024, value: 1, series: 'other-series' }), record({ year: 2025, value: 2, unit: 'usd-bn' })]);
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', raw));
    expect(problems).toEqual([
      "records[0] (2024).series: 'other-series' is not this file's series 'nvidia-china-share'",
      "records[1] (2025).unit: 'usd-bn' differs from the series unit 'percent'",
    ]);
  });

  it('finds a derived value that does not match its derivation, and accepts one rounded as the article would', () => {
    const quarter = { op: 'divide', operands: [100, 4], note: { en: 'a quarter', vi: 'một phần tư' } };
    const { problems } = problemsOf(() =>
      parseDataFile(SeriesFile, 'series/x.json', series([record({ year: 2024, value: 30, flags: ['derived'], derivation: quarter })])),
    );
    expect(problems).toEqual(['records[0] (2024).value: does not match its derivation (25.00) (got 30)']);
    const third = { op: 'divide', operands: [100, 3], note: { en: 'a third', vi: 'một phần ba' } };
    const product = { op: 'multiply', operands: [12.4, 7], note: { en: 'product', vi: 'tích' } };
    const ok = series([
      record({ year: 2024, value: 33.3, flags: ['derived'], derivation: third }),
      record({ year: 2025, value: 86.8, flags: ['derived'], derivation: product }),
    ]);
    expect(parseDataFile(SeriesFile, 'series/x.json', ok).records).toHaveLength(2);
  });

  it('divides and multiplies in derivedValue', () => {
    expect(derivedValue({ op: 'divide', operands: [45, 9], note: { en: 'n', vi: 'n' } })).toBe(5);
    expect(derivedValue({ op: 'multiply', operands: [1.5, 4], note: { en: 'n', vi: 'n' } })).toBe(6);
  });
});

describe('dates of the calendar', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('agrees with the calendar of JavaScript’s Date on every day, month and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const date = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isRealDate(day)).toBe(real);
        expect(isRealDate(`${pad(y, 4)}-${pad(m, 2)}`)).toBe(m >= 1 && m <= 12);
        expect(isRealDate(pad(y, 4))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the leap years, 29 February of years 0–99 included, and refuses every other shape', () => {
    expect(['2024-02-29', '2000-02-29', '0000-02-29', '0004-02-29', '2025-12-31', '2025-01', '2025'].every(isRealDate)).toBe(true);
    expect(['2025-02-29', '1900-02-29', '2100-02-29', '2025-02-30', '2025-13-45', '2025-13', '2025-00', '2025-04-31', '2025-1-1', '25-01-01', ' 2025', '2025-01-01T00:00']
      .some(isRealDate)).toBe(false);
    fc.assert(fc.property(fc.string(), (s) => !isRealDate(s) || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)));
  });

  const sources = (date: string) => ({
    updated: '2026-12-01',
    sources: [{ id: 'reuters', file: 'r.txt', publication: { en: 'Reuters', vi: 'Reuters' }, title: 'T', date, languages: ['en'] }],
  });

  it('refuses a source date that is not in the calendar, naming the file, the source and the field', () => {
    const { problems } = problemsOf(() => parseDataFile(SourcesFile, 'sources.json', sources('2025-02-30')));
    expect(problems).toEqual(['sources[0] (reuters).date: is not a real date (got "2025-02-30")']);
    const month = problemsOf(() => parseDataFile(SourcesFile, 'sources.json', sources('2025-13')));
    expect(month.problems).toEqual(['sources[0] (reuters).date: is not a real date (got "2025-13")']);
    expect(month.error.problemsIn('vi')).toEqual(['sources[0] (reuters).date: không phải là ngày có thật (nhận được "2025-13")']);
    expect(problemsOf(() => parseDataFile(SourcesFile, 'sources.json', sources('2025-1'))).problems).toEqual([
      'sources[0] (reuters).date: must be YYYY-MM or YYYY-MM-DD (got "2025-1")',
    ]);
    expect(parseDataFile(SourcesFile, 'sources.json', sources('2024-02-29')).sources[0]?.date).toBe('2024-02-29');
  });

  it('refuses an updated day, an event month and a public-record day that are not in the calendar', () => {
    expect(problemsOf(() => parseDataFile(SourcesFile, 'sources.json', { ...sources('2025-01'), updated: '2025-13-45' })).problems).toEqual([
      'updated: is not a real date (got "2025-13-45")',
    ]);
    const event = {
      id: 'e',
      date: { precision: 'month', start: '2025-13' },
      publicRecord: { date: '2025-02-30', note: { en: 'n', vi: 'n' } },
      kind: 'market',
      sectors: ['ai'],
      title: { en: 'E', vi: 'E' },
      short: { en: 'E', vi: 'E' },
      citations: [citation],
    };
    const { problems } = problemsOf(() => parseDataFile(EventsFile, 'events.json', { updated: '2026-12-01', events: [event] }));
    expect(problems).toEqual([
      "events[0] (e).date.start: '2025-13' is not a month date (YYYY-MM)",
      'events[0] (e).publicRecord.date: is not a real date (got "2025-02-30")',
    ]);
  });
});

describe('the files an index names', () => {
  const index = (file: string, sourcesFile = 'sources.json') => ({
    updated: '2026-12-01',
    sources: sourcesFile,
    events: 'events.json',
    series: [{ id: 's', file, title: { en: 'S', vi: 'S' }, sectors: ['ai'] }],
  });

  it('refuses a series file outside series/ (a way up, an absolute path, a backslash, another folder), naming the field', () => {
    for (const file of ['../outside/x.json', 'series/../../x.json', '/etc/x.json', 'series\\x.json', '..\\x.json', 'series/a/b.json', 'other/x.json', 'x.json', 'series/.json', 'series/x.txt']) {
      const { problems } = problemsOf(() => parseDataFile(DataIndex, 'index.json', index(file)));
      expect(problems).toEqual([`series[0] (s).file: must be a file in data/series/ (series/name.json), not a path out of it (got ${JSON.stringify(file)})`]);
    }
    expect(parseDataFile(DataIndex, 'index.json', index('series/nvidia-china-share.json')).series[0]?.file).toBe('series/nvidia-china-share.json');
  });

  it('refuses a sources or events file that is not a file name in data/', () => {
    const { problems, error } = problemsOf(() => parseDataFile(DataIndex, 'index.json', index('series/s.json', '../../etc/passwd.json')));
    expect(problems).toEqual(['sources: must be a file name in data/ (name.json), not a path (got "../../etc/passwd.json")']);
    expect(error.problemsIn('vi')[0]).toContain('sources: phải là tên một tệp trong data/');
  });
});

describe('dates and numbers the page formats', () => {
  const sources = (date: string) => ({
    updated: '2026-12-01',
    sources: [{ id: 'reuters', file: 'r.txt', publication: { en: 'Reuters', vi: 'Reuters' }, title: 'T', date, languages: ['en'] }],
  });

  it('refuses a date outside the years the dashboard draws (0025 would be read as 1925), in each language', () => {
    const { problems, error } = problemsOf(() => parseDataFile(SourcesFile, 'sources.json', sources('0025-01-24')));
    expect(problems).toEqual(['sources[0] (reuters).date: must be within the years 1990–2040 (got "0025-01-24")']);
    expect(error.problemsIn('vi')).toEqual(['sources[0] (reuters).date: phải nằm trong các năm 1990–2040 (nhận được "0025-01-24")']);
    const event = {
      id: 'e',
      date: { precision: 'year', start: '0099' },
      kind: 'market',
      sectors: ['ai'],
      title: { en: 'E', vi: 'E' },
      short: { en: 'E', vi: 'E' },
      citations: [citation],
    };
    expect(problemsOf(() => parseDataFile(EventsFile, 'events.json', { updated: '2026-12-01', events: [event] })).problems).toEqual([
      "events[0] (e).date.start: '0099' must be within the years 1990–2040",
    ]);
  });

  it('refuses a derivation that divides by zero, whatever the value', () => {
    const derived = record({
      year: 2024,
      value: 5,
      flags: ['derived'],
      derivation: { op: 'divide', operands: [1, 0], note: { en: 'n', vi: 'n' } },
    });
    const { problems } = problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', series([derived])));
    expect(problems).toEqual(['records[0] (2024).value: does not match its derivation (Infinity) (got 5)']);
    const nan = record({ year: 2024, value: 5, flags: ['derived'], derivation: { op: 'divide', operands: [0, 0], note: { en: 'n', vi: 'n' } } });
    expect(problemsOf(() => parseDataFile(SeriesFile, 'series/x.json', series([nan]))).problems).toHaveLength(1);
  });
});

describe('the article file a source names', () => {
  it('is a file name in the articles folder, never a path out of it', () => {
    const sources = (file: string) => ({
      updated: '2026-12-01',
      sources: [{ id: 'reuters', file, publication: { en: 'Reuters', vi: 'Reuters' }, title: 'T', date: '2025-01-24', languages: ['en'] }],
    });
    for (const file of ['../../etc/passwd', '/etc/passwd', 'a/b.txt', '..\\x.txt', '.hidden', '']) {
      expect(problemsOf(() => parseDataFile(SourcesFile, 'sources.json', sources(file))).problems).toEqual([
        `sources[0] (reuters).file: must be a file name in the articles folder, not a path (got ${JSON.stringify(file)})`,
      ]);
    }
    expect(parseDataFile(SourcesFile, 'sources.json', sources('000_3b2f12ce9df2953e.txt')).sources[0]?.file).toBe('000_3b2f12ce9df2953e.txt');
  });
});
