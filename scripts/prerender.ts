/**
 * After `vite build`: renders every page of the site from the same components and data files the
 * page uses — the dashboard's default view, a page and an embed for each chart, in English and in
 * Vietnamese — with the data each page needs beside it as a JSON file the page preloads at low
 * priority (`page-data/<hash>.json`, named by its content), so that charts are painted before any
 * script runs and React hydrates them without a request of its own. Also writes each page's
 * social card (1200×630 PNG), the sitemap, robots.txt, the "Download all data" files and each
 * chart's data as CSV and JSON (`charts/<id>/data.csv`, `charts/<id>/data.json`).
 *
 * SITE_URL (default http://localhost:4173/, where `npm start` serves) is the address the site is
 * deployed at: link previews, canonical links and the sitemap need absolute URLs.
 *
 * For the benchmark, which prerenders one copy of the site per data scale:
 *   PRERENDER_DIST   the built site to prerender into (default dist); its index.html must be the
 *                    template `vite build` wrote, not an already prerendered page
 *   PRERENDER_DATA   the data folder the pages are rendered from (default data)
 *   PRERENDER_PAGES  `dashboard`: the dashboard's pages only, without the chart pages, embeds,
 *                    their social cards and data files (default: every page)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as turnOfTheLoop } from 'node:timers/promises';
import { createServer } from 'vite';
import { LANGS, type Lang } from '../src/data/schema';
import type { PageInfo } from '../src/pages/page-info';
import { chartDataPaths } from '../src/pages/chart-data-paths';
import { absoluteUrl, baseFor, chartPagePath, dashboardPagePath, embedPagePath, socialImagePath } from '../src/shared/site-paths';
import { exportStylesheet, readStylesheet } from './export-stylesheet';
import { escapeHtml, headTags, robotsTxt, sitemapXml } from './page-head';
import { measureWithFont, socialPng } from './social-image';
import { notFoundHtml } from './not-found-page';
import { pageFilesOf } from './page-data';
import { charsetWithin1024Bytes, pageTemplate } from './page-template';
import { parseStrictJson } from './strict-json';
import { searchIndexJson } from './search-index';

const DIST = process.env.PRERENDER_DIST ?? 'dist';
const DATA = process.env.PRERENDER_DATA ?? 'data';
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4173/';
const PAGES = process.env.PRERENDER_PAGES ?? 'all';
if (PAGES !== 'all' && PAGES !== 'dashboard') throw new Error(`PRERENDER_PAGES must be 'all' or 'dashboard' (got ${JSON.stringify(PAGES)})`);

/**
 * The page's data as a file of its own, named by a hash of its content (pages with the same data
 * share it), and the tag that preloads it. Not inside the HTML: the page would carry it before its
 * first paint, which needs none of it. Low priority: it is read by the app, which loads after the
 * first paint.
 */
