/** A chart's data files, relative to the site's root: one address per chart, whatever the page's language. */
export const chartDataPaths = (seriesId: string) => ({ csv: `charts/${seriesId}/data.csv`, json: `charts/${seriesId}/data.json` });
