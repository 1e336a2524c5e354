import type { Lang, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from './messages';
import { describeFlags, formatFigure } from './format';

/** One figure in words: "2025: 50% est. (estimate)", "TSMC 2025: $890bn". */
export function describeRecord(r: ValueRecord, lang: Lang): string {
  const place = [r.label?.[lang], r.year !== undefined ? String(r.year) : undefined].filter(Boolean).join(' ');
  const flags = r.flags.length > 0 ? ` (${describeFlags(r.flags, lang)})` : '';
  return `${place ? `${place}: ` : ''}${formatFigure(r, lang)}${flags}`;
}

/** The figures of a chart in one sentence, for its accessible description. */
export function describeRecords(records: readonly ValueRecord[], lang: Lang): string {
  return records.map((r) => describeRecord(r, lang)).join('; ');
}

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
