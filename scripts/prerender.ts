/**
 * After `vite build`: renders the default view of the dashboard, in English at `dist/index.html`
 * and in Vietnamese at `dist/vi/index.html`, with the data the page would fetch embedded as JSON,
 * so that charts are painted before any script runs and React hydrates them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import type { Lang } from '../src/data/schema';

const DIST = 'dist';
const DATA = 'data';

/** JSON in a `<script type="application/json">` block: `<` escaped, so no text can close the block. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Page {
  lang: Lang;
  path: string;
  /** From the page to the site's root, for its relative URLs. */
  base: string;
}

const PAGES: Page[] = [
  { lang: 'en', path: 'index.html', base: './' },
  { lang: 'vi', path: 'vi/index.html', base: '../' },
];

async function main() {
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  try {
    const template = readFileSync(join(DIST, 'index.html'), 'utf8');
    const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
    for (const page of PAGES) {
      // Loaded afresh for each language, so that the store starts in the page's language, as it
      // does in the browser that hydrates the page.
      globalThis.dashboardPrerenderLang = page.lang;
      vite.moduleGraph.invalidateAll();
      const { renderDefaultView } = (await vite.ssrLoadModule('/src/entry-server.tsx')) as typeof import('../src/entry-server');
      const view = renderDefaultView(page.lang, readJson);
      // Relative to the site's root, which every page's base URL is.
      const alternates = PAGES.map((p) => `<link rel="alternate" hreflang="${p.lang}" href="./${p.path.replace('index.html', '')}" />`).join('\n    ');
      const html = template
        .replace('<html lang="en">', `<html lang="${page.lang}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(view.title)}</title>`)
        .replace('<head>', `<head>\n    ${page.base === './' ? '' : `<base href="${page.base}" />\n    `}${alternates}`)
        .replace('<div id="root"></div>', `<div id="root">${view.html}</div>\n    <script type="application/json" id="dashboard-data">${scriptSafeJson(view.data)}</script>`);
      if (!html.includes('id="dashboard-data"')) throw new Error(`${page.path}: the template has no empty <div id="root">`);
      mkdirSync(join(DIST, page.path, '..'), { recursive: true });
      writeFileSync(join(DIST, page.path), html);
      console.log(`prerendered ${page.path} (${page.lang}): ${(html.length / 1024).toFixed(0)} KB`);
    }
  } finally {
    await vite.close();
  }
}

await main();
