import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { card, collectErrors, fetchDataAtRunTime, waitForCharts } from './helpers';
import { EVENTS_TOTAL, SERIES_TOTAL } from './data-counts';

interface Entry {
  id: string;
  file: string;
  title: { en: string; vi: string };
}
const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as { series: Entry[] };
const recordCount = index.series.reduce((n, s) => n + (JSON.parse(readFileSync(`data/${s.file}`, 'utf8')) as { records: unknown[] }).records.length, 0);
const NVIDIA = 'Nvidia’s market share in China';
const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;');
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

test('the sitemap lists a page for every series in both languages, each a page with its chart, figures and link preview', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const entry of index.series) {
    expect(locs).toContain(`/charts/${entry.id}/`);
    expect(locs).toContain(`/vi/charts/${entry.id}/`);
  }
  expect(locs).toHaveLength(2 * SERIES_TOTAL + 2);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);

  for (const entry of index.series) {
    const html = await (await request.get(`/charts/${entry.id}/`)).text();
    expect(html, entry.id).toContain('<svg role="img"');
    expect(html).toContain(htmlText(entry.title.en));
    expect(meta(html, 'og:title')).toContain(htmlText(entry.title.en));
    expect(meta(html, 'og:description')?.length).toBeGreaterThan(10);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+\/charts\//);
    expect(html).toContain('hreflang="vi"');
    const image = meta(html, 'og:image')!;
    const png = PNG.sync.read(Buffer.from(await (await request.get(new URL(image).pathname)).body()));
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Not blank: a fair share of the pixels differ from the background of the top-left corner.
    const differing = Array.from({ length: png.width * png.height }, (_, i) => i * 4).filter((o) => Math.abs(png.data[o]! - png.data[0]!) > 40).length;
    expect(differing, `${entry.id}: social card has ink`).toBeGreaterThan(2000);
  }
});

test('the Nvidia page, without script, holds its figures, their sentences and the events of its sectors', async ({ request }) => {
  const html = await (await request.get('/charts/nvidia-china-share/')).text();
  for (const text of ['80%', '50%', 'Citigroup analysts estimate', 'Events in these sectors', 'Huawei Mate 60 Pro']) expect(html).toContain(text);
  expect(meta(html, 'og:description')).toMatch(/^80% in 2024 → 50% \(estimate\) in 2025/);
});

test('a card’s title opens its chart’s page, which hydrates without error and leads back to its sectors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
  await card(page, NVIDIA).getByRole('link', { name: NVIDIA }).click();
  await expect(page).toHaveURL(/\/charts\/nvidia-china-share\/$/);
  await expect(page.getByRole('heading', { level: 1, name: NVIDIA })).toBeVisible();
  await expect(page.getByRole('table', { name: NVIDIA })).toBeVisible();
  // As interactive as a card: its table toggle and export menu answer.
  // A click before hydration lands on a button that does nothing yet: wait for the page to answer.
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  await page.getByRole('button', { name: 'Show data table' }).click();
  await expect(page.getByRole('button', { name: 'Hide data table' })).toBeVisible();
  await page.getByRole('button', { name: `Export “${NVIDIA}”` }).click();
  await expect(page.getByRole('menuitem', { name: 'SVG' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: /All charts on the dashboard/ }).click();
  await expect(page).toHaveURL(/\?sectors=semiconductors$/);
  await expect(page.getByRole('heading', { level: 2, name: /charts shown/ })).toBeVisible();
  expect(errors).toEqual([]);
});

/** A page served from another origin (a port of its own), as a news site's article would be. */
async function serveOnce(html: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/article.html`, close: () => server.close() };
}

async function openShare(page: Page, title: string, share = 'Share') {
  await page.getByRole('button', { name: `${share} “${title}”` }).click();
  const dialog = page.getByRole('dialog', { name: `${share} “${title}”` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('Cite gives the Nvidia chart’s citation, plain and BibTeX, and Copy puts it on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/charts/nvidia-china-share/');
  const dialog = await openShare(page, NVIDIA);
  const plain = await dialog.getByLabel('Citation').inputValue();
  expect(plain).toContain(`“${NVIDIA}” [chart]. China's race for tech self-reliance. ${new URL('/charts/nvidia-china-share/', page.url()).href}. Accessed `);
  expect(plain).toMatch(/Data from: Reuters Breakingviews, .*24 January 2025/);
  const bibtex = await dialog.getByLabel('BibTeX').inputValue();
  // Read as written: the parser's own default is to sentence-case titles, as Zotero imports them.
  const library = parseBibtex(bibtex, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries.map((e) => e.fields.title)).toContain(NVIDIA);
  expect(library.entries.some((e) => e.fields.journaltitle === 'Reuters Breakingviews')).toBe(true);
  await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dialog.getByLabel('Embed').inputValue());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the Vietnamese chart page cites in Vietnamese', async ({ page }) => {
  await page.goto('/vi/charts/nvidia-china-share/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(index.series.find((s) => s.id === 'nvidia-china-share')!.title.vi);
  const dialog = await openShare(page, index.series.find((s) => s.id === 'nvidia-china-share')!.title.vi, 'Chia sẻ');
  const citation = await dialog.getByLabel('Trích dẫn', { exact: true }).inputValue();
  expect(citation).toMatch(/Truy cập ngày \d{1,2}\/\d{1,2}\/\d{4}\./);
  expect(citation).toContain('Reuters Breakingviews, ');
  // Dates as a Vietnamese reader writes them, on the page and in the citation (URLs aside).
  const text = (await page.locator('body').innerText()) + citation.replace(/https?:\S+/g, '');
  expect(text).not.toMatch(/\d{4}-\d{2}(-\d{2})?/);
});

