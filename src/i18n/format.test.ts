import { describe, expect, it } from 'vitest';
import type { EventDate, Flag, Unit } from '../data/schema';
import { describeFlags, formatAmount, formatEventDate, formatFigure, formatFigureOfYear } from './format';

describe('formatAmount (en)', () => {
  it.each<[number, Unit, string]>([
    [80, 'percent', '80%'],
    [12.5, 'percent', '12.5%'],
    [45, 'usd-bn', '$45bn'],
    [600, 'usd-m', '$600m'],
    [1, 'usd-tn', '$1tn'],
    [300, 'cny-bn', '300bn yuan'],
    [1.2, 'cny-tn', '1.2tn yuan'],
    [105, 'million-tonnes', '105 Mt'],
    [30, 'million', '30m'],
    [7, 'nm', '7 nm'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatAmount(value, unit, 'en')).toBe(expected);
  });

  it('groups thousands and keeps at most one decimal', () => {
    expect(formatAmount(1234.56, 'usd-bn', 'en')).toBe('$1,234.6bn');
    expect(formatAmount(2.04, 'percent', 'en')).toBe('2%');
  });

  it('puts a true minus sign before the currency sign', () => {
    expect(formatAmount(-5, 'usd-bn', 'en')).toBe('−$5bn');
    expect(formatAmount(-80, 'percent', 'en')).toBe('−80%');
    expect(formatAmount(-3.5, 'million-tonnes', 'en')).toBe('−3.5 Mt');
  });

  it('signs a change in percent, but not zero', () => {
    expect(formatAmount(17, 'percent-change', 'en')).toBe('+17%');
    expect(formatAmount(-12.5, 'percent-change', 'en')).toBe('−12.5%');
    expect(formatAmount(0, 'percent-change', 'en')).toBe('0%');
    expect(formatAmount(250, 'percent-change', 'en')).toBe('+250%');
  });
});

describe('formatAmount (vi)', () => {
  it.each<[number, Unit, string]>([
    [45, 'usd-bn', '45 tỷ USD'],
    [600, 'usd-m', '600 triệu USD'],
    [1, 'usd-tn', '1 nghìn tỷ USD'],
    [300, 'cny-bn', '300 tỷ nhân dân tệ'],
    [2, 'cny-tn', '2 nghìn tỷ nhân dân tệ'],
    [105, 'million-tonnes', '105 triệu tấn'],
    [30, 'million', '30 triệu'],
    [7, 'nm', '7 nm'],
    [80, 'percent', '80%'],
    [-12, 'percent-change', '−12%'],
    [12, 'percent-change', '+12%'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatAmount(value, unit, 'vi')).toBe(expected);
  });

  it('uses the Vietnamese decimal comma and thousands dot', () => {
    expect(formatAmount(86.8, 'million-tonnes', 'vi')).toBe('86,8 triệu tấn');
    expect(formatAmount(1234.5, 'usd-m', 'vi')).toBe('1.234,5 triệu USD');
    expect(formatAmount(-5, 'usd-bn', 'vi')).toBe('−5 tỷ USD');
  });
});

const fig = (value: number, unit: Unit, flags: Flag[] = [], valueHigh?: number) => ({ value, unit, flags, valueHigh });

describe('formatFigure', () => {
  it('shows a plain figure as its amount', () => {
    expect(formatFigure(fig(80, 'percent'), 'en')).toBe('80%');
  });

  it('marks each flag the way the reader must see it', () => {
    expect(formatFigure(fig(50, 'percent', ['estimate']), 'en')).toBe('50% est.');
    expect(formatFigure(fig(70, 'percent', ['target']), 'en')).toBe('70% target');
    expect(formatFigure(fig(30, 'percent', ['approx']), 'en')).toBe('~30%');
    expect(formatFigure(fig(45, 'usd-bn', ['lowerBound']), 'en')).toBe('>$45bn');
    expect(formatFigure(fig(86.8, 'million-tonnes', ['approx', 'derived']), 'en')).toBe('~86.8 Mt derived');
  });

  it('prefers ">" to "~" when a figure is both a lower bound and approximate', () => {
    expect(formatFigure(fig(45, 'usd-bn', ['approx', 'lowerBound']), 'en')).toBe('>$45bn');
  });

  it('lists the suffixes in a fixed order whatever the order of the flags', () => {
    expect(formatFigure(fig(5, 'usd-bn', ['target', 'estimate']), 'en')).toBe('$5bn est. target');
  });

  it('writes a range with its unit once: one percent sign, one currency sign', () => {
    expect(formatFigure(fig(11, 'percent', [], 19), 'en')).toBe('11–19%');
    expect(formatFigure(fig(1, 'usd-bn', [], 2), 'en')).toBe('$1–2bn');
    expect(formatFigure(fig(11, 'percent', ['approx', 'estimate'], 19), 'en')).toBe('~11–19% est.');
  });

  it('uses the Vietnamese marks', () => {
    expect(formatFigure(fig(45, 'usd-bn', ['lowerBound']), 'vi')).toBe('>45 tỷ USD');
    expect(formatFigure(fig(50, 'percent', ['estimate']), 'vi')).toBe('50% (ước tính)');
    expect(formatFigure(fig(70, 'percent', ['target']), 'vi')).toBe('70% (mục tiêu)');
    expect(formatFigure(fig(86.8, 'million-tonnes', ['approx', 'derived']), 'vi')).toBe('~86,8 triệu tấn (suy ra)');
  });
});

