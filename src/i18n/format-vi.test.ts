import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAGS, type Flag, type Lang, type Unit } from '../data/schema';
import { formatAmount, formatAmountRange, formatDate, formatEventDate, formatFigure, readFigure, unitName } from './format';
import { MESSAGES } from './messages';

const ISO = /\d{4}-\d{1,2}/;
const UNITS: Unit[] = ['percent', 'percent-change', 'usd-bn', 'usd-m', 'usd-tn', 'cny-bn', 'cny-tn', 'million-tonnes', 'million', 'billion', 'nm', 'years', 'count'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day between 1990 and 2040. */
const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => ({
  y: d.getUTCFullYear(),
  m: d.getUTCMonth() + 1,
  d: d.getUTCDate(),
}));
const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`;
const isoMonth = ({ y, m }: { y: number; m: number }) => `${y}-${pad(m)}`;
const before = (a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }) => iso(a) <= iso(b);

describe('formatDate', () => {
  it('writes a Vietnamese day as day/month/year without leading zeros, a month after “tháng”', () => {
    expect(formatDate('2025-01-24', 'vi')).toBe('24/1/2025');
    expect(formatDate('2025-04', 'vi')).toBe('tháng 4/2025');
    expect(formatDate('2025-04', 'vi', true)).toBe('khoảng tháng 4/2025');
    expect(formatDate('2025-04-30', 'vi', true)).toBe('khoảng 30/4/2025');
    expect(formatDate('2019', 'vi')).toBe('2019');
  });

  it('keeps the English ISO date of the sources, "~" for an approximate one', () => {
    expect(formatDate('2025-01-24', 'en')).toBe('2025-01-24');
    expect(formatDate('2025-04', 'en', true)).toBe('~2025-04');
  });

  it('never writes a Vietnamese date as year-month-day, and reads back to the same day', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (d, approx) => {
        const text = formatDate(iso(d), 'vi', approx);
        expect(text).not.toMatch(ISO);
        const [dd, mm, yy] = text.replace(/^khoảng /, '').split('/').map(Number);
        expect({ y: yy, m: mm, d: dd }).toEqual(d);
        expect(formatDate(isoMonth(d), 'vi')).toBe(`tháng ${d.m}/${d.y}`);
      }),
    );
  });
});

describe('formatEventDate, Vietnamese ranges', () => {
  it('says once what both ends share', () => {
    expect(formatEventDate({ precision: 'day', start: '2025-01-27', end: '2025-01-31' }, 'vi')).toBe('27–31/1/2025');
    expect(formatEventDate({ precision: 'day', start: '2025-01-27', end: '2025-02-03' }, 'vi')).toBe('27/1 – 3/2/2025');
    expect(formatEventDate({ precision: 'day', start: '2024-12-30', end: '2025-01-02' }, 'vi')).toBe('30/12/2024 – 2/1/2025');
    expect(formatEventDate({ precision: 'season', start: '2022-09', end: '2022-12' }, 'vi')).toBe('tháng 9–12/2022');
    expect(formatEventDate({ precision: 'month', start: '2024-11', end: '2025-02' }, 'vi')).toBe('tháng 11/2024 – tháng 2/2025');
    expect(formatEventDate({ precision: 'month', start: '2025-03', end: '2025-03' }, 'vi')).toBe('tháng 3/2025');
    expect(formatEventDate({ precision: 'day', start: '2025-01-27', end: '2025-01-27' }, 'vi')).toBe('27/1/2025');
  });

  it('writes any run of days with no year-month-day, the year once when the ends share it', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [s, e] = before(a, b) ? [a, b] : [b, a];
        const text = formatEventDate({ precision: 'day', start: iso(s), end: iso(e) }, 'vi');
        expect(text).not.toMatch(ISO);
        const count = (y: number) => text.split(String(y)).length - 1;
        if (s.y === e.y) expect(count(s.y)).toBe(1);
        else expect([count(s.y), count(e.y)]).toEqual([1, 1]);
        const months = formatEventDate({ precision: 'month', start: isoMonth(s), end: isoMonth(e) }, 'vi');
        expect(months).not.toMatch(ISO);
        expect(months.startsWith('tháng ')).toBe(true);
      }),
    );
  });
});

const flagSet = fc.subarray([...FLAGS] as Flag[]);
const amount = fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => Math.round(v * 10) / 10);
const record = fc.record({
  value: amount,
  valueHigh: fc.option(amount, { nil: undefined }),
  unit: fc.constantFrom(...UNITS),
  flags: flagSet,
});
const lang = fc.constantFrom<Lang>('en', 'vi');

describe('readFigure', () => {
  it('reads the signs as words and names each flag in parentheses after the figure', () => {
    expect(readFigure({ value: 30, unit: 'percent', flags: ['approx'] }, 'vi')).toBe('khoảng 30%');
    expect(readFigure({ value: 45, unit: 'usd-bn', flags: ['lowerBound'] }, 'vi')).toBe('hơn 45 tỷ USD');
    expect(readFigure({ value: 140, unit: 'usd-bn', flags: ['target'] }, 'vi')).toBe('140 tỷ USD (mục tiêu)');
    expect(readFigure({ value: 63.8, unit: 'usd-bn', flags: ['approx', 'derived'] }, 'vi')).toBe('khoảng 63,8 tỷ USD (suy ra)');
    expect(readFigure({ value: 1, valueHigh: 2, unit: 'usd-bn', flags: [] }, 'vi')).toBe('1–2 tỷ USD');
    expect(readFigure({ value: 30, unit: 'percent', flags: ['approx'] }, 'en')).toBe('about 30%');
    expect(readFigure({ value: 45, unit: 'usd-bn', flags: ['lowerBound'] }, 'en')).toBe('more than $45bn');
    expect(readFigure({ value: 50, unit: 'percent', flags: ['estimate'] }, 'en')).toBe('50% (estimate)');
    expect(readFigure({ value: 4.3, unit: 'cny-bn', flags: [] }, 'en')).toBe('4.3bn yuan');
  });

  it('never leaves "~" or ">" to be read, and puts every flag word in parentheses', () => {
    fc.assert(
      fc.property(record, lang, (r, l) => {
        const text = readFigure(r, l);
        expect(text).not.toMatch(/[~>]/);
        const words = MESSAGES[l].flagWords;
        const starts = r.flags.includes('lowerBound') ? words.lowerBound : r.flags.includes('approx') ? words.approx : undefined;
        if (starts) expect(text.startsWith(`${starts} `)).toBe(true);
        const tail = text.match(/ \(([^()]+)\)$/)?.[1]?.split(', ') ?? [];
        for (const f of ['estimate', 'target', 'derived'] as const) {
          expect(tail.includes(MESSAGES[l].flags[f]), `${f} in ${text}`).toBe(r.flags.includes(f));
        }
      }),
    );
  });
});

describe('formatFigure in Vietnamese', () => {
  it('never glues a flag word to the figure', () => {
    fc.assert(
      fc.property(record, (r) => {
        const text = formatFigure(r, 'vi');
        const outside = text.replace(/ \([^()]*\)$/, '');
        for (const f of ['estimate', 'target', 'derived'] as const) expect(outside).not.toContain(MESSAGES.vi.flags[f]);
      }),
    );
  });

  it('writes the decimal comma and the thousands dot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        // In millions: a thousand billion is written "nghìn tỷ" (below).
        const text = formatFigure({ value: whole + tenth / 10, unit: 'usd-m', flags: [] }, 'vi');
        const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        expect(text).toBe(`${grouped},${tenth} triệu USD`);
      }),
    );
  });
});

describe('formatAmountRange', () => {
  it('writes the unit once for a range of figures of one sign', () => {
    fc.assert(
      fc.property(amount, amount, fc.constantFrom<Unit>('usd-bn', 'usd-m', 'cny-bn', 'cny-tn', 'million-tonnes', 'percent'), lang, (a, b, unit, l) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const text = formatAmountRange(low, high, unit, l);
        // Take the low end out ("$1–2bn" → "$2bn") and what is left is the high end in full.
        expect(text.replace(/^(\D*)[\d.,]+–/, '$1'), text).toBe(formatAmount(high, unit, l));
      }),
    );
  });

  it('keeps both ends whole when the range crosses zero or is a change', () => {
    expect(formatAmountRange(-5, 3, 'usd-bn', 'vi')).toBe('−5 tỷ USD – 3 tỷ USD');
    expect(formatAmountRange(2, 5, 'percent-change', 'en')).toBe('+2% – +5%');
  });
});

describe('a thousand billion and a count’s noun', () => {
  it('writes a thousand billion as “nghìn tỷ”, a figure and a range alike', () => {
    expect(formatAmount(1000, 'usd-bn', 'vi')).toBe('1 nghìn tỷ USD');
    expect(formatAmount(1200, 'usd-bn', 'vi')).toBe('1,2 nghìn tỷ USD');
    // No figure loses a digit on the way: 1.234,5 tỷ is 1,2345 nghìn tỷ.
    expect(formatAmount(1234.5, 'usd-bn', 'vi')).toBe('1,2345 nghìn tỷ USD');
    expect(formatAmount(-1500, 'cny-bn', 'vi')).toBe('−1,5 nghìn tỷ nhân dân tệ');
    expect(formatAmount(890, 'usd-bn', 'vi')).toBe('890 tỷ USD');
    expect(formatAmountRange(900, 1100, 'usd-bn', 'vi')).toBe('0,9–1,1 nghìn tỷ USD');
  });

  it('never writes “1.000 tỷ”, for any amount in billions', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom<Unit>('usd-bn', 'cny-bn'), (value, unit) => {
        expect(formatAmount(value, unit, 'vi')).not.toMatch(/\d\.\d{3} tỷ/);
      }),
    );
  });

  it('names what a count counts, where the record says it', () => {
    const people = { en: 'people', vi: 'người' };
    expect(formatFigure({ value: 22, unit: 'million', flags: ['lowerBound'], counted: people }, 'vi')).toBe('>22 triệu người');
    expect(readFigure({ value: 22, unit: 'million', flags: ['lowerBound'], counted: people }, 'vi')).toBe('hơn 22 triệu người');
    expect(readFigure({ value: 11, unit: 'million', flags: ['approx'], counted: { en: 'cars', vi: 'xe' } }, 'vi')).toBe('khoảng 11 triệu xe');
    expect(formatFigure({ value: 1, unit: 'billion', flags: ['lowerBound'], counted: people }, 'en')).toBe('>1bn people');
    expect(formatFigure({ value: 5, valueHigh: 6, unit: 'count', flags: [], counted: { en: 'models', vi: 'mô hình' } }, 'vi')).toBe('5–6 mô hình');
    // A unit that is not a count takes no noun, and a count without one stays as it was.
    expect(readFigure({ value: 30, unit: 'percent', flags: [], counted: people }, 'vi')).toBe('30%');
    expect(readFigure({ value: 22, unit: 'million', flags: [] }, 'vi')).toBe('22 triệu');
    // The unit in words, as a table's and a file's unit column give it.
    expect(unitName({ unit: 'million', counted: people }, 'vi')).toBe('triệu người');
    expect(unitName({ unit: 'percent', counted: people }, 'vi')).toBe('phần trăm');
    expect(unitName({ unit: 'billion' }, 'vi')).toBe('tỷ');
  });
});
