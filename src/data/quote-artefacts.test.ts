import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationArtefactProblems, ELISION, foundWordForWord, quoteArtefacts } from './quote-artefacts';

describe('quoteArtefacts', () => {
  it('finds the link labels and tickers a news page puts inside a sentence', () => {
    const text =
      'Late last month, Hangzhou-based startup DeepSeek added the latest technological surprise by claiming, opens new tab to have trained a large language model on a par with the offerings of OpenAI and Meta Platforms (META.O), opens new tab at a fraction of the cost.';
    expect(quoteArtefacts(text).map((a) => a.text)).toEqual(['opens new tab', '(META.O)', 'opens new tab']);
  });

  it('finds tickers of every exchange the articles print', () => {
    for (const ticker of ['(NVDA.O)', '(GOOGL.O)', '(688256.SS)', '(2330.TW)', '(ASML.AS)', '(0981.HK)', '(002594.SZ)']) {
      expect(quoteArtefacts(`a company ${ticker} did it`).map((a) => a.text)).toEqual([ticker]);
    }
  });

  it('leaves the article’s own parentheses and words alone', () => {
    for (const text of [
      'Semiconductor Manufacturing International (SMIC)',
      'The NASDAQ Golden Dragon Index (HXC) hit a low in mid-January',
      'Committee on Foreign Investment in the United States (CFIUS)',
      'to 4.3 billion yuan ($587 million)',
      'DeepSeek opened a new chapter',
      '“Framework for Artificial Intelligence Diffusion”',
    ]) {
      expect(quoteArtefacts(text)).toEqual([]);
    }
  });

  it('names the file, the field and the artefact for a citation, translation included', () => {
    const problems = citationArtefactProblems('events.json', 'events[3] (x).citations[0]', {
      quote: 'the company claims, opens new tab to have trained it',
      translation: { text: 'Meta Platforms (META.O) với chi phí' },
    });
    expect(problems.map((p) => [p.file, p.where])).toEqual([
      ['events.json', 'events[3] (x).citations[0].quote'],
      ['events.json', 'events[3] (x).citations[0].translation.text'],
    ]);
    expect(problems[0]!.message).toContain('"opens new tab"');
    expect(problems[1]!.message).toContain('"(META.O)"');
  });

  it('finds nothing in a quote cut with the elision mark', () => {
    expect(citationArtefactProblems('f', 'w', { quote: `the company claims ${ELISION} to have trained it` })).toEqual([]);
  });
});

describe('foundWordForWord', () => {
  const article = 'the company claims, opens new tab to have trained it in two months for just $6 million.';

  it('finds a quote whose pieces stand in the article in order', () => {
    expect(foundWordForWord(article, `the company claims ${ELISION} to have trained it in two months`)).toBe(true);
    expect(foundWordForWord(article, 'to have trained it')).toBe(true);
  });

  it('refuses pieces out of order, a piece not in the article, and a quote of marks only', () => {
    expect(foundWordForWord(article, `to have trained it ${ELISION} the company claims`)).toBe(false);
    expect(foundWordForWord(article, `the company claims ${ELISION} to have built it`)).toBe(false);
    expect(foundWordForWord(article, ELISION)).toBe(false);
  });

  it('does not let one stretch of the article serve two pieces', () => {
    expect(foundWordForWord('a b c', `a b ${ELISION} b c`)).toBe(false);
  });

  it('finds any in-order choice of the article’s pieces joined by the mark', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => !s.includes(ELISION)),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (text, cuts) => {
          // Pieces taken left to right from the text, none empty after trimming.
          let from = 0;
          const pieces: string[] = [];
          for (const [a, b] of cuts) {
            if (from >= text.length) break;
            const start = from + (a % (text.length - from));
            const end = start + 1 + (b % (text.length - start));
            const piece = text.slice(start, end).trim();
            if (piece !== '') pieces.push(piece);
            from = end;
          }
          fc.pre(pieces.length > 0);
          expect(foundWordForWord(text, pieces.join(` ${ELISION} `))).toBe(true);
        },
      ),
    );
  });
});