describe('formatFigureOfYear', () => {
  it('puts the year in the parentheses the Vietnamese flag words are in, never a second pair', () => {
    expect(formatFigureOfYear({ ...fig(70, 'percent', ['target']), year: 2025 }, 'vi')).toBe('70% (mục tiêu, 2025)');
    expect(formatFigureOfYear({ ...fig(5, 'usd-bn', ['target', 'estimate']), year: 2030 }, 'vi')).toBe('5 tỷ USD (ước tính, mục tiêu, 2030)');
    expect(formatFigureOfYear({ ...fig(30, 'percent', ['approx']), year: 2024 }, 'vi')).toBe('~30% (2024)');
  });

  it('writes the year in parentheses after the English flag words, which have none', () => {
    expect(formatFigureOfYear({ ...fig(70, 'percent', ['target']), year: 2025 }, 'en')).toBe('70% target (2025)');
    expect(formatFigureOfYear({ ...fig(30, 'percent', ['approx']), year: 2024 }, 'en')).toBe('~30% (2024)');
    expect(formatFigureOfYear({ ...fig(45, 'usd-bn', ['lowerBound', 'estimate']), year: 2024 }, 'en')).toBe('>$45bn est. (2024)');
  });

  it('is the figure alone without a year', () => {
    for (const lang of ['en', 'vi'] as const) expect(formatFigureOfYear(fig(70, 'percent', ['target']), lang)).toBe(formatFigure(fig(70, 'percent', ['target']), lang));
  });
});

describe('describeFlags', () => {
  it('names the flags in words, in their order', () => {
    expect(describeFlags(['estimate', 'approx'], 'en')).toBe('estimate, approximate');
    expect(describeFlags(['lowerBound'], 'vi')).toBe('giới hạn dưới');
    expect(describeFlags([], 'en')).toBe('');
  });
});

describe('formatEventDate', () => {
  it('writes the dates themselves, not the article wording (shown apart as date.label)', () => {
    const dates: EventDate = { precision: 'season', start: '2022-10', end: '2022-12' };
    const worded: EventDate = { ...dates, label: { en: 'late 2022', vi: 'cuối năm 2022' } };
    for (const lang of ['en', 'vi'] as const) {
      expect(formatEventDate(worded, lang)).toBe(formatEventDate(dates, lang));
      expect(formatEventDate(worded, lang)).not.toContain(worded.label![lang]);
    }
    expect(formatEventDate(worded, 'en')).toContain('Oct');
    expect(formatEventDate(worded, 'en')).toContain('Dec');
  });

  it('writes a day as day, short month and year', () => {
    expect(formatEventDate({ precision: 'day', start: '2025-01-27' }, 'en')).toBe('27 Jan 2025');
  });

  it('writes a month as short month and year', () => {
    expect(formatEventDate({ precision: 'month', start: '2025-01' }, 'en')).toBe('Jan 2025');
    expect(formatEventDate({ precision: 'month', start: '2025-03', end: '2025-03' }, 'en')).toBe('Mar 2025');
  });

  it('writes a run of days and a run of months as a range', () => {
    const days = formatEventDate({ precision: 'day', start: '2025-01-27', end: '2025-01-31' }, 'en');
    for (const part of ['27', '31', 'Jan', '2025']) expect(days).toContain(part);
    const months = formatEventDate({ precision: 'month', start: '2024-11', end: '2025-02' }, 'en');
    for (const part of ['Nov', '2024', 'Feb', '2025']) expect(months).toContain(part);
    const season = formatEventDate({ precision: 'season', start: '2022-06', end: '2022-08' }, 'en');
    for (const part of ['Jun', 'Aug', '2022']) expect(season).toContain(part);
  });

  it('writes years and terms as numbers', () => {
    expect(formatEventDate({ precision: 'year', start: '2015' }, 'en')).toBe('2015');
    expect(formatEventDate({ precision: 'term', start: '2017', end: '2021' }, 'en')).toBe('2017–2021');
    expect(formatEventDate({ precision: 'year', start: '2019', end: '2019' }, 'vi')).toBe('2019');
  });

  it('keeps the date in UTC, whatever the day', () => {
    expect(formatEventDate({ precision: 'day', start: '2024-12-31' }, 'en')).toBe('31 Dec 2024');
    expect(formatEventDate({ precision: 'day', start: '2025-01-01' }, 'en')).toBe('1 Jan 2025');
  });

  it('writes Vietnamese dates with the day, the month number and the year', () => {
    const text = formatEventDate({ precision: 'day', start: '2025-01-27' }, 'vi');
    expect(text).toContain('27');
    expect(text).toContain('2025');
    expect(text).not.toContain('Jan');
  });
});

describe('formatEventDate in Vietnamese', () => {
  it('writes months as "tháng 1/2025" and days as "27/1/2025"', () => {
    expect(formatEventDate({ precision: 'month', start: '2025-01' }, 'vi')).toBe('tháng 1/2025');
    expect(formatEventDate({ precision: 'day', start: '2025-01-27' }, 'vi')).toBe('27/1/2025');
    expect(formatEventDate({ precision: 'year', start: '2015' }, 'vi')).toBe('2015');
  });
});
