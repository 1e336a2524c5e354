import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartKind, Lang, SeriesFile } from '../../data/schema';
import type { LayoutInput, TextMark } from '../types';
import { layoutBars } from './bars-layout';
import { layoutBullet } from './bullet-layout';
import { layoutRange } from './range-layout';
import { layoutSlope } from './slope-layout';
import { measureLabel } from './label-fit';

const DIR = join(process.cwd(), 'data/series');
const SERIES = readdirSync(DIR).map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as SeriesFile);

/** The axis labels of each kind that draws them: value ticks, or the years under a slope. */
const AXIS: Partial<Record<ChartKind, (input: LayoutInput) => readonly TextMark[]>> = {
  bars: (input) => layoutBars(input).ticks,
  bullet: (input) => layoutBullet(input).ticks,
  range: (input) => layoutRange(input).ticks,
  slope: (input) => layoutSlope(input).points.flatMap((p) => (p.year ? [p.year] : [])),
};

const WIDTHS = Array.from({ length: (1440 - 280) / 10 + 1 }, (_, i) => 280 + i * 10);
const AXIS_SIZE = 12;

const extent = (t: TextMark): [number, number] => {
  const w = measureLabel(t.text, AXIS_SIZE);
  const start = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return [start, start + w];
};

describe('axis labels of the data’s charts', () => {
  const cases = SERIES.filter((s) => AXIS[s.chart] !== undefined).flatMap((s) => (['en', 'vi'] as Lang[]).map((lang) => [s.id, lang, s] as const));

  it('cover every kind that draws an axis', () => {
    expect(new Set(cases.map(([, , s]) => s.chart))).toEqual(new Set(['bars', 'bullet', 'range', 'slope']));
  });

  it.each(cases)('%s (%s): at every width from 280 px, none touch and none leave the chart', (_, lang, series) => {
    for (const width of WIDTHS) {
      const labels = AXIS[series.chart]!({ records: series.records, size: { width, height: 400 }, lang });
      expect(labels.length, `${series.id} at ${width}px`).toBeGreaterThan(0);
      const spans = labels.map(extent).sort((a, b) => a[0] - b[0]);
      for (const [a, b] of spans) {
        expect(a, `${series.id} at ${width}px`).toBeGreaterThanOrEqual(-1e-6);
        expect(b, `${series.id} at ${width}px`).toBeLessThanOrEqual(width + 1e-6);
      }
      for (let i = 1; i < spans.length; i += 1) expect(spans[i]![0], `${series.id} at ${width}px`).toBeGreaterThan(spans[i - 1]![1]);
    }
  });
});
