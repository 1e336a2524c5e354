import { scaleBand as d3Band, scaleLinear as d3Linear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear } from './scales';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
/** An increasing or decreasing run of stops, as the timeline's piecewise scale has. */
const stops = fc.array(finite, { minLength: 2, maxLength: 6 }).map((s) => [...new Set(s)].sort((a, b) => a - b)).filter((s) => s.length >= 2);

/** What a call returns, or the error it throws, so that two implementations can be compared. */
function outcome<T>(call: () => T): { value: T } | { error: string } {
  try {
    return { value: call() };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('scaleLinear', () => {
  it('maps, inverts, clamps, ticks and nices as d3-scale does', () => {
    fc.assert(
      fc.property(stops, fc.boolean(), fc.boolean(), fc.array(finite, { maxLength: 8 }), fc.integer({ min: 1, max: 12 }), (domain, reverse, clamp, xs, count) => {
        const d = reverse ? [...domain].reverse() : domain;
        const r = d.map((_, i) => i * 37.5 - 10);
        const ours = scaleLinear().domain(d).range(r).clamp(clamp);
        const theirs = d3Linear().domain(d).range(r).clamp(clamp);
        for (const x of [...xs, ...d]) {
          expect(ours(x)).toBe(theirs(x));
          expect(ours.invert(x)).toBe(theirs.invert(x));
        }
        // Both throw alike where d3-array cannot step, as between the two smallest doubles.
        expect(outcome(() => ours.ticks(count))).toEqual(outcome(() => theirs.ticks(count)));
        expect(ours.copy().nice(count).domain()).toEqual(theirs.copy().nice(count).domain());
        expect(ours.domain()).toEqual(theirs.domain());
      }),
    );
  });

  it('maps a domain of one point to the middle of the range', () => {
    expect(scaleLinear().domain([3, 3]).range([0, 100])(3)).toBe(50);
    expect(scaleLinear().domain([3, 3]).range([0, 100])(3)).toBe(d3Linear().domain([3, 3]).range([0, 100])(3));
  });
});

describe('scaleBand', () => {
  it('places bands and their width as d3-scale does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 12 }), finite, finite, fc.double({ min: 0, max: 0.95, noNaN: true }), (keys, r0, r1, padding) => {
        const ours = scaleBand().domain(keys).range([r0, r1]).padding(padding);
        const theirs = d3Band().domain(keys).range([r0, r1]).padding(padding);
        expect(ours.bandwidth()).toBe(theirs.bandwidth());
        for (const k of [...keys, 'not-a-key']) expect(ours(k)).toBe(theirs(k));
      }),
    );
  });
});
