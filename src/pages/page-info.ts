/** Which page this document is, as the build wrote it on `<html data-page data-series>`. */
export interface PageInfo {
  page: 'dashboard' | 'chart' | 'embed';
  series: string | null;
}

export function readPageInfo(html: HTMLElement): PageInfo {
  const page = html.dataset.page;
  const series = html.dataset.series ?? null;
  return (page === 'chart' || page === 'embed') && series !== null ? { page, series } : { page: 'dashboard', series: null };
}
