import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeriesFile, Unit } from '../data/schema';

const DIR = join(process.cwd(), 'data/series');
const series = readdirSync(DIR).map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as SeriesFile);

/** How an English subtitle names the unit the card draws its figures in ("$45bn", "4.3bn yuan"). */
const NAMED: Partial<Record<Unit, string>> = {
  'usd-bn': '$bn',
  'usd-m': '$m',
  'usd-tn': '$tn',
  'cny-bn': 'billion yuan',
  'cny-tn': 'trillion yuan',
};

describe('English subtitles name money as the cards draw it', () => {
  it.each(series.filter((s) => NAMED[s.unit] !== undefined).map((s) => [s.id, s] as const))('%s', (_, s) => {
    expect(s.subtitle.en).toContain(NAMED[s.unit]);
    expect(s.subtitle.en).not.toMatch(/US\$|\bUSD\b|dollars?\b/);
  });
});
