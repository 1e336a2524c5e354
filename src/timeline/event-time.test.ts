import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EventDate } from '../data/schema';
import { dayToYear, eventInterval, isSpan, overlapsYears } from './event-time';

describe('dayToYear', () => {
  it('puts 1 January at the whole year', () => {
    expect(dayToYear('2025-01-01')).toBe(2025);
  });

  it('counts days in a common year and in a leap year', () => {
    expect(dayToYear('2025-01-27')).toBeCloseTo(2025 + 26 / 365, 12);
    // 31 days of January and 29 of February come before 1 March 2024.
    expect(dayToYear('2024-03-01')).toBeCloseTo(2024 + 60 / 366, 12);
    expect(dayToYear('2023-03-01')).toBeCloseTo(2023 + 59 / 365, 12);
  });
});

describe('eventInterval', () => {
  it('covers one day for a day', () => {
    const i = eventInterval({ precision: 'day', start: '2025-01-27' });
    expect(i.start).toBeCloseTo(2025 + 26 / 365, 12);
    expect(i.end).toBeCloseTo(2025 + 27 / 365, 12);
  });

  it('runs to the end of the last day of a run of days', () => {
    const i = eventInterval({ precision: 'day', start: '2025-01-27', end: '2025-01-31' });
    expect(i.start).toBeCloseTo(2025 + 26 / 365, 12);
    expect(i.end).toBeCloseTo(2025 + 31 / 365, 12);
  });

  it('covers the days of its month', () => {
    const i = eventInterval({ precision: 'month', start: '2025-01' });
    expect(i.start).toBe(2025);
    expect(i.end).toBeCloseTo(2025 + 31 / 365, 12);
  });

  it('runs to the end of the last month of a run of months across a new year', () => {
    const i = eventInterval({ precision: 'month', start: '2024-11', end: '2025-02' });
    // 2024 is a leap year: 1 November is day 305 of 366.
    expect(i.start).toBeCloseTo(2024 + 305 / 366, 12);
    expect(i.end).toBeCloseTo(2025 + (31 + 28) / 365, 12);
  });

  it('covers a season from its first month to the end of its last', () => {
    const i = eventInterval({ precision: 'season', start: '2022-09', end: '2022-11' });
    expect(i.start).toBeCloseTo(2022 + 243 / 365, 12);
    expect(i.end).toBeCloseTo(2022 + 334 / 365, 12);
  });

  it('ends a day at the next midnight, in a leap year too', () => {
    const i = eventInterval({ precision: 'day', start: '2024-12-31' });
    expect(i.end).toBeCloseTo(2025, 12);
    expect(overlapsYears(i, 2025, null)).toBe(false);
    expect(overlapsYears(i, 2024, 2024)).toBe(true);
  });

  it('covers a whole year, or a run of whole years', () => {
    expect(eventInterval({ precision: 'year', start: '2015' })).toEqual({ start: 2015, end: 2016 });
    expect(eventInterval({ precision: 'year', start: '2015', end: '2017' })).toEqual({ start: 2015, end: 2018 });
  });

  it('runs a term from the start of its first year to the start of its last', () => {
    expect(eventInterval({ precision: 'term', start: '2017', end: '2021' })).toEqual({ start: 2017, end: 2021 });
  });
});

describe('eventInterval, asked again', () => {
  it('gives the interval computed the first time for the same date, and a date of equal value its own equal one', () => {
    const date: EventDate = { precision: 'month', start: '2025-01' };
    const first = eventInterval(date);
    expect(eventInterval(date)).toBe(first);
    const twin: EventDate = { precision: 'month', start: '2025-01' };
    expect(eventInterval(twin)).not.toBe(first);
    expect(eventInterval(twin)).toEqual(first);
  });
});

describe('isSpan', () => {
  it.each<[EventDate, boolean]>([
    [{ precision: 'day', start: '2025-01-27' }, false],
    [{ precision: 'day', start: '2025-01-27', end: '2025-01-27' }, false],
    [{ precision: 'day', start: '2025-01-27', end: '2025-01-29' }, true],
    [{ precision: 'month', start: '2025-01' }, false],
    [{ precision: 'month', start: '2024-11', end: '2025-02' }, true],
    [{ precision: 'season', start: '2022-09', end: '2022-11' }, true],
    [{ precision: 'year', start: '2015' }, true],
    [{ precision: 'term', start: '2017', end: '2021' }, true],
  ])('%j → %s', (date, span) => {
    expect(isSpan(date)).toBe(span);
  });
});

describe('overlapsYears', () => {
  const in2023 = eventInterval({ precision: 'year', start: '2023' });
  const in2022 = eventInterval({ precision: 'year', start: '2022' });

  it('is unbounded when no year is set', () => {
    expect(overlapsYears(in2022, null, null)).toBe(true);
  });

  it('includes an event of the first year of the range', () => {
    expect(overlapsYears(in2023, 2023, null)).toBe(true);
    expect(overlapsYears(in2023, 2023, 2023)).toBe(true);
  });

  it('excludes an event that ended in the year before the range', () => {
    expect(overlapsYears(in2022, 2023, null)).toBe(false);
    expect(overlapsYears(eventInterval({ precision: 'day', start: '2022-12-31' }), 2023, null)).toBe(false);
    expect(overlapsYears(eventInterval({ precision: 'month', start: '2022-12' }), 2023, null)).toBe(false);
  });

  it('includes an event of the last year of the range and excludes one starting after it', () => {
    expect(overlapsYears(in2023, null, 2023)).toBe(true);
    expect(overlapsYears(eventInterval({ precision: 'day', start: '2023-12-31' }), null, 2023)).toBe(true);
    expect(overlapsYears(eventInterval({ precision: 'day', start: '2024-01-01' }), null, 2023)).toBe(false);
    expect(overlapsYears(in2023, null, 2022)).toBe(false);
  });

  it('includes a span that straddles the whole range', () => {
    const term = eventInterval({ precision: 'term', start: '2017', end: '2021' });
    expect(overlapsYears(term, 2018, 2019)).toBe(true);
    expect(overlapsYears(term, 2021, null)).toBe(false);
  });
});

const pad = (n: number) => String(n).padStart(2, '0');

describe('eventInterval (property)', () => {
  it('gives a non-empty interval for any real day, near its month and inside its year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }), (d) => {
        const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
        const i = eventInterval({ precision: 'day', start: day });
        expect(i.end).toBeGreaterThan(i.start);
        expect(i.end - i.start).toBeLessThan(1 / 360);
        expect(Math.floor(i.start)).toBe(d.getUTCFullYear());
        // A day lies within its month, and its month within its year.
        const month = eventInterval({ precision: 'month', start: day.slice(0, 7) });
        expect(i.start).toBeGreaterThanOrEqual(month.start);
        expect(i.end).toBeLessThanOrEqual(month.end + 1e-12);
        const year = eventInterval({ precision: 'year', start: day.slice(0, 4) });
        expect(year.start).toBeLessThanOrEqual(month.start);
        expect(year.end).toBeGreaterThanOrEqual(month.end - 1e-9);
      }),
    );
  });
});
