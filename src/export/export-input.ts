import { describeRecord } from '../i18n/figure-text';
import type { RuleInput } from '../charts/event-rule';
import { flagsIn } from '../charts/flag-legend';
import { sourceLine, sourceName } from '../i18n/figure-text';
import type { Lang, SectorId, SeriesFile, Source, ValueRecord } from '../data/schema';
import type { ChartExportInput } from './render-svg';
import { MESSAGES } from '../i18n/messages';
import { quoteFor } from '../i18n/quote';

export interface ExportFilters {
  sectors: readonly SectorId[];
  from: number | null;
  to: number | null;
}

/** "Sectors: Semiconductors · 2019–2025", "All sectors · all years". */
export function describeFilters(filters: ExportFilters, lang: Lang): string {
  const t = MESSAGES[lang];
  const sectors =
    filters.sectors.length === 0
      ? t.filtersAllSectors
      : `${t.filtersSectors}: ${filters.sectors.map((s) => t.sectorNames[s]).join(', ')}`;
  const years = filters.from === null && filters.to === null ? t.filtersAllYears : t.yearsChip(filters.from, filters.to);
  return `${sectors} · ${years}`;
}

/** Everything an export of one chart draws: header, chart, legend and a footer that says where it comes from. */
export function chartExportInput(args: {
  series: SeriesFile;
  records: readonly ValueRecord[];
  sources: readonly Source[] | undefined;
  lang: Lang;
  filters: ExportFilters;
  link: string;
  rule: RuleInput | undefined;
  cardWidth: number;
}): ChartExportInput {
  const { series, records, sources, lang } = args;
  const t = MESSAGES[lang];
  return {
    id: series.id,
    kind: series.chart,
    title: series.title[lang],
    subtitle: series.subtitle[lang],
    records,
    lang,
    legend: flagsIn(records).map((f) => t.flagExplanations[f]),
    footer: [sourceLine(records, sources, lang), describeFilters(args.filters, lang), `${t.linkLabel}: ${args.link}`],
    rule: args.rule,
    cardWidth: args.cardWidth,
  };
}

/** Speaker notes: each figure with the sentence it comes from and its source. */
export function quoteNotes(records: readonly ValueRecord[], sources: readonly Source[] | undefined, lang: Lang): string {
  return records
    .flatMap((r) =>
      r.citations.map((c) => `${describeRecord(r, lang)} — “${quoteFor(c, lang).text}” (${sourceName(c.source, sources, lang)})`),
    )
    .join('\n\n');
}
