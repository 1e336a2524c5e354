import type { Lang, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';

/** The sources a chart's figures cite, each once, in the order first cited. */
export function citedSourceIds(records: readonly ValueRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.citations.map((c) => c.source)))];
}

/** "Source: Reuters Breakingviews, 2025-01-24" — the publication and date of every source cited. */
export function sourceLine(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang): string {
  const names = citedSourceIds(records).map((id) => {
    const s = sources?.find((x) => x.id === id);
    return s ? `${s.publication}, ${s.dateApprox ? '~' : ''}${s.date}` : id;
  });
  return `${MESSAGES[lang].source}: ${names.join('; ')}`;
}
