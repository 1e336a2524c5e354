import { describe, expect, it } from 'vitest';
import { describeRecords } from './describe';
import { makeRecord } from '../test-support/fixtures';

const rec = makeRecord;

describe('describeRecords', () => {
  it('gives each figure with its year, separated by semicolons', () => {
    expect(describeRecords([rec({ year: 2024, value: 80 }), rec({ year: 2025, value: 50, flags: ['estimate'] })], 'en')).toBe(
      '2024: 80%; 2025: 50% est. (estimate)',
    );
  });

  it('puts the label before the year and names every flag in words', () => {
    expect(
      describeRecords([rec({ label: { en: 'TSMC', vi: 'TSMC' }, year: 2024, value: 890, unit: 'usd-bn', flags: ['approx', 'lowerBound'] })], 'en'),
    ).toBe('TSMC 2024: >$890bn (approximate, lower bound)');
  });

  it('leaves out the place when there is neither label nor year', () => {
    // Not a valid record by the schema, but the description must still read cleanly.
    expect(describeRecords([rec({ value: 5 })], 'en')).toBe('5%');
  });

  it('describes a range', () => {
    expect(describeRecords([rec({ label: { en: 'Share', vi: 'Tỷ lệ' }, value: 11, valueHigh: 19 })], 'en')).toBe('Share: 11–19%');
  });

  it('writes in Vietnamese', () => {
    expect(describeRecords([rec({ label: { en: 'Share', vi: 'Tỷ lệ' }, year: 2030, value: 70, flags: ['target'] })], 'vi')).toBe(
      'Tỷ lệ 2030: 70% mục tiêu (mục tiêu)',
    );
  });

  it('is empty without records', () => {
    expect(describeRecords([], 'en')).toBe('');
  });
});
