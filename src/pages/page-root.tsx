import type { ComponentType } from 'react';
import type { Lang } from '../data/schema';
import type { ChartPage } from './chart-page';
import type { PageInfo } from './page-info';

/**
 * The views a page may be: the build has both; the browser loads only the one its page is
 * (`loadPageView`), so that the dashboard's first load does not carry the chart page, nor the
 * other way round.
 */
export interface PageViews {
  App?: ComponentType;
  ChartPage?: typeof ChartPage;
}

const chartOf = (info: PageInfo): string | null => (info.page === 'dashboard' ? null : info.series);

/** The view of the page `info` describes, loaded on its own. */
export async function loadPageView(info: PageInfo): Promise<PageViews> {
  if (chartOf(info) === null) return { App: (await import('../dashboard/app')).App };
  return { ChartPage: (await import('./chart-page')).ChartPage };
}

/** The React tree of a page: the dashboard, or one chart's page or embed. */
export function PageRoot({ info, lang, views }: { info: PageInfo; lang: Lang; views: PageViews }) {
  const series = chartOf(info);
  if (series === null) {
    if (!views.App) throw new Error('the dashboard page was given no dashboard view');
    return <views.App />;
  }
  if (!views.ChartPage) throw new Error(`the page of '${series}' was given no chart page view`);
  return <views.ChartPage seriesId={series} lang={lang} variant={info.page === 'chart' ? 'page' : 'embed'} />;
}
