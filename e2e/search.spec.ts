import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, sectorToggle, timeline, waitForCharts, waitForChartsVi } from './helpers';

/** The search box, by its label, and its results list. */
const box = (page: Page, name = 'Search') => page.getByRole('combobox', { name });
const results = (page: Page, name = 'Search') => page.getByRole('listbox', { name });
const group = (page: Page, name: string, list = 'Search') => results(page, list).getByRole('group', { name: new RegExp(`^${name}`) });

/** Whether the page has asked for the index or the search's code. */
function searchRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (/search-index\.json|search-panel/.test(r.url())) asked.push(new URL(r.url()).pathname);
  });
  return asked;
}

test('the index and the search code load on first focus, never on the first load', async ({ page }) => {
  const asked = searchRequests(page);
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  await waitForCharts(page);
  await expect(timeline(page)).toBeVisible();
  expect(asked).toEqual([]);
  await box(page).focus();
  await expect.poll(() => asked.some((p) => p.endsWith('/data/search-index.json'))).toBe(true);
});

test('typing "huawei" lists the Huawei charts and events, each with its words marked', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
  await box(page).fill('huawei');
  await expect(group(page, 'Events').getByRole('option', { name: /Huawei.*Mate 60 Pro/ })).toBeVisible();
  await expect(group(page, 'Charts').getByRole('option').first()).toBeVisible();
  await expect(group(page, 'Events').locator('mark', { hasText: /^Huawei$/ }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ results/ })).toBeAttached();
  expect(errors).toEqual([]);
});

test('"hauwei" still finds Huawei, and "hua" finds it as it is typed', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await box(page).fill('hauwei');
  await expect(group(page, 'Events').getByRole('option', { name: /Huawei/ }).first()).toBeVisible();
  await box(page).fill('hua');
  await expect(group(page, 'Events').getByRole('option', { name: /Huawei/ }).first()).toBeVisible();
});

test('"7 nm" finds the process-node chart, and choosing it scrolls to its card and focuses its title', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await box(page).fill('7 nm');
  const option = group(page, 'Charts').getByRole('option').filter({ hasText: /process/i }).first();
  await expect(option).toBeVisible();
  const title = (await option.locator('span').first().innerText()).trim();
  await option.click();
  const link = page.getByRole('heading', { level: 3, name: title }).getByRole('link');
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
  await expect(results(page)).toBeHidden();
});

test('↓ and Enter on an event result set event= in the link and draw the rule on the charts', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await expect(timeline(page)).toBeVisible();
  await box(page).fill('huawei mate');
  const options = results(page).getByRole('option');
  const mate = group(page, 'Events').getByRole('option', { name: /Mate 60 Pro/ });
  await expect(mate).toBeVisible();
  const ids = await options.evaluateAll((all) => all.map((o) => o.id));
  const at = ids.indexOf((await mate.getAttribute('id'))!);
  for (let i = 0; i <= at; i++) await box(page).press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', ids[at]!);
  await expect(mate).toHaveAttribute('aria-selected', 'true');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/[?&]event=huawei-mate-60-pro(&|$)/);
  await expect(page.getByRole('img').locator('.event-rule').first()).toBeVisible();
  // The mark in the drawing shown (the timeline is drawn once per band, one shown).
  await expect(timeline(page).getByRole('group', { name: 'Events by kind, on a time axis' }).getByRole('button', { name: /Huawei Mate 60 Pro ships/ })).toBeFocused();
});

test('choosing a figure opens its source', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await box(page).fill('7 nm');
  await group(page, 'Figures').getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Where this figure comes from' })).toBeVisible();
});

