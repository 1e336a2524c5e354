/**
 * A chart's data at its stable addresses (`charts/<id>/data.csv`, `charts/<id>/data.json`),
 * written by the build from the validated data: every figure with its flags, citations and sources.
 */
import type { SeriesFile, Source } from '../data/schema';
import { chartCsv } from '../export/csv';

/**
 * The CSV has the columns of a card's CSV, in English (machine-readable ids, flags and units);
 * the JSON is the series as validated, with the sources its figures cite.
 */
export function chartDataFiles(series: SeriesFile, sources: readonly Source[]): { csv: string; json: string } {
  const cited = new Set(series.records.flatMap((r) => r.citations.map((c) => c.source)));
  const json = {
    id: series.id,
    updated: series.updated,
    title: series.title,
    subtitle: series.subtitle,
    sectors: series.sectors,
    chart: series.chart,
    unit: series.unit,
    records: series.records,
    sources: sources.filter((s) => cited.has(s.id)),
  };
  return { csv: chartCsv(series.records, sources, 'en'), json: `${JSON.stringify(json, null, 2)}\n` };
}
