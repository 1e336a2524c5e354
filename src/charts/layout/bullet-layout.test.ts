import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag, Unit } from '../../data/schema';
import { bulletDefaults, layoutBullet } from './bullet-layout';
import { measureLabel } from './label-fit';
import { makeRecord } from '../../test-support/fixtures';

const rec = makeRecord;

const { margin, top, barHeight } = bulletDefaults;
// 400 px of track between the margins: one percent is four pixels.
const size = { width: 400 + 2 * margin, height: bulletDefaults.height };

describe('layoutBullet (chip self-sufficiency: 30% actual, 70% target)', () => {
  const records = [rec({ year: 2024, value: 30, flags: ['approx'] }), rec({ year: 2030, value: 70, flags: ['target'] })];
  const layout = layoutBullet({ records, size, lang: 'en' });

  it('spans the track over 0..100 between the margins', () => {
    expect(layout.track).toEqual({ x: margin, y: top, width: 400, height: barHeight });
  });

  it('puts the target marker at 70 of 100', () => {
    expect(layout.targets).toHaveLength(1);
    const t = layout.targets[0]!;
    expect(t.x).toBeCloseTo(margin + 280);
    expect(t.y1).toBeLessThan(top);
    expect(t.y2).toBeGreaterThan(top + barHeight);
    expect(t.label.text).toBe('70% target (2030)');
    expect(t.label.x).toBe(t.x);
    expect([t.dashed, t.hollow]).toEqual([true, true]);
  });

  it('draws the actual as a bar from zero, its width proportional to its value', () => {
    expect(layout.bars).toHaveLength(1);
    const b = layout.bars[0]!;
    expect(b.x).toBe(margin);
    expect(b.width).toBeCloseTo(120);
    expect(b.label.text).toBe('~30% (2024)');
    expect(b.label.x).toBeGreaterThan(b.x + b.width);
  });

  it('puts the year inside the Vietnamese flag words’ parentheses, not in a second pair', () => {
    const vi = layoutBullet({ records, size, lang: 'vi' });
    expect(vi.targets[0]!.label.text).toBe('70% (mục tiêu, 2030)');
    expect(vi.bars[0]!.label.text).toBe('~30% (2024)');
  });

  it('gives ticks from 0% to 100% along the track', () => {
    const texts = layout.ticks.map((t) => t.text);
    expect(texts[0]).toBe('0%');
    expect(texts[texts.length - 1]).toBe('100%');
    expect(layout.ticks[0]!.tickX).toBeCloseTo(margin);
    expect(layout.ticks[layout.ticks.length - 1]!.tickX).toBeCloseTo(size.width - margin);
    // The last label is moved inwards from its tick rather than drawn past the chart's edge.
    const last = layout.ticks[layout.ticks.length - 1]!;
    expect(last.x + measureLabel(last.text, bulletDefaults.axisSize) / 2).toBeLessThanOrEqual(size.width);
    const xs = layout.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe('layoutBullet for amounts', () => {
  it('scales to the largest value plus a tenth', () => {
    const layout = layoutBullet({
      records: [rec({ value: 20, unit: 'usd-bn' }), rec({ value: 50, unit: 'usd-bn', flags: ['target'] })],
      size,
      lang: 'en',
    });
    expect(layout.targets[0]!.x).toBeCloseTo(margin + 400 * (50 / 55));
    expect(layout.bars[0]!.width).toBeCloseTo(400 * (20 / 55));
    expect(layout.bars[0]!.label.text).toBe('$20bn');
  });

  it('makes bar widths proportional to the values', () => {
    const layout = layoutBullet({ records: [rec({ value: 10, unit: 'million' }), rec({ value: 40, unit: 'million' })], size, lang: 'en' });
    const [a, b] = layout.bars;
    expect(b!.width / a!.width).toBeCloseTo(4);
  });

  it('never gives a bar a negative width', () => {
    const layout = layoutBullet({ records: [rec({ value: -5 })], size, lang: 'en' });
    expect(layout.bars[0]!.width).toBe(0);
  });
});

const flagsArb = fc.subarray(['estimate', 'target', 'approx', 'lowerBound'] as Flag[]);

describe('layoutBullet (property)', () => {
  it('keeps bars, markers and ticks inside the chart for shares and positive amounts', () => {
    const recordsArb = fc.oneof(
      fc.array(fc.record({ value: fc.double({ min: 0, max: 100, noNaN: true }), flags: flagsArb }), { minLength: 1, maxLength: 5 }).map(
        (rows) => rows.map((r) => rec(r)),
      ),
      fc.tuple(
        fc.constantFrom<Unit>('usd-bn', 'million', 'cny-tn'),
        fc.array(fc.record({ value: fc.double({ min: 1e-6, max: 1e15, noNaN: true }), flags: flagsArb }), { minLength: 1, maxLength: 5 }),
      ).map(([unit, rows]) => rows.map((r) => rec({ ...r, unit }))),
    );
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 100, max: 1600 }), (records, width) => {
        const layout = layoutBullet({ records, size: { width, height: bulletDefaults.height }, lang: 'en' });
        expect(layout.bars.length + layout.targets.length).toBe(records.length);
        for (const b of layout.bars) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.width).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(width + 1e-6);
        }
        for (const t of layout.targets) {
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.x).toBeLessThanOrEqual(width + 1e-6);
          expect(t.y1).toBeGreaterThanOrEqual(0);
          expect(t.y2).toBeLessThanOrEqual(bulletDefaults.height);
        }
        for (const t of layout.ticks) {
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.x).toBeLessThanOrEqual(width + 1e-6);
          expect(t.y).toBeLessThanOrEqual(bulletDefaults.height);
        }
      }),
    );
  });

  it('gives finite coordinates for a single record, equal values and huge values', () => {
    const recordsArb = fc.oneof(
      fc.double({ min: 0, max: 1e300, noNaN: true }).map((v) => [rec({ value: v, unit: 'usd-bn' })]),
      fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => [rec({ value: v, unit: 'usd-bn' }), rec({ value: v, unit: 'usd-bn', flags: ['target'] })]),
    );
    fc.assert(
      fc.property(recordsArb, (records) => {
        const layout = layoutBullet({ records, size, lang: 'en' });
        const numbers = [
          layout.track.x,
          layout.track.width,
          ...layout.bars.flatMap((b) => [b.x, b.width, b.label.x]),
          ...layout.targets.flatMap((t) => [t.x, t.label.x]),
          ...layout.ticks.map((t) => t.x),
        ];
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });
});