test('the query is in the link: ?q=smic reopens with results, and typing writes it', async ({ page }) => {
  await page.goto('/?q=smic');
  await expect(box(page)).toHaveValue('smic');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await box(page).fill('byd');
  await expect(page).toHaveURL(/[?&]q=byd(&|$)/);
  await box(page).fill('');
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('a link with Q= or a repeated q opens the search with the first, and says what it read otherwise', async ({ page }) => {
  await page.goto('/?Q=smic&q=byd');
  await expect(box(page)).toHaveValue('smic');
  await expect(page.getByText("Read 'Q' as 'q'.")).toBeVisible();
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await expect(page).toHaveURL(/\/\?q=smic$/);
});

test('/ focuses the box, but not while typing in another field; Escape clears it and keeps the focus', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await page.getByRole('combobox', { name: 'From year' }).focus();
  await page.keyboard.press('/');
  await expect(box(page)).not.toBeFocused();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');
  await page.keyboard.type('smic');
  await expect(results(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();
  await expect(results(page)).toBeHidden();
});

test('a search never changes the filters: it says when they hide matches, and offers to clear them', async ({ page }) => {
  await page.goto('/?sectors=shipbuilding');
  await waitForCharts(page);
  await box(page).fill('huawei mate');
  await expect(page.getByRole('paragraph').filter({ hasText: /more match(es are| is) hidden by the filters/ })).toBeVisible();
  await expect(group(page, 'Events').getByRole('option', { name: /Mate 60 Pro/ })).toHaveCount(0);
  await expect(page).toHaveURL(/sectors=shipbuilding/);
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).not.toHaveURL(/sectors=/);
  await expect(group(page, 'Events').getByRole('option', { name: /Mate 60 Pro/ })).toBeVisible();
  await expect(sectorToggle(page, 'Shipbuilding')).toHaveAttribute('aria-pressed', 'false');
});

test('no result says so', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await box(page).fill('zzqxv');
  await expect(page.getByText('Nothing found for “zzqxv”.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No results' })).toBeAttached();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
});

test('axe reports no serious or critical violation with the results open', async ({ page }) => {
  // axe reads every card of the dashboard: about 20 s on a shared 2-core machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForCharts(page);
  await box(page).fill('huawei');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await box(page).press('ArrowDown');
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('in Vietnamese', () => {
  test('"luong van phong" finds the event of his meeting with Xi, his name marked', async ({ page }) => {
    await page.goto('/vi/');
    await waitForChartsVi(page);
    await box(page, 'Tìm kiếm').fill('luong van phong');
    const option = group(page, 'Sự kiện', 'Tìm kiếm').getByRole('option', { name: /Lương Văn Phong.*Tập Cận Bình/ });
    await expect(option).toBeVisible();
    await expect(option.locator('mark', { hasText: 'Lương' }).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\d+ kết quả/ })).toBeAttached();
  });

  test('"7nm", "hauwei" and ?q= work on the Vietnamese page, and axe is content', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/vi/?q=smic');
    await expect(box(page, 'Tìm kiếm')).toHaveValue('smic');
    await expect(results(page, 'Tìm kiếm').getByRole('option').first()).toBeVisible();
    await box(page, 'Tìm kiếm').fill('7nm');
    await expect(group(page, 'Biểu đồ', 'Tìm kiếm').getByRole('option').first()).toBeVisible();
    await box(page, 'Tìm kiếm').fill('hauwei');
    await expect(group(page, 'Sự kiện', 'Tìm kiếm').getByRole('option', { name: /Huawei/ }).first()).toBeVisible();
    const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

test('a chart page has the same box: a chart opens its page, Enter elsewhere the dashboard with ?q=', async ({ page }) => {
  await page.goto('/charts/process-node/');
  await box(page).fill('huawei');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await group(page, 'Events').getByRole('option', { name: /Mate 60 Pro/ }).click();
  await expect(page).toHaveURL(/\/\?event=huawei-mate-60-pro$/);
  await page.goBack();
  await box(page).fill('byd');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/\?q=byd$/);
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await page.goto('/vi/charts/process-node/');
  await box(page, 'Tìm kiếm').fill('smic');
  await group(page, 'Số liệu', 'Tìm kiếm').getByRole('option').first().click();
  await expect(page).toHaveURL(/\/vi\/\?lang=vi&q=smic$/);
  await expect(box(page, 'Tìm kiếm')).toHaveValue('smic');
});

test('the 404 page has the box too: a plain form that opens the dashboard with the results', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('Lương Văn Phong');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).press('Enter');
  await expect(page).toHaveURL(/\/vi\/\?.*q=L%C6%B0%C6%A1ng/);
  await expect(box(page, 'Tìm kiếm')).toHaveValue('Lương Văn Phong');
  await expect(group(page, 'Sự kiện', 'Tìm kiếm').getByRole('option', { name: /Tập Cận Bình/ })).toBeVisible();
});
