// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataFolder } from '../scripts/check-data';
import { generateScaledData } from './generate-data';

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
