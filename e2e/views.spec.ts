import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { card, chart, sectorToggle, timeline, waitForCharts } from './helpers';
import { chartsShownHeading, SERIES_TOTAL, seriesShown } from './data-counts';

const NVIDIA = "Nvidia’s market share in China";
const SELF_SUFFICIENCY = 'Chip self-sufficiency: actual vs target';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('hovering a figure shows its value, flags, quote and source', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: '2025: 50% (estimate) — show source' }).hover();
  const panel = nvidia.getByRole('region', { name: 'Where this figure comes from' });
  await expect(panel).toContainText('50% (estimate)');
  await expect(panel).toContainText('Flags: estimate');
  await expect(panel).toContainText('Citigroup analysts estimate');
  const link = panel.getByRole('link', { name: 'Reuters Breakingviews' });
  await expect(link).toHaveAttribute('href', /^https:\/\/www\.reuters\.com\//);
  await expect(panel).toContainText('2025-01-24');
});

test('a figure’s source is reachable by keyboard, and Escape closes it', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const selfSufficiency = card(page, SELF_SUFFICIENCY);
  const target = selfSufficiency.getByRole('button', { name: /70% \(target\) — show source/ });
  await target.focus();
  await expect(target).toHaveAttribute('aria-expanded', 'true');
  const panel = selfSufficiency.getByRole('region', { name: 'Where this figure comes from' });
  await expect(panel).toContainText('Flags: target');
  await expect(panel).toContainText('mục tiêu 70% đề ra cho năm 2025');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // The legend explains how the target is drawn.
  await expect(selfSufficiency.getByRole('list', { name: 'How figures are marked' })).toContainText('target: a goal');
});

test('every card names its source, and the flags are drawn and explained', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const cards = page.locator('article[data-series]');
  await expect(cards).toHaveCount(SERIES_TOTAL);
  for (const c of await cards.all()) await expect(c.getByText(/^Source: .+\d{4}-\d{2}/)).toBeVisible();
  await expect(card(page, NVIDIA).getByRole('list', { name: 'How figures are marked' })).toContainText('estimate: a forecast');
  await expect(chart(page, /China’s soybean imports/).getByText('~86.8 Mt derived')).toBeVisible();
});

test('the data table behind a chart lists values, units, flags and sources', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const nvidia = card(page, NVIDIA);
  const toggle = nvidia.getByRole('button', { name: 'Show data table' });
  await toggle.click();
  await expect(nvidia.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
  const table = nvidia.getByRole('table', { name: NVIDIA });
  await expect(table.getByRole('columnheader')).toHaveText(['Year or item', 'Value', 'Unit', 'Flags', 'Source', 'Quote']);
  const row2025 = table.getByRole('row', { name: /^2025/ });
  await expect(row2025.getByRole('cell')).toHaveText([
    '50% (estimate)',
    'percent (share)',
    'estimate',
    'Reuters Breakingviews, 2025-01-24',
    /Citigroup analysts estimate/,
  ]);
});

test('selecting the R1 event marks January 2025 on the Nvidia chart, and a reload keeps it', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await timeline(page).getByRole('button', { name: /DeepSeek releases R1/ }).click();
  await expect(page).toHaveURL(/\?event=deepseek-r1$/);
  const nvidia = chart(page, NVIDIA);
  await expect(nvidia.getByText('Jan 2025', { exact: true })).toBeVisible();
  // Only charts drawn against time get the rule.
  await expect(chart(page, SELF_SUFFICIENCY).getByText('Jan 2025', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remove filter: Event: DeepSeek releases R1/ })).toBeVisible();

  await page.reload();
  await expect(chart(page, NVIDIA).getByText('Jan 2025', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: /Remove filter: Event:/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(chart(page, NVIDIA).getByText('Jan 2025', { exact: true })).toHaveCount(0);
});

test('arrow keys step through the timeline in time order, selecting each; Enter toggles, Escape clears', async ({ page }) => {
  await page.goto('/?from=2025');
  const events = timeline(page);
  // One tab stop for the whole timeline: the earliest event reaching into 2025 (the AI Diffusion
  // Framework, drawn at its public-record month, January 2025). Events starting in the same month follow by id.
  // (In the drawing shown: the timeline is drawn once per band, the others not displayed.)
  const tabStops = events.locator('[role="button"][tabindex="0"]').filter({ visible: true });
  await expect(tabStops).toHaveCount(1);
  await tabStops.focus();
  const framework = events.getByRole('button', { name: /Framework for Artificial Intelligence Diffusion”: three tiers/ });
  await expect(framework).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?from=2025&event=ai-diffusion-framework$/);
  await expect(framework).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(events.getByRole('button', { name: /Sam Altman floats/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const vehicles = events.getByRole('button', { name: /Chinese software in connected vehicles/ });
  await expect(vehicles).toBeFocused();
  await expect(page).toHaveURL(/\?from=2025&event=connected-vehicle-software-ban$/);
  await expect(vehicles).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?from=2025$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?from=2025&event=connected-vehicle-software-ban$/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?from=2025$/);
  await expect(vehicles).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Home');
  await expect(framework).toBeFocused();
  await expect(page).toHaveURL(/\?from=2025&event=ai-diffusion-framework$/);
  await page.keyboard.press('ArrowLeft');
  await expect(framework).toBeFocused();
  await expect(page).toHaveURL(/\?from=2025&event=ai-diffusion-framework$/);
});

test('dragging across the timeline sets the year range', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const svg = timeline(page).getByRole('group', { name: 'Events by kind, on a time axis' });
  await svg.scrollIntoViewIfNeeded();
  // Brushing is loaded when the pointer first comes over the timeline: wait until it is attached.
  // The pointer goes to the axis strip at the bottom, clear of the sticky filter bar above.
  const height = (await svg.boundingBox())!.height;
  await svg.hover({ position: { x: 5, y: height - 12 } });
  await expect(svg.locator('.brush .overlay')).toHaveCount(1);
  const box = (await svg.boundingBox())!;
  const tick = async (year: string) => (await svg.locator('.tick', { hasText: year }).locator('line').boundingBox())!.x;
  const x2019 = await tick('2019');
  const x2022 = await tick('2022');
  const y = box.y + box.height - 12; // the axis strip, below every mark
  await page.mouse.move(x2019 + 5, y);
  await page.mouse.down();
  await page.mouse.move(x2022 - 5, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\?from=2019&to=2021$/);
  await expect(page.getByLabel('From year')).toHaveValue('2019');
  await expect(page.getByLabel('To year')).toHaveValue('2021');
  await expect(timeline(page).getByRole('button', { name: /Made in China 2025/ })).toHaveCount(0);
  await expect(timeline(page).getByRole('button', { name: /Huawei processor matches/ })).toBeVisible();

  // A second drag, without leaving the timeline, narrows again.
  await expect(svg.locator('.brush .overlay')).toHaveCount(1);
  const x2020 = await tick('2020');
  const x2021 = await tick('2021');
  const y2 = (await svg.boundingBox())!;
  await page.mouse.move(x2020 + 3, y2.y + y2.height - 12);
  await page.mouse.down();
  await page.mouse.move(x2021 - 3, y2.y + y2.height - 12, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\?from=2020&to=2020$/);
});

