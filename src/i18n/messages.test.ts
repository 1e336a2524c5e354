import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '../data/schema';
import { MESSAGES } from './messages';

type Tree = { [key: string]: unknown };

/** Every entry of a catalogue as [path, value], functions called with sample arguments. */
function entries(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 'en' : 2020 + i));
      return [[path, (value as (...a: unknown[]) => unknown)(...args)]];
    }
    if (typeof value === 'object' && value !== null) return entries(value as Tree, path);
    return [[path, value]];
  });
}

describe('the message catalogues', () => {
  const en = new Map(entries(MESSAGES.en));
  const vi = new Map(entries(MESSAGES.vi));

  it('have the same keys in English and Vietnamese', () => {
    expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have a non-empty text for every key in both languages (flag marks that show only a sign may be empty)', () => {
    const mayBeEmpty = new Set(['flagShort.approx', 'flagShort.lowerBound']);
    for (const [lang, catalogue] of [['en', en], ['vi', vi]] as const) {
      for (const [key, value] of catalogue) {
        expect(typeof value, `${lang}: ${key}`).toBe('string');
        if (!mayBeEmpty.has(key)) expect((value as string).trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('name every sector in both languages, each name its own, the Vietnamese not the English left in', () => {
    for (const lang of ['en', 'vi'] as const) {
      const names = SECTOR_IDS.map((id) => MESSAGES[lang].sectorNames[id]);
      for (const name of names) expect(name.trim()).not.toBe('');
      expect(new Set(names).size).toBe(SECTOR_IDS.length);
    }
    for (const id of SECTOR_IDS) expect(MESSAGES.vi.sectorNames[id]).not.toBe(MESSAGES.en.sectorNames[id]);
  });

  it('count charts and events with the plural the number needs', () => {
    expect(MESSAGES.en.chartsShown(1, 1)).toBe('1 of 1 chart shown');
    expect(MESSAGES.en.chartsShown(0, 26)).toBe('0 of 26 charts shown');
    expect(MESSAGES.en.eventsShown(1, 1)).toBe('1 of 1 event shown');
  });
});
