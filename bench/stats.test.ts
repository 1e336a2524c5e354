// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fitPowerLaw, summarize } from './stats';

describe('summarize', () => {
  it('gives min, median and max of the finished runs, and counts the others', () => {
    expect(summarize([30, 10, null, 20])).toEqual({ min: 10, median: 20, max: 30, n: 3, missing: 1 });
    expect(summarize([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4, n: 4, missing: 0 });
    expect(summarize([null, null])).toBeNull();
  });
});

describe('fitPowerLaw', () => {
  it('recovers the exponent of an exact power law', () => {
    const points = [10, 100, 1000, 10000].map((x) => ({ x, y: 3 * x ** 0.75 }));
    expect(fitPowerLaw(points)).toBeCloseTo(0.75, 10);
    expect(fitPowerLaw([1, 2, 4, 8].map((x) => ({ x, y: 5 * x }))) ).toBeCloseTo(1, 10);
  });

  it('skips runs that did not finish, and needs two points', () => {
    expect(fitPowerLaw([{ x: 10, y: 10 }, { x: 100, y: null }, { x: 1000, y: 1000 }])).toBeCloseTo(1, 10);
    expect(fitPowerLaw([{ x: 10, y: 10 }])).toBeNull();
  });
});
