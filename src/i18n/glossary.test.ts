import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { PAGE_MESSAGES } from './page-messages';
import { citeChart } from './citation';
import { breaches as findBreaches, parseGlossary } from './glossary';
import { makeSource } from '../test-support/fixtures';

/** The glossary, read from the very file a translator edits, so that the doc and this test cannot drift. */
const GLOSSARY = readFileSync(join(process.cwd(), 'src/i18n/GLOSSARY.md'), 'utf8');
const DATA = join(process.cwd(), 'data');

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

const breaches = (texts: [string, string][]) => findBreaches(TERMS, texts);

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

  it('keeps a `/regex/u` to case, and a `/regex/` regardless of it', () => {
    const [row] = parseGlossary('| x | tiếng Anh | `/(?<=[\\p{L},:] )Tiếng Anh/u`, `/top \\d/` | | |');
    const [caps, top] = row!.refused;
    expect(caps!.pattern.test('Ngôn ngữ: Tiếng Anh')).toBe(true);
    expect(caps!.pattern.test('Ngôn ngữ: tiếng Anh')).toBe(false);
    expect(top!.pattern.test('Trong TOP 10')).toBe(true);
  });

  // One name for one thing: each pair the editor's pass fixed, the refused form and the one kept.
  it.each([
    ['market capitalisation', 'Giá trị thị trường của các hãng chip', 'Vốn hóa thị trường của các hãng chip'],
    ['market capitalisation', 'Giá trị vốn hóa cổ phiếu công nghệ', 'Vốn hóa thị trường của cổ phiếu công nghệ'],
    ['venture capital', 'vốn mạo hiểm tại Mỹ tăng mạnh', 'vốn đầu tư mạo hiểm tại Mỹ tăng mạnh'],
    ['DeepSeek-V3', 'DeepSeek V3: 6 triệu USD', 'DeepSeek-V3: 6 triệu USD'],
    ['release (a model)', 'DeepSeek công bố R1', 'DeepSeek ra mắt R1'],
    ['release (a model)', 'OpenAI phát hành o1', 'OpenAI ra mắt o1; Bộ Thương mại công bố quy tắc'],
    ['date approximate (BibTeX note)', 'ngày xấp xỉ', 'ngày ước chừng'],
    ['only the two ends are known', 'chỉ có hai đầu, không có diễn biến ở giữa', 'chỉ biết hai đầu mốc'],
    ['only the two ends are known', 'chỉ biết hai đầu: đường nối', 'chỉ biết hai đầu mốc: đường nối'],
    ['only the two ends are known', 'chỉ biết năm 2019 và 2023', 'chỉ biết hai đầu mốc, 2019 và 2023'],
    ['market share', 'Tỷ trọng trong sản lượng đóng tàu toàn cầu', 'Thị phần trong sản lượng đóng tàu toàn cầu'],
    ['a month on an axis', 'T5', 'Th5'],
    ['a month on an axis', 'T12 2024', 'Th12 2024'],
    ['a count\'s unit (people, cars)', 'hơn 22 triệu', 'hơn 22 triệu người'],
    ['a count\'s unit (people, cars)', '~11 triệu', 'khoảng 11 triệu xe'],
    ['a count\'s unit (people, cars)', 'Người dùng hằng ngày, triệu', 'Người dùng hằng ngày, triệu người'],
    ['run of months (a date\'s precision)', 'mùa', 'giai đoạn'],
    ['R&D intensity', 'Cường độ R&D: Huawei', 'Tỷ lệ chi R&D trên doanh thu: Huawei'],
    ['English, Vietnamese (mid-sentence)', 'Ngôn ngữ: Tiếng Anh, Tiếng Việt', 'Ngôn ngữ: tiếng Anh, tiếng Việt'],
    ['by (an author)', 'Tác giả Dingding Chen', 'Tác giả: Dingding Chen'],
  ])('for %s, refuses “%s” and keeps “%s”', (english, refused, kept) => {
    const term = TERMS.find((t) => t.english === english);
    expect(term, `no glossary row for ${english}`).toBeDefined();
    expect(term!.refused.some((r) => r.pattern.test(refused))).toBe(true);
    expect(breaches([['x', kept]])).toEqual([]);
  });

  it('holds the Vietnamese BibTeX of an article of approximate date to it', () => {
    const source = makeSource('essay', { date: '2025-04', dateApprox: true });
    const { bibtex, plain } = citeChart({ title: 'Biểu đồ', url: 'https://example.org/', accessed: new Date('2026-12-01T00:00:00Z'), sources: [source], lang: 'vi' }, 'x');
    // BibTeX's dates are ISO by its own rule; its words are held to the glossary.
    const note = /note = \{([^}]*)\}/.exec(bibtex)?.[1];
    expect(note).toBe('ngày ước chừng');
    expect(breaches([['bibtex note', note ?? ''], ['plain', plain]])).toEqual([]);
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
