import { describe, expect, it } from 'vitest';
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

  it('translate the sector names as the dashboard’s Vietnamese readers expect', () => {
    expect(MESSAGES.vi.sectorNames).toEqual({
      ai: 'Trí tuệ nhân tạo',
      semiconductors: 'Bán dẫn',
      ev: 'Xe điện',
      shipbuilding: 'Đóng tàu',
      chemicals: 'Hóa chất',
      agriculture: 'Nông nghiệp',
      robotics: 'Robot',
      finance: 'Tài chính',
      policy: 'Chính sách',
    });
  });
});
