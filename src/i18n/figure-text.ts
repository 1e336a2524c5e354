import type { Lang, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from './messages';
import { PAGE_MESSAGES } from './page-messages';
import { formatDate, readFigure } from './format';

/** One figure in words: "2025: 50% (estimate)", "TSMC 2025: more than $890bn", "2030: 140 tỷ USD (mục tiêu)". */
export function describeRecord(r: ValueRecord, lang: Lang): string {
  const place = [r.label?.[lang], r.year !== undefined ? String(r.year) : undefined].filter(Boolean).join(' ');
  return `${place ? `${place}: ` : ''}${readFigure(r, lang)}`;
}

/** The figures of a chart in one sentence, for its accessible description. */
export function describeRecords(records: readonly ValueRecord[], lang: Lang): string {
  return records.map((r) => describeRecord(r, lang)).join('; ');
}

/** The sources a chart's figures cite, each once, in the order first cited. */
export function citedSourceIds(records: readonly ValueRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.citations.map((c) => c.source)))];
}

/** A source's date as the reader writes it: "2025-01-24"; "24/1/2025", "khoảng tháng 4/2025". */
export function sourceDate(s: Source, lang: Lang): string {
  return formatDate(s.date, lang, s.dateApprox === true);
}

/** "Reuters Breakingviews, 24/1/2025"; the bare id while the sources file is not (or cannot be) loaded. */
export function sourceName(id: string, sources: readonly Source[] | undefined, lang: Lang): string {
  const s = sources?.find((x) => x.id === id);
  return s ? `${s.publication[lang]}, ${sourceDate(s, lang)}` : id;
}

/** "Source: Reuters Breakingviews, 2025-01-24", "Nguồn: Reuters Breakingviews, 24/1/2025" — the publication and date of every source cited. */
export function sourceLine(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang): string {
  return `${MESSAGES[lang].source}: ${citedSourceIds(records).map((id) => sourceName(id, sources, lang)).join('; ')}`;
}

/**
 * A chart's headline in words, for a link preview: from the first figure to the last over time
 * ("80% in 2024 → 50% (estimate) in 2025"), or the first few items ("TSMC: $90bn · SMIC: $8bn").
 */
export function headlineFigures(records: readonly ValueRecord[], lang: Lang): string {
  const inYear = PAGE_MESSAGES[lang].inYear;
  const dated = records.filter((r) => r.year !== undefined && r.label === undefined);
  const first = dated[0];
  const last = dated.at(-1);
  if (first && last && dated.length === records.length) {
    const at = (r: ValueRecord) => `${readFigure(r, lang)} ${inYear(r.year ?? 0)}`;
    return first === last ? at(first) : `${at(first)} → ${at(last)}`;
  }
  const shown = records.slice(0, 3).map((r) => `${[r.label?.[lang], r.year].filter((x) => x !== undefined).join(' ')}: ${readFigure(r, lang)}`);
  return shown.join(' · ') + (records.length > 3 ? ' · …' : '');
}
