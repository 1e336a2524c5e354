import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { PAGE_MESSAGES } from './page-messages';

/** The glossary, read from the very file a translator edits, so that the doc and this test cannot drift. */
const GLOSSARY = readFileSync(join(process.cwd(), 'src/i18n/GLOSSARY.md'), 'utf8');
const DATA = join(process.cwd(), 'data');

interface Term {
  english: string;
  vietnamese: string[];
  refused: { text: string; pattern: RegExp }[];
  keys: string[];
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const WORD_EDGE = '[\\p{L}\\p{N}]';

/** A refused variant as a pattern: a `/regex/`, or a whole word (any case if written in lower case). */
function refusal(text: string): { text: string; pattern: RegExp } {
  if (text.length > 2 && text.startsWith('/') && text.endsWith('/')) return { text, pattern: new RegExp(text.slice(1, -1), 'iu') };
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = text === text.toLowerCase() ? 'iu' : 'u';
  return { text, pattern: new RegExp(`(?<!${WORD_EDGE})${escaped}(?!${WORD_EDGE})`, flags) };
}

/** Every row of the glossary's tables: English | Tiếng Việt | Không dùng | Trong | Why. */
export function parseGlossary(markdown: string): Term[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|')))
    .filter(([english]) => english !== 'English' && !/^-+$/.test(english ?? ''))
    .map(([english = '', vietnamese = '', refused = '', keys = '']) => ({
      english,
      vietnamese: vietnamese.split(/[;,] /).map((v) => v.replace(/[“”]/g, '').trim()).filter(Boolean),
      refused: ticked(refused).map(refusal),
      keys: ticked(keys),
    }));
}

const TERMS = parseGlossary(GLOSSARY);

type Tree = { [key: string]: unknown };

/** The value of a catalogue key, a function called with sample arguments. */
function text(value: unknown): string {
  if (typeof value !== 'function') return String(value);
  const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 'en' : 2020 + i));
  return String((value as (...a: unknown[]) => unknown)(...args));
}

function catalogue(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return catalogue(value as Tree, path);
    return [[path, Array.isArray(value) ? value.join(' ') : text(value)]];
  });
}

/** Our own Vietnamese texts in the data: every `vi` text but the quotes and the articles' translations. */
function dataTexts(node: unknown, where: string): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((x, i) => dataTexts(x, `${where}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]): [string, string][] => {
    if (key === 'quote' || key === 'translation') return [];
    if (key === 'vi' && typeof value === 'string') return [[where, value]];
    return dataTexts(value, `${where}.${key}`);
  });
}

function dataFiles(): [string, unknown][] {
  const files = ['index.json', 'events.json', 'sources.json', ...readdirSync(join(DATA, 'series')).map((f) => `series/${f}`)];
  return files.map((f) => [f, JSON.parse(readFileSync(join(DATA, f), 'utf8'))]);
}

/** Words in quotation marks are the articles' own and are not held to the glossary. */
const unquoted = (s: string) => s.replace(/“[^”]*”|‘[^’]*’|"[^"]*"/g, '“”');

function breaches(texts: [string, string][]): string[] {
  return texts.flatMap(([where, value]) =>
    TERMS.flatMap((term) =>
      term.refused.filter((r) => r.pattern.test(unquoted(value))).map((r) => `${where}: ${r.text} (the glossary says “${term.vietnamese.join('; ')}” for ${term.english}) in “${value}”`),
    ),
  );
}

describe('the Vietnamese glossary', () => {
  it('is read from GLOSSARY.md, every row with its English and its Vietnamese', () => {
    expect(TERMS.length).toBeGreaterThan(40);
    for (const term of TERMS) {
      expect(term.english, JSON.stringify(term)).not.toBe('');
      expect(term.vietnamese.length, term.english).toBeGreaterThan(0);
    }
    const dashboard = TERMS.find((t) => t.english === 'dashboard');
    expect(dashboard?.vietnamese).toEqual(['trang tổng quan']);
    expect(dashboard?.refused.map((r) => r.text)).toContain('bảng dữ liệu');
  });

  it('refuses a variant as a whole word, and a capitalised one only as written', () => {
    const [table] = parseGlossary('| data table | bảng số liệu | `bảng dữ liệu` | | |')[0]!.refused;
    expect(table!.pattern.test('Hiện Bảng dữ liệu')).toBe(true);
    expect(table!.pattern.test('Hiện bảng số liệu')).toBe(false);
    // Refused twice: neither the dashboard nor the data table is called that.
    expect(breaches([['showTable', 'Hiện bảng dữ liệu']]).map((b) => b.split(' for ')[1]?.split(')')[0])).toEqual(['dashboard', 'data table']);
    expect(breaches([['note', 'Bài viết nói “bảng dữ liệu”.']])).toEqual([]);
    const [, nvidia] = parseGlossary('| a | b | `x` | | |\n| Nvidia | Nvidia | `NVIDIA`, `/xuất(?! khẩu)/` | | |');
    const [caps, xuat] = nvidia!.refused;
    expect(caps!.pattern.test('Nvidia')).toBe(false);
    expect(caps!.pattern.test('NVIDIA')).toBe(true);
    expect(xuat!.pattern.test('Xuất “Nvidia”')).toBe(true);
    expect(xuat!.pattern.test('kiểm soát xuất khẩu')).toBe(false);
  });

  it('holds every Vietnamese message to it, the chart pages’ and the Share dialog’s too', () => {
    expect(breaches(catalogue(MESSAGES.vi))).toEqual([]);
    expect(breaches(catalogue(PAGE_MESSAGES.vi))).toEqual([]);
  });

  it('holds our own Vietnamese texts in the data to it (the quotes are the articles’ words)', () => {
    const texts = dataFiles().flatMap(([file, json]) => dataTexts(json, file));
    expect(texts.length).toBeGreaterThan(250);
    expect(breaches(texts)).toEqual([]);
  });

  it('is the word the catalogue uses where it says so', () => {
    const messages = new Map(catalogue(MESSAGES.vi));
    const used = TERMS.flatMap((term) => term.keys.map((key) => ({ term, key })));
    expect(used.length).toBeGreaterThan(30);
    for (const { term, key } of used) {
      const value = messages.get(key);
      expect(value, `${key} is not a catalogue key`).toBeDefined();
      expect(
        term.vietnamese.some((v) => value!.toLowerCase().includes(v.toLowerCase())),
        `${key} (“${value}”) should say ${term.vietnamese.join(' or ')} for ${term.english}`,
      ).toBe(true);
    }
  });
});
