/**
 * `404.html`, which a static host serves for any address it has no file for, at any depth
 * (`/a/b/c`): a relative link there would resolve against that address, not the site's root. So
 * its links are absolute paths built from the path of SITE_URL (`/` or a sub-path such as
 * `/dashboard/`), which works wherever the site is deployed, and needs no script (the site's
 * Content-Security-Policy allows no inline one). Each language has the dashboard's search box as
 * a plain GET form to the dashboard (`?q=`), which opens with the results.
 */
import { escapeHtml } from './page-head';
import { dashboardPagePath } from '../src/shared/site-paths';
import { SEARCH_MAX } from '../src/state/url-state';

/** The absolute path of the dashboard in `lang` on the site at `siteUrl`. */
export function rootPath(siteUrl: string, lang: 'en' | 'vi'): string {
  const root = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).pathname;
  const page = dashboardPagePath(lang);
  return page === './' ? root : `${root}${page}`;
}

export function notFoundHtml(siteUrl: string): string {
  const en = escapeHtml(rootPath(siteUrl, 'en'));
  const vi = escapeHtml(rootPath(siteUrl, 'vi'));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Page not found — China's race for tech self-reliance</title>
  </head>
  <body>
    <main>
      <h1>Page not found</h1>
      <p>There is no page at this address. <a href="${en}">Go to the dashboard</a>.</p>
      <form role="search" method="get" action="${en}">
        <label for="search-en">Search</label>
        <input id="search-en" type="search" name="q" maxlength="${SEARCH_MAX}" placeholder="Charts, figures, events, sources" />
        <button type="submit">Search</button>
      </form>
      <section lang="vi">
        <h2>Không tìm thấy trang</h2>
        <p>Không có trang nào ở địa chỉ này. <a href="${vi}">Về trang tổng quan</a>.</p>
        <form role="search" method="get" action="${vi}">
          <label for="search-vi">Tìm kiếm</label>
          <input id="search-vi" type="search" name="q" maxlength="${SEARCH_MAX}" placeholder="Biểu đồ, số liệu, sự kiện, nguồn" />
          <button type="submit">Tìm kiếm</button>
        </form>
      </section>
    </main>
  </body>
</html>
`;
}
