// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataFolder } from '../scripts/check-data';
import { RECORD_LIMITS } from '../src/data/bounds';
import type { DataIndex, SeriesFile } from '../src/data/schema';
import { generateScaledData, splitAtLimit } from './generate-data';

const root = mkdtempSync(join(tmpdir(), 'bench-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Every file of a folder, by its path inside it. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((path) => [relative(dir, path), readFileSync(path)]));
}

describe('generateScaledData', () => {
  const real = generateScaledData(1, join(root, 'x1'));

  it('copies the real folder exactly at scale 1', () => {
    expect(checkDataFolder(join(root, 'x1')).problems).toEqual([]);
    const copy = snapshot(join(root, 'x1'));
    const original = snapshot('data');
    expect([...copy.keys()].sort()).toEqual([...original.keys()].sort());
    for (const [file, bytes] of original) expect(copy.get(file)?.equals(bytes), file).toBe(true);
    expect(real.series).toBeGreaterThan(0);
  });

  it('writes a valid folder about ten times larger at scale 10', () => {
    const counts = generateScaledData(10, join(root, 'x10'));
    expect(checkDataFolder(join(root, 'x10')).problems).toEqual([]);
    expect(counts.records).toBeGreaterThanOrEqual(real.records * 10 * 0.7);
    expect(counts.records).toBeLessThanOrEqual(real.records * 10 * 1.3);
    expect(counts.events).toBeGreaterThanOrEqual(real.events * 10 * 0.9);
    expect(counts.events).toBeLessThanOrEqual(real.events * 10 * 1.1);
    expect(counts.series).toBe(real.series * Math.ceil(Math.sqrt(10)));
  });

  it('gives byte-identical files on every run', () => {
    generateScaledData(10, join(root, 'a'));
    generateScaledData(10, join(root, 'b'));
    const a = snapshot(join(root, 'a'));
    const b = snapshot(join(root, 'b'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
  });

  it('removes series files of an earlier, larger run', () => {
    const dir = join(root, 'reuse');
    generateScaledData(10, dir);
    generateScaledData(1, dir);
    expect(snapshot(dir).size).toBe(snapshot('data').size);
    expect(checkDataFolder(dir).problems).toEqual([]);
  });
});

/** Every series file of a generated folder, as its index lists them. */
function seriesOf(dir: string): SeriesFile[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as DataIndex;
  return index.series.map((entry) => JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as SeriesFile);
}

describe('generated series within the record limits', () => {
  const real = seriesOf('data').reduce((n, s) => n + s.records.length, 0);

  it.each([1, 10, 100])('at scale %i, no series holds more records than its kind draws', (scale) => {
    const dir = join(root, `limits-${scale}`);
    const counts = generateScaledData(scale, dir);
    const all = seriesOf(dir);
    expect(all).toHaveLength(counts.series);
    const over = all.filter((s) => s.records.length > RECORD_LIMITS[s.chart]).map((s) => `${s.id} (${s.chart}): ${s.records.length}`);
    expect(over).toEqual([]);
    // The records the limits keep out of a series are made up in more series.
    expect(all.reduce((n, s) => n + s.records.length, 0)).toBe(counts.records);
    expect(counts.records).toBeGreaterThanOrEqual(real * scale * 0.7);
    expect(counts.records).toBeLessThanOrEqual(real * scale * 1.3);
  });

  it('splits a series at its limit into even copies, the first keeping the real records', () => {
    expect(splitAtLimit(380, 2, 10)).toEqual(Array.from({ length: 38 }, () => 10));
    expect(splitAtLimit(25, 3, 24)).toEqual([13, 12]);
    expect(splitAtLimit(6, 2, 10)).toEqual([6]);
    expect(splitAtLimit(3, 5, 6)).toEqual([5]);
    // Never fewer copies than the replicas asked for.
    expect(splitAtLimit(12, 1, 6, 4)).toEqual([3, 3, 3, 3]);
    expect(splitAtLimit(100, 2, 10, 4)).toHaveLength(10);
    for (const [total, n, limit] of [[101, 3, 10], [57, 9, 12], [1000, 1, 6]] as const) {
      const parts = splitAtLimit(total, n, limit);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...parts)).toBeLessThanOrEqual(limit);
      expect(parts[0]).toBeGreaterThanOrEqual(n);
    }
  });
});
