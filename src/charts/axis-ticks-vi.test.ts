import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartKind, Lang, SeriesFile } from '../data/schema';
import { breaches, forDrawnText, parseGlossary } from '../i18n/glossary';
import { formatAmount } from '../i18n/format';
import type { LayoutInput, TextMark } from './types';
import { layoutBars } from './layout/bars-layout';
import { layoutBullet } from './layout/bullet-layout';
import { layoutRange } from './layout/range-layout';

const TERMS = forDrawnText(parseGlossary(readFileSync(join(process.cwd(), 'src/i18n/GLOSSARY.md'), 'utf8')));
const DIR = join(process.cwd(), 'data/series');
const SERIES = readdirSync(DIR).map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as SeriesFile);

/** Every chart kind that draws a value axis, and its ticks. */
const TICKS: Partial<Record<ChartKind, (input: LayoutInput) => readonly TextMark[]>> = {
  bars: (input) => layoutBars(input).ticks,
  bullet: (input) => layoutBullet(input).ticks,
  range: (input) => layoutRange(input).ticks,
};

const WIDTHS = [320, 480, 720, 1152];

function tickTexts(series: SeriesFile, lang: Lang): string[] {
  const ticks = TICKS[series.chart];
  if (!ticks) return [];
  return WIDTHS.flatMap((width) => ticks({ records: series.records, size: { width, height: 400 }, lang }).map((t) => t.text));
}

describe('Vietnamese axis ticks', () => {
  it('are drawn by every kind with a value axis, for the data’s charts', () => {
    expect(SERIES.filter((s) => TICKS[s.chart] !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it.each(SERIES.filter((s) => TICKS[s.chart] !== undefined).map((s) => [s.id, s] as const))('%s writes no form the glossary refuses', (_, series) => {
    const texts = tickTexts(series, 'vi');
    expect(texts.length).toBeGreaterThan(0);
    expect(breaches(TERMS, texts.map((t) => [`${series.id} tick`, t] as const))).toEqual([]);
  });

  it('write a thousand billion as “nghìn tỷ”, on the axis as in the text', () => {
    const ticks = layoutBars({
      records: [1, 2].map((i) => ({ series: 'x', label: { en: `C${i}`, vi: `C${i}` }, value: i * 600, unit: 'usd-bn' as const, flags: [], citations: [{ source: 's', quote: 'q', quoteLang: 'en' as const }] })),
      // Wide enough for every tick: narrower, some are thinned out (axis-ticks.ts).
      size: { width: 1440, height: 200 },
      lang: 'vi',
    }).ticks.map((t) => t.text);
    expect(ticks).toContain('1 nghìn tỷ USD');
    expect(ticks.join(' ')).not.toMatch(/\d\.000 tỷ/);
    expect(formatAmount(1000, 'usd-bn', 'en')).toBe('$1,000bn');
  });
});
