import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldTerm, tokenize } from './terms';
import { buildQuery, foldGroups, transpositions } from './query';
import { excerpt, markedParts } from './highlight';

describe('terms', () => {
  it('folds case, Vietnamese tones and marks, and đ', () => {
    expect(['Lương', 'LUONG', 'luong', 'Lưỡng'].map(foldTerm)).toEqual(['luong', 'luong', 'luong', 'luong']);
    expect(foldTerm('Đài')).toBe('dai');
    expect(foldTerm('đường')).toBe('duong');
  });

  it('splits a number from its unit and makes one of a number\u2019s separators', () => {
    expect(tokenize('7nm')).toEqual(['7', 'nm']);
    expect(tokenize('7 nm')).toEqual(['7', 'nm']);
    expect(tokenize('50%')).toEqual(['50', '%']);
    expect(tokenize('86,8 triệu tấn').map(foldTerm)).toEqual(tokenize('86.8 million tonnes').map(foldTerm).slice(0, 1).concat(['trieu', 'tan']));
  });

  it('reads no syntax in a query: patterns, HTML and regex characters are only characters', () => {
    expect(tokenize('<img onerror=alert(1)> $& .* (a|b)')).toEqual(['img', 'onerror', 'alert', '1', 'a', 'b']);
  });
});

describe('buildQuery', () => {
  it('is null without a word', () => {
    expect(buildQuery(' — ')).toBeNull();
  });

  it('tries every swap of neighbouring letters, never in a number', () => {
    expect(transpositions('hauwei')).toContain('huawei');
    expect(transpositions('2025')).toEqual([]);
  });

  it('expands a glossary phrase to every phrase of its group', () => {
    const groups = foldGroups([['electric vehicles', 'xe điện', 'EV']]);
    const query = JSON.stringify(buildQuery('ev sales', groups));
    expect(query).toContain('"dien"');
    expect(query).toContain('"electric"');
    expect(query).toContain('"sales"');
  });
});

describe('markedParts', () => {
  it('marks the words whose folded form matched, and nothing else', () => {
    expect(markedParts('Lương Văn Phong meets Xi', new Set(['luong', 'phong']))).toEqual([
      { text: 'Lương', marked: true },
      { text: ' Văn ', marked: false },
      { text: 'Phong', marked: true },
      { text: ' meets Xi', marked: false },
    ]);
  });

  it('keeps every character of the text, in order', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 4 })), (text, terms) => {
        expect(markedParts(text, new Set(terms.map(foldTerm))).map((p) => p.text).join('')).toBe(text);
      }),
    );
  });

  it('cuts a long text around its first match, at word boundaries', () => {
    const text = `${'word '.repeat(60)}Huawei ${'more '.repeat(60)}`;
    const cut = excerpt(text, new Set(['huawei']), 80);
    expect(cut).toContain('Huawei');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(82);
  });
});