test('active filters show as chips that remove themselves, and an empty result offers to clear', async ({ page }) => {
  await page.goto('/?sectors=agriculture,robotics&from=2023');
  await waitForCharts(page);
  await expect(page.getByRole('heading', { name: chartsShownHeading(seriesShown({ sectors: ['agriculture', 'robotics'], from: 2023 })) })).toBeVisible();
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveText(['Agriculture ×', 'Robotics ×', 'From 2023 ×']);
  await page.getByRole('button', { name: 'Remove filter: Robotics' }).click();
  await expect(page).toHaveURL(/\?sectors=agriculture&from=2023$/);
  await expect(sectorToggle(page, 'Robotics')).toHaveAttribute('aria-pressed', 'false');

  await page.goto('/?sectors=chemicals&from=2025');
  await expect(page.getByText('No chart matches these filters.')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('heading', { name: chartsShownHeading(SERIES_TOTAL) })).toBeVisible();
});

test('the sources view lists the five articles and what each contributes', async ({ page }) => {
  await page.goto('/');
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('heading', { level: 3 })).toHaveCount(5);
  const reuters = sources.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Reuters Breakingviews/ }) });
  // Its name and what it contributes at a glance; its article, link and charts on open.
  const contributes = reuters.getByText(/^\d+ charts, \d+ events$/);
  await expect(contributes).toBeVisible();
  await expect(reuters.getByRole('link', { name: 'Open the article' })).toBeHidden();
  await contributes.click();
  await expect(reuters.getByRole('link', { name: 'Open the article' })).toHaveAttribute('href', /reuters\.com/);
  await expect(reuters.getByText('How China can keep pace in the global AI race')).toBeVisible();
  await expect(reuters.getByText(NVIDIA)).toBeVisible();
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`axe finds no serious or critical violation in the ${theme.toLowerCase()} theme, with panels open`, async ({ page }) => {
    await page.goto('/?event=ai-diffusion-framework');
    await waitForCharts(page);
    await page.getByLabel('Theme').selectOption({ label: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await card(page, NVIDIA).getByRole('button', { name: 'Show data table' }).click();
    await card(page, NVIDIA).getByRole('button', { name: /2024: 80% — show source/ }).click();
    await card(page, SELF_SUFFICIENCY).getByRole('button', { name: /^Export/ }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('cards stack, charts fit the screen, and axe is clean', async ({ page }) => {
    await page.goto('/?event=deepseek-r1');
    await waitForCharts(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    for (const name of [NVIDIA, SELF_SUFFICIENCY, /Chip companies’ market value/, /R&D intensity/]) {
      const box = (await chart(page, name).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    // Value labels stay inside their chart.
    const nvidia = chart(page, NVIDIA);
    const chartBox = (await nvidia.boundingBox())!;
    for (const label of ['80%', '50% est.']) {
      const b = (await nvidia.getByText(label, { exact: true }).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(chartBox.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(chartBox.x + chartBox.width + 1);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the chipmakers’ bars are as long as their values: TSMC’s is 15 times SMIC’s', async ({ page }) => {
  const values = (JSON.parse(readFileSync('data/series/chip-company-values.json', 'utf8')) as { records: { label: { en: string }; value: number }[] }).records;
  await page.goto('/');
  await waitForCharts(page);
  const image = chart(page, /Chip companies’ market value/);
  await expect(image).toBeVisible();
  // Each bar's drawn width, found by the bar that sits on its company's row.
  const widths = await image.evaluate((svg, labels) => {
    const rects = [...svg.querySelectorAll('rect.mark')];
    const texts = [...svg.querySelectorAll('text')];
    return Object.fromEntries(
      labels.map((label) => {
        const y = texts.find((t) => t.textContent === label)?.getBoundingClientRect().y ?? NaN;
        const bar = rects.find((r) => Math.abs(r.getBoundingClientRect().y - y) < 20);
        return [label, bar?.getBoundingClientRect().width ?? NaN];
      }),
    );
  }, values.map((v) => v.label.en));
  const [largest, ...rest] = [...values].sort((a, b) => b.value - a.value);
  for (const v of rest) expect(widths[largest!.label.en]! / widths[v.label.en]!).toBeCloseTo(largest!.value / v.value, 0);
});
