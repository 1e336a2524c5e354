import { expect, test, type Locator, type Page } from '@playwright/test';
import { SERIES_TOTAL } from './data-counts';

/** The card (an article) titled `title`. */
export function card(page: Page, title: string | RegExp) {
  // A chart's card, not the headline tile that repeats its title.
  return page.getByRole('article').and(page.locator('.card')).filter({ has: page.getByRole('heading', { name: title, level: 3 }) });
}

/** The chart image inside a card, found by its accessible name. */
export function chart(page: Page, name: string | RegExp) {
  return page.getByRole('img', { name });
}

/** The timeline once it answers input: drawn by the build, it is busy until the page hydrates it. */
export const timeline = (page: Page, name = 'Timeline') => page.getByRole('region', { name }).and(page.locator(':not([aria-busy="true"])'));

/**
 * Waits until every card has drawn its chart (none still loading). `timeout` for pages that fetch
 * a hundred files or more, each answered by the test's own route handler.
 */
export async function waitForCharts(page: Page, { timeout }: { timeout?: number } = {}) {
  await expect(page.getByRole('heading', { level: 2, name: /charts shown/ })).toBeVisible({ timeout });
  await expect(page.getByText('Loading…')).toHaveCount(0, { timeout });
}

/** A sector's toggle in the filter bar (not the chip that removes it). */
export const sectorToggle = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Sectors' }).getByRole('button', { name, exact: true });

/** Collects console errors and uncaught exceptions (a Content-Security-Policy violation is one). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Serves the pages without the link to the data the build wrote for them, so that the page fetches every
 * data file itself, as it does on Retry or when a file changed after the build: the path the
 * fault-injection tests exercise.
 */
export async function fetchDataAtRunTime(page: Page) {
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<link\b[^>]*\bid="dashboard-data"[^>]*>/, '');
      await route.fulfill({ response, body });
    },
  );
}

/** Waits until every card of the Vietnamese page has drawn its chart. */
export async function waitForChartsVi(page: Page) {
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Hiển thị \\d+/${SERIES_TOTAL} biểu đồ$`) })).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
}

/** Opens `from`'s menu named `menu`, picks `item` and saves the file it downloads; resolves with its path. */
export async function downloadFromMenu(page: Page, from: Locator, menu: string | RegExp, item: string): Promise<string> {
  await from.getByRole('button', { name: menu }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await downloading;
  const path = test.info().outputPath(`${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}
