// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSeries } from './build-series';
import { checkDataFolder } from './check-data';

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

describe('generateSeries', () => {
  it('writes N series, each with its own id, file and title, that check:data accepts', () => {
    temp = mkdtempSync(join(tmpdir(), 'build-series-'));
    const dir = join(temp, 'data');
    generateSeries(70, dir);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { series: { id: string; file: string; title: { en: string } }[] };
    expect(index.series).toHaveLength(70);
    for (const key of ['id', 'file'] as const) expect(new Set(index.series.map((s) => s[key])).size).toBe(70);
    expect(new Set(index.series.map((s) => s.title.en)).size).toBe(70);
    expect(checkDataFolder(dir).problems).toEqual([]);
  });

  it('refuses a count that is not a whole number of at least 1', () => {
    expect(() => generateSeries(0, join(tmpdir(), 'unused'))).toThrow('build-series: the number of series must be a whole number ≥ 1 (got 0)');
  });
});
