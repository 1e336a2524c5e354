import type { ParsedDataset, Problem } from '../src/data/cross-check';
import type { Citation } from '../src/data/schema';
import { recordPath } from '../src/data/validate';
import { foldSpace as fold, foundWordForWord } from '../src/data/quote-artefacts';

/** Every quote (and translation) must stand word for word in its source article. */
export function quoteProblems(data: ParsedDataset, readArticle: (file: string) => string): Problem[] {
  const articles = new Map<string, string | null>();
  const articleOf = (sourceId: string): string | null | undefined => {
    const source = data.sources.find((s) => s.id === sourceId);
    if (!source) return undefined;
    if (!articles.has(source.file)) {
      try {
        articles.set(source.file, fold(readArticle(source.file)));
      } catch {
        articles.set(source.file, null);
      }
    }
    return articles.get(source.file);
  };

  const problems: Problem[] = [];
  const check = (file: string, where: string, c: Citation) => {
    const article = articleOf(c.source);
    if (article === undefined) return; // an unknown source id is reported by crossCheck
    if (article === null) {
      problems.push({ file, where: `${where}.source`, message: `the article file of source '${c.source}' cannot be read` });
      return;
    }
    if (!foundWordForWord(article, fold(c.quote))) {
      problems.push({ file, where: `${where}.quote`, message: `not found word for word in the '${c.source}' article: "${c.quote.slice(0, 60)}"` });
    }
    if (c.translation && !foundWordForWord(article, fold(c.translation.text))) {
      problems.push({
        file,
        where: `${where}.translation.text`,
        message: `not found word for word in the '${c.source}' article: "${c.translation.text.slice(0, 60)}"`,
      });
    }
  };

  for (const entry of data.index.series) {
    data.series.get(entry.file)?.records.forEach((r, i) =>
      r.citations.forEach((c, j) => check(entry.file, `${recordPath('records', i, r)}.citations[${j}]`, c)),
    );
  }
  data.events.forEach((e, i) => {
    e.citations.forEach((c, j) => check(data.index.events, `${recordPath('events', i, e)}.citations[${j}]`, c));
    e.dateConflict?.forEach((claim, j) => check(data.index.events, `${recordPath('events', i, e)}.dateConflict[${j}].citation`, claim.citation));
    e.moved?.forEach((link, j) => check(data.index.events, `${recordPath('events', i, e)}.moved[${j}].citation`, link.citation));
  });
  return problems;
}