test('the embed snippet, pasted into a page on another site, shows the chart; the same page cannot frame the dashboard', async ({ page, baseURL }) => {
  await page.goto('/');
  await waitForCharts(page);
  const dialog = await openShare(page, NVIDIA);
  const snippet = await dialog.getByLabel('Embed').inputValue();
  expect(snippet).toMatch(/^<iframe src="http[^"]+\/embed\/nvidia-china-share\/"/);
  // Another origin on this machine (another port): the browser treats it as another site.
  const article = await serveOnce(`<!doctype html><title>An article</title><h1>An article</h1>${snippet}
    <p id="height">no height yet</p>
    <iframe id="dashboard" title="The whole dashboard" src="${baseURL}/"></iframe>
    <script>addEventListener('message', (e) => { if (e.data && e.data.type === 'china-tech-race:embed-size') document.getElementById('height').textContent = 'height ' + e.data.height; });</script>`);
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.goto(article.url);
  const embed = page.frameLocator('iframe[src*="/embed/nvidia-china-share/"]');
  await expect(embed.getByRole('img', { name: new RegExp(NVIDIA) })).toBeVisible();
  await expect(embed.getByText(/^Source: Reuters Breakingviews/)).toBeVisible();
  await expect(embed.getByRole('link', { name: 'Full chart, data and sources' })).toHaveAttribute('target', '_blank');
  await expect(page.locator('#height')).toHaveText(/^height \d+$/);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  await expect(page.frameLocator('#dashboard').getByRole('heading', { name: /charts shown/ })).toHaveCount(0);
  article.close();
});

test('“Download all data” gives every figure with its quote, and every event, as CSV', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const section = page.getByRole('region', { name: 'Download all data' });
  await expect(section).toContainText(`Every figure (${recordCount})`);
  const downloading = page.waitForEvent('download');
  await section.getByRole('link', { name: 'All figures (CSV)' }).click();
  const download = await downloading;
  const rows = Papa.parse<Record<string, string>>((await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const figures = new Set(rows.map((r) => `${r.series}|${r.year}|${r.label}`));
  expect(figures.size).toBe(recordCount);
  expect(new Set(rows.map((r) => r.series)).size).toBe(SERIES_TOTAL);
  for (const row of rows) {
    expect(row.quote, `${row.series} ${row.year}`).not.toBe('');
    expect(row.title).not.toBe('');
  }
  const eventsDownload = page.waitForEvent('download');
  await section.getByRole('link', { name: 'All events (CSV)' }).click();
  const events = Papa.parse<Record<string, string>>((await readFile(await (await eventsDownload).path())).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(new Set(events.map((e) => e.event)).size).toBe(EVENTS_TOTAL);
});

test('the “Download all data” links are targets of at least 24 × 24 px', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Download all data' });
  for (const name of ['All figures (CSV)', 'All events (CSV)']) {
    const box = await section.getByRole('link', { name }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.height, name).toBeGreaterThanOrEqual(24);
    expect(box!.width, name).toBeGreaterThanOrEqual(24);
  }
});

test('printed, the dashboard shows its charts and sources without its controls', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await page.emulateMedia({ media: 'print' });
  await expect(card(page, NVIDIA).getByRole('button', { name: `Export “${NVIDIA}”` })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('img', { name: new RegExp(NVIDIA) })).toBeVisible();
  const after = await page.getByRole('link', { name: 'Open the article' }).first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https?:/);
});

test('“Cite this figure” in a figure’s source panel gives the figure, its sentence and its article', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: '2025: 50% (estimate) — show source' }).click();
  const panel = nvidia.getByRole('region', { name: 'Where this figure comes from' });
  await panel.getByText('Cite this figure').click();
  const plain = await panel.getByLabel('Citation').inputValue();
  expect(plain).toMatch(/^2025: 50% \(estimate\): “Citigroup analysts estimate that .*”\. China's race for tech self-reliance\. http[^ ]+\/charts\/nvidia-china-share\/\. Accessed /);
  expect(plain).toMatch(/\nData from: Reuters Breakingviews, .*24 January 2025/);
  expect(parseBibtex(await panel.getByLabel('BibTeX').inputValue()).errors).toEqual([]);
});

test('axe finds no serious or critical violation on a chart page, its Share dialog or its embed', async ({ page }) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await page.goto('/charts/nvidia-china-share/');
  await expect(page.getByRole('heading', { level: 1, name: NVIDIA })).toBeVisible();
  expect(await serious()).toEqual([]);
  await openShare(page, NVIDIA);
  expect(await serious()).toEqual([]);
  await page.goto('/vi/embed/nvidia-china-share/');
  await expect(page.getByRole('img')).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('a chart’s page whose chart the data no longer lists says so, and leads to the dashboard', async ({ page }) => {
  const errors = collectErrors(page);
  await fetchDataAtRunTime(page);
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { series: { id: string }[] };
    await route.fulfill({ response, json: { ...index, series: index.series.filter((s) => s.id !== 'nvidia-china-share') } });
  });
  await page.goto('/charts/nvidia-china-share/');
  await expect(page.getByRole('alert')).toContainText("The dashboard's list of charts (index.json) has no chart 'nvidia-china-share'");
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await page.getByRole('link', { name: 'All charts on the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /charts shown/ })).toBeVisible();
  expect(errors).toEqual([]);
});
