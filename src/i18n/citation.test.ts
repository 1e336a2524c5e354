import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema';
import { bibtexText, citationDate, citeChart } from './citation';

const reuters: Source = {
  id: 'reuters-bv',
  file: 'x.txt',
  publication: { en: 'Reuters Breakingviews', vi: 'Reuters Breakingviews' },
  title: 'China’s AI & chip race: 50% share_now',
  author: 'Una Galani, Katrina Hamlin',
  date: '2025-01-24',
  url: 'https://www.reuters.com/breakingviews/x-2025-01-24/',
  languages: ['en'],
};
const essay: Source = { ...reuters, id: 'essay', publication: { en: 'Essay', vi: 'Bài tiểu luận' }, date: '2025-04', dateApprox: true, author: undefined, url: undefined };

const input = {
  title: "Nvidia's share of China's AI chip market",
  url: 'https://example.org/charts/nvidia-china-ai-chip-share/',
  accessed: new Date('2026-12-01T10:00:00Z'),
  sources: [reuters, essay],
  lang: 'en' as const,
};

describe('the citation of a chart', () => {
  it('names the chart, the dashboard, its URL, the day accessed and each article', () => {
    const { plain } = citeChart(input, 'nvidia');
    expect(plain).toContain("“Nvidia's share of China's AI chip market” [chart]. China's race for tech self-reliance.");
    expect(plain).toContain('https://example.org/charts/nvidia-china-ai-chip-share/. Accessed 1 December 2026.');
    expect(plain).toContain('Data from: Reuters Breakingviews, Una Galani, Katrina Hamlin, “China’s AI & chip race: 50% share_now”, 24 January 2025, https://www.reuters.com/');
    expect(plain).toContain('Data from: Essay, “China’s AI & chip race: 50% share_now”, ~April 2025.');
  });

  it('writes Vietnamese dates day/month/year', () => {
    const { plain } = citeChart({ ...input, lang: 'vi' }, 'nvidia');
    expect(plain).toContain('Truy cập ngày 1/12/2026.');
    expect(plain).toContain('Reuters Breakingviews, Una Galani, Katrina Hamlin, “China’s AI & chip race: 50% share_now”, 24/1/2025');
    expect(plain).toContain('khoảng tháng 4/2025');
    expect(citationDate('2025-04', 'en')).toBe('April 2025');
  });

  it('gives BibTeX that a parser reads back without error, fields intact', () => {
    const { bibtex } = citeChart(input, 'nvidia');
    const library = parse(bibtex);
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.type)).toEqual(['online', 'article', 'article']);
    const [page, article] = library.entries;
    expect(page?.fields.title).toBe("Nvidia's share of China's AI chip market");
    expect(page?.fields.url).toBe(input.url);
    expect(page?.fields.urldate).toBe('2026-12-01');
    expect(article?.fields.journaltitle).toBe('Reuters Breakingviews');
    expect(article?.fields.title).toBe('China’s AI & chip race: 50% share_now');
    expect(article?.fields.author?.map((a) => a.lastName)).toEqual(['Galani', 'Hamlin']);
    expect(article?.fields.date).toBe('2025-01-24');
  });

  it('cites a single figure with its sentence', () => {
    const { plain, bibtex } = citeChart({ ...input, title: '80% (2024)', quote: 'Nvidia had 80% of the market', sources: [reuters] }, 'nvidia-2024');
    expect(plain.split('\n')[0]).toBe("80% (2024): “Nvidia had 80% of the market”. China's race for tech self-reliance. https://example.org/charts/nvidia-china-ai-chip-share/. Accessed 1 December 2026.");
    expect(parse(bibtex).errors).toEqual([]);
  });

  it('escapes any text so that BibTeX reads it back as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0 && !/[\s\\]/.test(s)), (title) => {
        const library = parse(`@misc{k,\n  title = {${bibtexText(title)}}\n}`, { sentenceCase: false, caseProtection: false });
        expect(library.errors).toEqual([]);
        expect(library.entries[0]?.fields.title).toBe(title);
      }),
      { numRuns: 500 },
    );
  });
});
