/**
 * A page loaded before a redeploy asks for code the deploy removed: each chunk loaded on demand
 * is answered 404, as the server answers a hashed file that is gone. The part the reader used
 * says so in place, with a Reload button; its card stays and the rest of the page keeps working.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SERIES_TOTAL } from './data-counts';
import { card, waitForCharts } from './helpers';

const NVIDIA = 'Nvidia’s market share in China';
const SHIPBUILDING = 'China’s share of global shipbuilding';
const UPDATED = 'This part of the page has been updated: reload to get it';

/** Answers the chunks whose file names start with `name-` with a 404, as the server does once they are gone. */
async function removeChunk(page: Page, name: string) {
  await page.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }));
}

/** Uncaught errors: a missing chunk must not leave one. */
function uncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function expectReloadOffered(where: Locator) {
  await expect(where.getByRole('alert').filter({ hasText: UPDATED })).toBeVisible();
  await expect(where.getByRole('button', { name: 'Reload' })).toBeVisible();
}

async function otherCardWorks(page: Page) {
  const other = card(page, SHIPBUILDING);
  await other.getByRole('button', { name: 'Show data table' }).click();
  await expect(other.getByRole('table')).toBeVisible();
}

test('Export, with the export code gone, offers a reload in the card, which stays; Reload loads the page again', async ({ page }) => {
  const errors = uncaught(page);
  await removeChunk(page, 'export');
  await page.goto('/');
  await waitForCharts(page);
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: `Export “${NVIDIA}”` }).click();
  await page.getByRole('menuitem', { name: 'PNG, slide (1920×1080)' }).click();
  await expectReloadOffered(nvidia);
  await expect(nvidia.getByText(/Export failed/)).toHaveCount(0);
  const violations = (await new AxeBuilder({ page }).include('article').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await expect(nvidia.getByRole('img', { name: new RegExp(NVIDIA) })).toBeVisible();
  await otherCardWorks(page);
  expect(errors).toEqual([]);

  await page.unroute(/\/assets\/export-[^/]*\.js$/);
  const reloaded = page.waitForEvent('load');
  await nvidia.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await waitForCharts(page);
  await expect(page.getByText(UPDATED)).toHaveCount(0);
});

test('Export slides, with the deck code gone, offers a reload beside the button', async ({ page }) => {
  const errors = uncaught(page);
  await removeChunk(page, 'export');
  await page.goto('/');
  await waitForCharts(page);
  const deck = page.getByRole('button', { name: 'Export slides (.pptx)' });
  await deck.click();
  await expectReloadOffered(page.locator('.deck-export'));
  await expect(deck).toBeEnabled();
  await otherCardWorks(page);
  expect(errors).toEqual([]);
});

test('Share, with the dialog’s code gone, offers a reload in the dialog; the card stays', async ({ page }) => {
  const errors = uncaught(page);
  await removeChunk(page, 'share-fields');
  await page.goto('/');
  await waitForCharts(page);
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: `Share “${NVIDIA}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Share “${NVIDIA}”` });
  await expectReloadOffered(dialog);
  const violations = (await new AxeBuilder({ page }).include('dialog').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(nvidia.getByRole('heading', { name: NVIDIA, level: 3 })).toBeVisible();
  await expect(nvidia.getByRole('img', { name: new RegExp(NVIDIA) })).toBeVisible();
  await expect(page.getByText('This part of the dashboard could not be drawn')).toHaveCount(0);
  await otherCardWorks(page);
  expect(errors).toEqual([]);
});

test('a figure’s source panel and the data table, their code gone, offer a reload where they open', async ({ page }) => {
  const errors = uncaught(page);
  await removeChunk(page, 'figure-provenance');
  await removeChunk(page, 'data-table');
  await page.goto('/');
  await waitForCharts(page);
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: '2025: 50% (estimate) — show source' }).click();
  await expectReloadOffered(nvidia.getByRole('region', { name: 'Where this figure comes from' }));
  const toggle = nvidia.getByRole('button', { name: 'Show data table' });
  const tableArea = nvidia.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  await toggle.click();
  await expectReloadOffered(tableArea);
  await expect(nvidia.getByRole('img', { name: new RegExp(NVIDIA) })).toBeVisible();
  // The Share dialog of another card still opens with its fields.
  await card(page, SHIPBUILDING).getByRole('button', { name: `Share “${SHIPBUILDING}”` }).click();
  await expect(page.getByRole('dialog').getByLabel('Embed')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the timeline, its code gone, offers a reload in its place; the cards keep working', async ({ page }) => {
  const errors = uncaught(page);
  await removeChunk(page, 'timeline-section');
  await page.goto('/');
  await waitForCharts(page);
  await expectReloadOffered(page.getByRole('article', { name: 'Timeline' }));
  await otherCardWorks(page);
  expect(errors).toEqual([]);
});

test('the other language, its words gone from the server, offers a reload; the page stays in its language', async ({ page }) => {
  const errors = uncaught(page);
  await removeChunk(page, 'messages-vi');
  await page.goto('/');
  await waitForCharts(page);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  await page.getByLabel('Language').selectOption({ label: 'Tiếng Việt' });
  await expectReloadOffered(page.locator('.header-controls'));
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await otherCardWorks(page);
  expect(errors).toEqual([]);
});

test('a file under /assets/ that does not exist is a 404 no cache keeps; one that exists is kept for good', async ({ page, request }) => {
  await page.goto('/');
  const script = await page.locator('script[type="module"][src*="assets/"]').first().getAttribute('src');
  const existing = await request.get(new URL(script ?? '', page.url()).pathname);
  expect(existing.status()).toBe(200);
  expect(existing.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const gone = await request.get('/assets/export-gone0000.js');
  expect(gone.status()).toBe(404);
  expect(gone.headers()['cache-control']).toBe('no-store');
  expect(gone.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('the page’s data file, gone since the page was built, leaves the page drawn from the data files, whole and working', async ({ page }) => {
  const errors = uncaught(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route(/\/page-data\/[^/]*\.json$/, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }));
  const dataFiles: string[] = [];
  page.on('request', (request) => {
    if (/\/data\/[^/]+\.json$/.test(new URL(request.url()).pathname)) dataFiles.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await waitForCharts(page);
  await expect(page.getByRole('heading', { level: 2, name: `${SERIES_TOTAL} of ${SERIES_TOTAL} charts shown` })).toBeVisible();
  expect(dataFiles).toContain('/data/index.json');
  expect(warnings.filter((w) => /^page-data\/\w+\.json: the page's data could not be read \(the server answered 404\)/.test(w))).toHaveLength(1);
  await expect(card(page, NVIDIA).getByRole('img', { name: new RegExp(NVIDIA) })).toBeVisible();
  await otherCardWorks(page);
  expect(errors).toEqual([]);
});
