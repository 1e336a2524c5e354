import type { SectorId, ValueRecord } from '../data/schema';

/** "nvidia-china-share-2024-2025.png": the series and the years its figures cover. */
export function chartFileName(seriesId: string, records: readonly ValueRecord[], extension: string, variant = ''): string {
  const years = records.flatMap((r) => (r.year === undefined ? [] : [r.year]));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = years.length === 0 ? '' : first === last ? `-${first}` : `-${first}-${last}`;
  return `${seriesId}${span}${variant ? `-${variant}` : ''}.${extension}`;
}

/** "timeline-2014-2025.csv": the years the timeline shows. */
export function timelineFileName(domain: readonly [number, number], extension: string, variant = ''): string {
  return `timeline-${Math.floor(domain[0])}-${Math.floor(domain[1])}${variant ? `-${variant}` : ''}.${extension}`;
}

/** "china-tech-race-semiconductors.pptx", "china-tech-race-all-sectors-2019-2025.pptx". */
export function deckFileName(filters: { sectors: readonly SectorId[]; from: number | null; to: number | null }): string {
  const sectors = filters.sectors.length > 0 ? filters.sectors.join('-') : 'all-sectors';
  const years =
    filters.from === null && filters.to === null ? '' : `-${filters.from ?? 'start'}-${filters.to ?? 'latest'}`;
  return `china-tech-race-${sectors}${years}.pptx`;
}
