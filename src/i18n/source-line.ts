import type { Lang, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from './messages';

/** The sources a chart's figures cite, each once, in the order first cited. */
export function citedSourceIds(records: readonly ValueRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.citations.map((c) => c.source)))];
}

/** "Reuters Breakingviews, 2025-01-24"; the bare id while the sources file is not (or cannot be) loaded. */
export function sourceName(id: string, sources: readonly Source[] | undefined, lang: Lang): string {
  const s = sources?.find((x) => x.id === id);
  return s ? `${s.publication[lang]}, ${s.dateApprox ? '~' : ''}${s.date}` : id;
}

/** "Source: Reuters Breakingviews, 2025-01-24" — the publication and date of every source cited. */
export function sourceLine(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang): string {
  return `${MESSAGES[lang].source}: ${citedSourceIds(records).map((id) => sourceName(id, sources, lang)).join('; ')}`;
}
