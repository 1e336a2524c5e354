/**
 * Where each page of the site lives, relative to the site's root (which every page's base URL
 * is): the dashboard, a page per chart, an embed per chart, in each language.
 */
import type { Lang, SectorId } from '../data/schema';
import { DEFAULT_FILTERS, serializeUrlState } from '../state/url-state';

const langFolder = (lang: Lang) => (lang === DEFAULT_FILTERS.lang ? '' : `${lang}/`);

/** The dashboard, with `sectors` selected and `event` open where given. */
export function dashboardPath(lang: Lang, filters: { sectors?: readonly SectorId[]; event?: string } = {}): string {
  const query = serializeUrlState({ ...DEFAULT_FILTERS, sectors: [...(filters.sectors ?? [])], event: filters.event ?? null, lang });
  return `${langFolder(lang) || './'}${query}`;
}

/** The dashboard's own page in `lang`, without a query. */
export const dashboardPagePath = (lang: Lang) => langFolder(lang) || './';

export const chartPagePath = (seriesId: string, lang: Lang) => `${langFolder(lang)}charts/${seriesId}/`;

export const embedPagePath = (seriesId: string, lang: Lang) => `${langFolder(lang)}embed/${seriesId}/`;

/** The page's social-card image, beside its page. */
export const socialImagePath = (pagePath: string) => `${pagePath.replace(/^\.\//, '')}social.png`;

/** From a page's file (`charts/x/index.html`) back to the site's root (`../../`). */
export function baseFor(pageFile: string): string {
  const depth = pageFile.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** An absolute URL of a site path, the site's address ending in a slash or not. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path === './' ? '' : path.replace(/^\.\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
