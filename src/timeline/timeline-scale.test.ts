import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axisTicks, weightedTimeScale } from './timeline-scale';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (m: number) => months[m]!;

describe('weightedTimeScale', () => {
  it('is an even scale without events', () => {
    const x = weightedTimeScale([], [2015, 2025], [0, 1000]);
    expect(x(2020)).toBeCloseTo(500);
    expect(x.widened).toEqual([]);
  });

  it('widens the months where the events are, and says by how much', () => {
    const times = [2016.5, ...Array.from({ length: 20 }, (_, i) => 2025 + i / 240)];
    const x = weightedTimeScale(times, [2015, 2026], [0, 1100]);
    // An even scale gives January 2025 100/12 px; here it takes a large share of the width.
    expect(x(2025 + 1 / 12) - x(2025)).toBeGreaterThan(150);
    expect(x.widened.length).toBeGreaterThan(0);
    const around = x.widened.find((w) => w.x1 <= x(2025.04) && w.x2 >= x(2025.04))!;
    expect(around.factor).toBeGreaterThanOrEqual(2);
  });

  it('is increasing, spans its range, and inverts exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 2000, max: 2030, noNaN: true }), { maxLength: 80 }),
        fc.integer({ min: 2000, max: 2028 }),
        fc.double({ min: 0.2, max: 12, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        (times, start, length, width) => {
          const x = weightedTimeScale(times, [start, start + length], [16, width]);
          expect(x(start)).toBeCloseTo(16);
          expect(x(start + length)).toBeCloseTo(width);
          let prev = -Infinity;
          for (let k = 0; k <= 50; k++) {
            const t = start + (length * k) / 50;
            const px = x(t);
            expect(px).toBeGreaterThanOrEqual(prev - 1e-9);
            prev = px;
            expect(x.invert(px)).toBeCloseTo(t, 6);
          }
        },
      ),
    );
  });
});

describe('axisTicks', () => {
  it('labels every year that fits, and months where the view spans three years or less', () => {
    const x = weightedTimeScale([], [2015, 2026], [16, 1424]);
    const ticks = axisTicks(x, monthName);
    expect(ticks.filter((t) => t.major).map((t) => t.text)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const short = axisTicks(weightedTimeScale([], [2024, 2026], [16, 1424]), monthName);
    expect(short.filter((t) => !t.major).map((t) => t.text)).toContain('Jul');
  });

  it('keeps ticks inside the range and apart (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 2010, max: 2026, noNaN: true }), { maxLength: 60 }),
        fc.double({ min: 0.3, max: 15, noNaN: true }),
        fc.integer({ min: 300, max: 2400 }),
        (times, length, width) => {
          const x = weightedTimeScale(times, [2011, 2011 + length], [16, width - 16]);
          const ticks = axisTicks(x, monthName);
          for (let i = 0; i < ticks.length; i++) {
            expect(ticks[i]!.x).toBeGreaterThanOrEqual(16 - 1e-9);
            expect(ticks[i]!.x).toBeLessThanOrEqual(width - 16 + 1e-9);
            if (i > 0) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(40 - 1e-9);
          }
        },
      ),
    );
  });
});
