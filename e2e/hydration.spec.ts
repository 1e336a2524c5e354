import { expect, test, type Page } from '@playwright/test';
import { card, chart, collectErrors, waitForCharts } from './helpers';

const NVIDIA = 'Nvidia’s market share in China';
/** The app's own entry, which the page imports once it has painted. */
const APP_CODE = /\/assets\/start-[^/]*\.js$/;

/** Holds back the script `pattern` matches until `letThrough` is called. */
async function holdBack(page: Page, pattern: RegExp) {
  let letThrough = () => {};
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  let requested = false;
  await page.route(pattern, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { letThrough, requested: () => requested };
}

test('a click on the timeline before its code has arrived is not lost: the event is selected once it has', async ({ page }) => {
  const errors = collectErrors(page);
  // The timeline's code is held back until the reader has clicked.
  const timelineCode = await holdBack(page, /\/assets\/timeline-section-[^/]*\.js$/);
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);

  const region = page.getByRole('region', { name: 'Timeline' });
  await expect(region).toHaveAttribute('aria-busy', 'true');
  await region.getByRole('button', { name: /DeepSeek releases R1/ }).click();
  // Nothing yet: the code that selects an event is not there.
  await expect(page).not.toHaveURL(/event=/);
  expect(timelineCode.requested()).toBe(true);

  timelineCode.letThrough();
  await expect(page).toHaveURL(/\?event=deepseek-r1$/);
  await expect(chart(page, NVIDIA).getByText('Jan 2025', { exact: true })).toBeVisible();
  await expect(region).not.toHaveAttribute('aria-busy', 'true');
  expect(errors).toEqual([]);
});

test('a click on a card before any of the app has arrived is held, and handled once the page has hydrated', async ({ page }) => {
  const errors = collectErrors(page);
  const app = await holdBack(page, APP_CODE);
  await page.goto('/');
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: /^Show (data )?table$/ }).click();
  expect(await page.evaluate(() => performance.getEntriesByName('dashboard-interactive').length)).toBe(0);

  app.letThrough();
  await expect(nvidia.getByRole('button', { name: /^Hide (data )?table$/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(nvidia.getByRole('table')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a click on a card before its content\'s code has arrived is not lost: it is handled once, when the code has', async ({ page }) => {
  const errors = collectErrors(page);
  // The code of a card's content (its chart, legend and actions) loads when its gate opens; held back here.
  const cardCode = await holdBack(page, /\/assets\/card-content-[^/]*\.js$/);
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: /^Show (data )?table$/ }).click();
  await expect.poll(cardCode.requested).toBe(true);
  await expect(nvidia.getByRole('button', { name: /^Show (data )?table$/ })).toHaveAttribute('aria-expanded', 'false');

  cardCode.letThrough();
  await expect(nvidia.getByRole('button', { name: /^Hide (data )?table$/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(nvidia.getByRole('table')).toBeVisible();
  expect(errors).toEqual([]);
});

test('Enter on a card\'s Export button before its content\'s code has arrived opens the menu once the code has', async ({ page }) => {
  const errors = collectErrors(page);
  const cardCode = await holdBack(page, /\/assets\/card-content-[^/]*\.js$/);
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  const exportButton = card(page, NVIDIA).getByRole('button', { name: `Export “${NVIDIA}”` });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect.poll(cardCode.requested).toBe(true);
  await expect(exportButton).toHaveAttribute('aria-expanded', 'false');

  cardCode.letThrough();
  const menu = page.getByRole('menu', { name: `Export “${NVIDIA}”` });
  await expect(menu.getByRole('menuitem', { name: 'PNG, slide (1920×1080)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  expect(errors).toEqual([]);
});

test('Tab moves on from a card whose content\'s code has not arrived: the reader is never held at it', async ({ page }) => {
  await holdBack(page, /\/assets\/card-content-[^/]*\.js$/);
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  const nvidia = card(page, NVIDIA);
  const exportButton = nvidia.getByRole('button', { name: `Export “${NVIDIA}”` });
  await exportButton.focus();
  await page.keyboard.press('Tab');
  await expect(exportButton).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(exportButton).toBeFocused();
});

test('what the reader types into the search box before the app has arrived is kept, and searched once it has', async ({ page }) => {
  const app = await holdBack(page, APP_CODE);
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('7 nm');
  expect(await page.evaluate(() => performance.getEntriesByName('dashboard-interactive').length)).toBe(0);

  app.letThrough();
  await expect(page.getByRole('listbox', { name: 'Search' }).getByRole('group', { name: /^Charts/ }).getByRole('option').filter({ hasText: /process/i }).first()).toBeVisible();
  await expect(box).toHaveValue('7 nm');
});

test('a year chosen before the app has arrived is applied once it has', async ({ page }) => {
  const app = await holdBack(page, APP_CODE);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'From' }).selectOption('2023');
  expect(await page.evaluate(() => performance.getEntriesByName('dashboard-interactive').length)).toBe(0);

  app.letThrough();
  await expect(page).toHaveURL(/[?&]from=2023(&|$)/);
  await expect(page.getByRole('button', { name: /Remove filter: .*2023/ })).toBeVisible();
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the cards far below hydrate later, and a click that reaches one first is handled', async ({ page }) => {
    const errors = collectErrors(page);
    // At the moment the page answers input, press "Show table" on the last card, before it has hydrated.
    await page.addInitScript(() => {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntriesByName('dashboard-interactive').length) return;
        observer.disconnect();
        const cards = document.querySelectorAll('article[data-gate]');
        const last = cards[cards.length - 1];
        const button = [...(last?.querySelectorAll('button') ?? [])].find((b) => /^Show (data )?table$/.test(b.getAttribute('aria-label') ?? b.textContent));
        const hydrated = (el: Element) => Object.keys(el).some((key) => key.startsWith('__reactFiber'));
        Object.assign(window, { lastCardBeforeClick: { title: last?.querySelector('h3')?.textContent, hydrated: button ? hydrated(button) : null } });
        button?.click();
      }).observe({ type: 'mark', buffered: true });
    });
    await page.goto('/');
    await waitForCharts(page);
    const before = await page.waitForFunction(() => (window as unknown as { lastCardBeforeClick?: { title: string; hydrated: boolean } }).lastCardBeforeClick);
    const { title, hydrated } = (await before.jsonValue()) as { title: string; hydrated: boolean };
    expect(hydrated).toBe(false);

    const last = card(page, title);
    await expect(last.getByRole('button', { name: /^Hide (data )?table$/ })).toHaveAttribute('aria-expanded', 'true');
    await expect(last.getByRole('table')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