function pageDataLink(data: unknown, written: Set<string>): string {
  const json = JSON.stringify(data);
  const file = `page-data/${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
  if (!written.has(file)) write(file, json);
  written.add(file);
  return `<link rel="preload" as="fetch" id="dashboard-data" href="${file}" crossorigin fetchpriority="low" />`;
}

interface Page {
  lang: Lang;
  info: PageInfo;
  /** Relative to the site's root, ending in a slash. */
  path: string;
  /** The same page in each language. */
  alternates: { lang: Lang; path: string }[];
}

function sitePages(seriesIds: readonly string[], dashboardOnly: boolean): Page[] {
  const inEach = (info: PageInfo, pathIn: (lang: Lang) => string): Page[] =>
    LANGS.map((lang) => ({ lang, info, path: pathIn(lang), alternates: LANGS.map((l) => ({ lang: l, path: pathIn(l) })) }));
  const charts = dashboardOnly ? [] : seriesIds;
  return [
    ...inEach({ page: 'dashboard', series: null }, dashboardPagePath),
    ...charts.flatMap((id) => inEach({ page: 'chart', series: id }, (lang) => chartPagePath(id, lang))),
    ...charts.flatMap((id) => inEach({ page: 'embed', series: id }, (lang) => embedPagePath(id, lang))),
  ];
}

const fileOf = (page: Page) => `${page.path === './' ? '' : page.path}index.html`;
const write = (file: string, content: string | Buffer) => {
  mkdirSync(join(DIST, file, '..'), { recursive: true });
  writeFileSync(join(DIST, file), content);
};

async function main() {
  // No WebSocket server: nothing here reloads, and its port may be another build's.
  const vite = await createServer({ server: { middlewareMode: true, ws: false }, appType: 'custom', logLevel: 'error' });
  try {
    const template = readFileSync(join(DIST, 'index.html'), 'utf8');
    if (!template.includes('<div id="root"></div>')) throw new Error(`${join(DIST, 'index.html')}: the template has no empty <div id="root">`);
    const fillPage = pageTemplate(template, join(DIST, 'index.html'));
    // Each data file read once, strictly (a key given twice, a BOM, text after the JSON: the file named).
    const readJson = (file: string): unknown => parseStrictJson(file, readFileSync(join(DATA, file), 'utf8'));
    const stylesheet = exportStylesheet(readStylesheet('src/styles/global.css'));
    const server = (await vite.ssrLoadModule('/src/entry-server.tsx')) as typeof import('../src/entry-server');
    const data = server.readSiteData(readJson);
    const filesOf = pageFilesOf(data);
    const pages = sitePages(data.series.map((s) => s.id), PAGES === 'dashboard');
    const pageDataWritten = new Set<string>();
    for (const lang of LANGS) {
      // Loaded afresh for each language, so that the store starts in the page's language, as it
      // does in the browser that hydrates the page.
      globalThis.dashboardPrerenderLang = lang;
      vite.moduleGraph.invalidateAll();
      const entry = (await vite.ssrLoadModule('/src/entry-server.tsx')) as typeof import('../src/entry-server');
      for (const page of pages.filter((p) => p.lang === lang)) {
        // Only what the page reads is embedded: a chart page's size does not grow with the site.
        const extras = page.info.page === 'chart' && page.info.series !== null ? entry.chartPageExtrasOf(data, lang, page.info.series, SITE_URL) : undefined;
        const view = await entry.renderPage(lang, page.info, filesOf(page.info), extras);
        const url = absoluteUrl(SITE_URL, page.path);
        // An embed shows its chart's card: it shares the chart page's image and canonical address.
        const ownPath = page.info.page === 'embed' && page.info.series ? chartPagePath(page.info.series, lang) : page.path;
        const imagePath = socialImagePath(ownPath);
        if (page.info.page !== 'embed') write(imagePath, socialPng(entry.socialCardSvg(data, lang, page.info.series, url, measureWithFont), stylesheet));
        const head = headTags({
          lang,
          title: view.title,
          description: entry.pageDescription(data, lang, page.info.series),
          siteName: view.siteName,
          canonical: absoluteUrl(SITE_URL, ownPath),
          alternates: page.alternates.map((a) => ({ lang: a.lang, href: absoluteUrl(SITE_URL, page.info.page === 'embed' && page.info.series ? chartPagePath(page.info.series, a.lang) : a.path) })),
          image: { url: absoluteUrl(SITE_URL, imagePath), width: 1200, height: 630, alt: view.title },
          noindex: page.info.page === 'embed',
        });
        const file = fileOf(page);
        const base = baseFor(file);
        const html = fillPage({
          lang,
          htmlAttributes: page.info.page === 'dashboard' ? '' : ` data-page="${page.info.page}" data-series="${escapeHtml(page.info.series ?? '')}"`,
          head: `${base === './' ? '' : `<base href="${escapeHtml(base)}" />\n    `}${head}\n    ${pageDataLink(view.data, pageDataWritten)}`,
          // No preloads: the entry fetches the app once the page has painted (src/main.tsx).
          afterEntry: '',
          root: view.html,
          afterRoot: '',
        });
        if (!charsetWithin1024Bytes(html)) throw new Error(`${file}: <meta charset> is not within the first 1,024 bytes`);
        // Written as it is rendered: no page is held once the next one starts.
        write(file, html);
        // The rasteriser's native memory (a card's pixels) is freed by finalisers that run only
        // when the event loop turns: without this it grows by ~3 MB with every card.
        await turnOfTheLoop();
      }
      const downloads = entry.downloadFiles(data, lang);
      write(`downloads/figures-${lang}.csv`, downloads.figures);
      write(`downloads/events-${lang}.csv`, downloads.events);
    }
    // Each chart's data at the stable addresses its page shows, one pair whatever the language.
    if (PAGES === 'all') {
      for (const series of data.series) {
        const files = server.chartDataFiles(series, data.sources);
        const paths = chartDataPaths(series.id);
        write(paths.csv, files.csv);
        write(paths.json, files.json);
      }
    }
    const listed = pages.filter((p) => p.info.page !== 'embed');
    const lastmod = (p: Page) => data.series.find((s) => s.id === p.info.series)?.updated ?? data.index.updated;
    write(
      'sitemap.xml',
      sitemapXml(listed.map((p) => ({ loc: absoluteUrl(SITE_URL, p.path), lastmod: lastmod(p), alternates: p.alternates.map((a) => ({ lang: a.lang, href: absoluteUrl(SITE_URL, a.path) })) }))),
    );
    write('robots.txt', robotsTxt(absoluteUrl(SITE_URL, 'sitemap.xml')));
    write('404.html', notFoundHtml(SITE_URL));
    // The search's index, from the data just rendered, in both languages (loaded by the page on first use).
    write('data/search-index.json', await searchIndexJson(data));
    console.log(`prerendered ${pages.length} pages (${listed.length} in the sitemap) for ${SITE_URL}`);
  } finally {
    await vite.close();
  }
}

await main();
