import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValueRecord } from '../data/schema';
import { headlineFigure } from './headline-figure';

const record = (year: number | undefined, value: number, unit: ValueRecord['unit'] = 'percent', extra: Partial<ValueRecord> = {}): ValueRecord =>
  ({ series: 's', year, value, unit, flags: [], citations: [{ source: 'x', quote: 'q', quoteLang: 'en' }], ...extra });

describe('headlineFigure', () => {
  it('gives a share’s fall in percentage points, first and last by year', () => {
    const h = headlineFigure([record(2025, 50), record(2024, 80)]);
    expect(h?.first?.year).toBe(2024);
    expect(h?.last.year).toBe(2025);
    expect(h?.change).toEqual({ kind: 'points', by: -30 });
  });

  it('gives an amount’s growth as a multiple', () => {
    expect(headlineFigure([record(2020, 15, 'usd-bn'), record(2023, 45, 'usd-bn')])?.change).toEqual({ kind: 'times', by: 3 });
  });

  it('shows a lone figure without a change', () => {
    const h = headlineFigure([record(2024, 400, 'usd-bn')]);
    expect(h?.first).toBeUndefined();
    expect(h?.last.value).toBe(400);
    expect(h?.change).toBeNull();
  });

  it('computes no change across a range or across units', () => {
    expect(headlineFigure([record(2020, 11, 'percent', { valueHigh: 19 }), record(2024, 30)])?.change).toBeNull();
    expect(headlineFigure([record(2020, 11, 'usd-bn'), record(2024, 30, 'percent')])?.change).toBeNull();
  });

  it('has nothing to show for no records', () => {
    expect(headlineFigure([])).toBeUndefined();
  });

  it('always takes the earliest and latest years, whatever the order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 2, maxLength: 8 }), (years) => {
        const h = headlineFigure(years.map((y) => record(y, y - 1980)));
        expect(h?.first?.year).toBe(Math.min(...years));
        expect(h?.last.year).toBe(Math.max(...years));
        expect(h?.change).toEqual({ kind: 'points', by: Math.max(...years) - Math.min(...years) });
      }),
    );
  });
});
