import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';

/**
 * The JavaScript a reader downloads before the page answers input (hydration done), gzipped:
 * 91.1 KB. The framework chunk (React, React DOM, zustand) is 66.9 KB; the rest is the dashboard's
 * own code (16.4 KB: the header, the search box and the sticky bar, the page's sections and the
 * cards' frames, the parts that hydrate on their own, the data the page embeds read without the
 * query library, the URL's filters, the reload offered when a chunk is gone), the English words
 * (4.2 KB), the app's entry and the page's (which waits for the first paint), Vite's import helper
 * and the bundler's runtime.
 * Not in it: a card's content (its chart, legend and actions: the `card` chunk, loaded as its part
 * hydrates); TanStack Query (the `queries` chunk, with the first data file the page did not embed);
 * the other language's words, loaded when the reader switches; the timeline's code, loaded when
 * the page is idle (until then the prerendered timeline stays as drawn); the sources and
 * downloads, as their part hydrates; the data schemas and their validation, loaded with the first
 * data file fetched (the data embedded in the page was validated by the build); the fetching code,
 * export, brushing, the Share dialog's contents, a figure's source panel and a card's data table.
 */
const BUDGET_BYTES = 93 * 1024;

test('the JavaScript loaded before the page answers input stays within the budget, gzipped', async ({ page }, testInfo) => {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  // What the page asked for before hydration ended, by the browser's own resource timing.
  const requestedBefore = await page.evaluate(() => {
    const interactive = performance.getEntriesByName('dashboard-interactive')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < interactive)
      .map((entry) => entry.name);
  });
  const firstLoad = scripts.filter((response) => requestedBefore.includes(response.url()));

  const sizes = await Promise.all(
    firstLoad.map(async (response) => ({
      file: new URL(response.url()).pathname.split('/').pop()!,
      gzip: gzipSync(await response.body(), { level: 9 }).length,
    })),
  );
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const table = [...sizes.map((s) => `${(s.gzip / 1024).toFixed(1).padStart(7)} KB  ${s.file}`), `${(total / 1024).toFixed(1).padStart(7)} KB  total (budget ${BUDGET_BYTES / 1024} KB)`].join('\n');
  console.log(`JavaScript before the page answers input, gzipped:\n${table}`);
  await testInfo.attach('bundle-sizes.txt', { body: table, contentType: 'text/plain' });

  expect(sizes.map((s) => s.file)).toContainEqual(expect.stringMatching(/^index-.*\.js$/));
  // Split out and loaded later: export and brushing on first use, the schemas and the query
  // library with the first data file fetched, the timeline when the page is idle, a card's content
  // as its part hydrates.
  expect(sizes.map((s) => s.file).filter((f) => /^(export|d3-brush|schema|validate|timeline-section|card|queries)-/.test(f))).toEqual([]);
  expect(total, table).toBeLessThanOrEqual(BUDGET_BYTES);
});

/**
 * The font: Noto Sans, a Latin + Vietnamese subset in WOFF2, regular and semibold (drawn for 600
 * and 700), 12.1 + 12.8 KB. Counted as it arrives (WOFF2 is compressed already), apart from the
 * JavaScript: the font does not delay first paint (`font-display: optional`, size-adjusted fallback).
 */
const FONT_BUDGET_BYTES = 40 * 1024;

test('the font bytes the first page needs stay within their budget', async ({ page }, testInfo) => {
  const fonts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(response);
  });
  await page.goto('/');
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  // Both of Noto Sans's faces were drawn with, so both were fetched (the fallbacks are local fonts).
  const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded' && f.family.replaceAll('"', '') === 'Noto Sans').map((f) => f.weight));
  expect(loaded.sort()).toEqual(['400', '600 700']);
  const sizes = await Promise.all(fonts.map(async (response) => ({ file: new URL(response.url()).pathname.split('/').pop()!, bytes: (await response.body()).length })));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const table = [...sizes.map((s) => `${(s.bytes / 1024).toFixed(1).padStart(7)} KB  ${s.file}`), `${(total / 1024).toFixed(1).padStart(7)} KB  total (budget ${FONT_BUDGET_BYTES / 1024} KB)`].join('\n');
  console.log(`Font bytes for the first page:\n${table}`);
  await testInfo.attach('font-sizes.txt', { body: table, contentType: 'text/plain' });
  expect(sizes.map((s) => s.file).sort()).toEqual([expect.stringMatching(/^noto-sans-400-.*\.woff2$/), expect.stringMatching(/^noto-sans-600-.*\.woff2$/)]);
  expect(total, table).toBeLessThanOrEqual(FONT_BUDGET_BYTES);
});
