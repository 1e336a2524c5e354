import { describe, expect, it } from 'vitest';
import { RECORD_LIMITS } from '../../data/bounds';
import type { ValueRecord } from '../../data/schema';
import { chartHeight, drawChart } from '../kinds';
import { measureLabel } from './label-fit';
import { layoutOversize, oversizeDefaults, wrapWords } from './oversize-layout';

const record = (i: number): ValueRecord => ({
  series: 's',
  label: { en: `Firm ${i}`, vi: `Hãng ${i}` },
  value: i + 1,
  unit: 'usd-bn',
  flags: [],
  citations: [{ source: 'reuters', quote: 'q', quoteLang: 'en' }],
});

describe('wrapWords', () => {
  it('sets words on lines no longer than the limit, and cuts a word longer than a line', () => {
    const atMost = (n: number) => (line: string) => line.length <= n;
    expect(wrapWords('one two three four', atMost(9))).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('x'.repeat(25), atMost(10))).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('layoutOversize', () => {
  it('says how many figures there are and the limit, within the width, in a few lines', () => {
    const { lines } = layoutOversize(5000, 24, { width: 360, height: oversizeDefaults.height }, 'en');
    expect(lines.map((l) => l.text).join(' ')).toBe(
      '5,000 figures: more than this chart draws legibly (24 at most). Every one is in the data table and the CSV.',
    );
    for (const line of lines) expect(measureLabel(line.text, oversizeDefaults.fontSize)).toBeLessThanOrEqual(360 - 2 * oversizeDefaults.margin);
    expect(lines.at(-1)!.y).toBeLessThan(oversizeDefaults.height);
  });

  it('words it in Vietnamese', () => {
    const { lines } = layoutOversize(5000, 24, { width: 360, height: oversizeDefaults.height }, 'vi');
    expect(lines.map((l) => l.text).join(' ')).toContain('5.000 số liệu');
  });
});

describe('a chart beyond its kind’s record limit', () => {
  const many = Array.from({ length: 5000 }, (_, i) => record(i));

  it('is the height of a notice, not of its records', () => {
    expect(chartHeight('bars', 5000)).toBe(oversizeDefaults.height);
    expect(chartHeight('bars', RECORD_LIMITS.bars)).toBeGreaterThan(oversizeDefaults.height);
  });

  it('draws no mark and no figure button, so its drawing stays small', () => {
    const drawn = drawChart('bars', many, { width: 360, height: chartHeight('bars', many.length) }, 'en');
    expect(drawn.anchors).toEqual([]);
    expect(drawn.timeAxis).toBeUndefined();
  });

  it('draws its records up to the limit', () => {
    const drawn = drawChart('bars', many.slice(0, RECORD_LIMITS.bars), { width: 360, height: chartHeight('bars', RECORD_LIMITS.bars) }, 'en');
    expect(drawn.anchors).toHaveLength(RECORD_LIMITS.bars);
  });
});
