import type { Lang } from '../data/schema';
import { App } from '../dashboard/app';
import { ChartPage } from './chart-page';
import type { PageInfo } from './page-info';

/** The React tree of a page: the dashboard, or one chart's page or embed. */
export function PageRoot({ info, lang }: { info: PageInfo; lang: Lang }) {
  if (info.page === 'dashboard' || info.series === null) return <App />;
  return <ChartPage seriesId={info.series} lang={lang} variant={info.page === 'chart' ? 'page' : 'embed'} />;
}
