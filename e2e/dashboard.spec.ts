import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { card, chart, fetchDataAtRunTime, sectorToggle, timeline, waitForCharts } from './helpers';
import { chartsShownHeading, EVENTS_TOTAL, eventsShownText, SERIES_TOTAL, seriesInSectors } from './data-counts';

const NVIDIA = "Nvidia’s market share in China";
const EV_INVESTMENT = /Investment in China’s electric-vehicle industry/;
const SHIPBUILDING = "China’s share of global shipbuilding";
const CHIP_IMPORTS = "China’s chip imports";
const SELF_SUFFICIENCY = /Chip self-sufficiency/;

test('loads with no console error and shows the headline figures on their charts', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("China's race for tech self-reliance");
  await waitForCharts(page);

  const expectations: [string | RegExp, string[]][] = [
    [NVIDIA, ['80%', '50% est.', '2024', '2025']],
    [EV_INVESTMENT, ['$15bn', '>$45bn', '2019', '2023']],
    [SHIPBUILDING, ['5%', '>50%', '1999']],
    [CHIP_IMPORTS, ['~$400bn']],
    [SELF_SUFFICIENCY, ['~30% (2024)', '70% target (2025)']],
  ];
  for (const [title, figures] of expectations) {
    const img = chart(page, title);
    await expect(img).toBeVisible();
    for (const figure of figures) await expect(img.getByText(figure, { exact: true })).toBeVisible();
  }
  await expect(card(page, NVIDIA).getByText('Source: Reuters Breakingviews, 2025-01-24')).toBeVisible();
  await expect(page.getByRole('heading', { name: chartsShownHeading(SERIES_TOTAL) })).toBeVisible();
  // The chart's text alternative gives the figures with their flags in words.
  await expect(chart(page, NVIDIA)).toHaveAccessibleDescription('2024: 80%; 2025: 50% (estimate)');
  expect(errors).toEqual([]);
});

test('a sector in the link shows only that sector’s charts', async ({ page }) => {
  await page.goto('/?sectors=semiconductors');
  await waitForCharts(page);
  await expect(chart(page, NVIDIA)).toBeVisible();
  await expect(chart(page, CHIP_IMPORTS)).toBeVisible();
  await expect(chart(page, SELF_SUFFICIENCY)).toBeVisible();
  await expect(chart(page, EV_INVESTMENT)).toHaveCount(0);
  await expect(sectorToggle(page, 'Semiconductors')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: chartsShownHeading(seriesInSectors('semiconductors')) })).toBeVisible();

  await page.goto('/?sectors=ev');
  await waitForCharts(page);
  await expect(page.getByRole('heading', { name: chartsShownHeading(seriesInSectors('ev')) })).toBeVisible();
  await expect(chart(page, EV_INVESTMENT)).toBeVisible();
  await expect(chart(page, NVIDIA)).toHaveCount(0);
  await expect(chart(page, CHIP_IMPORTS)).toHaveCount(0);
});

test('a sector toggle writes the link, and a reload and Back keep the view', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await sectorToggle(page, 'Electric vehicles').click();
  await expect(page).toHaveURL(/\?sectors=ev$/);
  await expect(chart(page, NVIDIA)).toHaveCount(0);
  await expect(chart(page, EV_INVESTMENT)).toBeVisible();

  await sectorToggle(page, 'Shipbuilding').click();
  await expect(page).toHaveURL(/\?sectors=ev,shipbuilding$/);
  await expect(chart(page, SHIPBUILDING)).toBeVisible();

  await page.reload();
  await waitForCharts(page);
  await expect(sectorToggle(page, 'Shipbuilding')).toHaveAttribute('aria-pressed', 'true');
  await expect(chart(page, SHIPBUILDING)).toBeVisible();
  await expect(chart(page, NVIDIA)).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\?sectors=ev$/);
  await expect(chart(page, SHIPBUILDING)).toHaveCount(0);
  await page.goBack();
  await expect(chart(page, NVIDIA)).toBeVisible();

  // Keyboard: the toggles are buttons reached with Tab and pressed with Space.
  await sectorToggle(page, 'Semiconductors').focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?sectors=semiconductors$/);
});

test('the year range in the link drops the earlier events from the timeline', async ({ page }) => {
  await page.goto('/');
  const events = timeline(page);
  await expect(events.getByRole('button', { name: /Made in China 2025/ })).toBeVisible();
  await expect(events.getByText(eventsShownText(EVENTS_TOTAL))).toBeVisible();

  await page.goto('/?from=2023&to=2025');
  await expect(events.getByRole('button', { name: /DeepSeek releases R1/ })).toBeVisible();
  for (const earlier of [/Made in China 2025/, /DeepMind/, /CFIUS/, /Huawei processor matches/, /crackdown/, /OpenAI releases ChatGPT/]) {
    await expect(events.getByRole('button', { name: earlier })).toHaveCount(0);
  }
  await expect(page.getByLabel('From year')).toHaveValue('2023');
  await expect(page.getByLabel('To year')).toHaveValue('2025');
});

test('the year control filters the timeline and the charts, and writes the link', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await page.getByLabel('From year').selectOption('2023');
  await expect(page).toHaveURL(/\?from=2023$/);
  await expect(timeline(page).getByRole('button', { name: /Made in China 2025/ })).toHaveCount(0);
  await expect(timeline(page).getByRole('button', { name: /DeepSeek founded/ })).toBeVisible();
  // The 1999 shipbuilding figure is out of range; the >50% one stays.
  const ships = chart(page, SHIPBUILDING);
  await expect(ships.getByText('>50%')).toBeVisible();
  await expect(ships.getByText('1999')).toHaveCount(0);

  await page.getByLabel('To year').selectOption('2023');
  await expect(page).toHaveURL(/\?from=2023&to=2023$/);
  await expect(timeline(page).getByRole('button', { name: /DeepSeek releases R1/ })).toHaveCount(0);
  // No Nvidia figure falls in 2023: its card is not shown.
  await expect(chart(page, NVIDIA)).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(chart(page, NVIDIA)).toBeVisible();
});

test('selecting an event writes it to the link and opens its card with its source', async ({ page }) => {
  await page.goto('/');
  const r1 = timeline(page).getByRole('button', { name: /DeepSeek releases R1/ });
  await r1.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?event=deepseek-r1$/);
  await expect(r1).toHaveAttribute('aria-pressed', 'true');
  const detail = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /DeepSeek releases R1/ }) });
  await expect(detail).toBeVisible();
  await expect(detail.getByText(/Source: /).first()).toBeVisible();

  await page.reload();
  await expect(detail).toBeVisible();

  await page.goto('/?event=ai-diffusion-framework');
  // On the timeline the event carries both claimed dates, and says so in its name.
  await expect(
    timeline(page).getByRole('button', { name: /Artificial Intelligence Diffusion.*The sources disagree on the date/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  const framework = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Artificial Intelligence Diffusion/ }) });
  await expect(framework.getByText('The sources disagree on the date:')).toBeVisible();
  await expect(framework.getByText(/The Diplomat/).first()).toBeVisible();
  await expect(framework.getByText(/Reuters Breakingviews/).first()).toBeVisible();
});

test('a link to an event since merged into another opens the merged event, without a notice', async ({ page }) => {
  // The GPU restriction Reuters describes is the AI Diffusion Framework: one event, its old id kept.
  await page.goto('/?event=us-gpu-restrictions');
  await expect(page).toHaveURL(/\?event=ai-diffusion-framework$/);
  const framework = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Artificial Intelligence Diffusion/ }) });
  await expect(framework).toBeVisible();
  await expect(framework.getByText(/One rule, told twice/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Part of this link was not understood' })).toHaveCount(0);
});

test('a link with unknown values falls back to the defaults and says what it ignored', async ({ page }) => {
  await page.goto('/?sectors=bogus,ev&from=abc&lang=xx&event=<script>');
  await waitForCharts(page);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was not understood' });
  await expect(notice).toContainText("Ignored unknown sector 'bogus'.");
  await expect(notice).toContainText("Ignored from='abc'");
  await expect(notice).toContainText("Ignored language 'xx'");
  await expect(notice).toContainText("Ignored event '<script>'");
  // What was understood is kept, and the link is rewritten to what is shown.
  await expect(page).toHaveURL(/\?sectors=ev$/);
  await expect(chart(page, EV_INVESTMENT)).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a failing data file breaks only its own card, and Retry recovers', async ({ page }) => {
  await fetchDataAtRunTime(page);
  let fail = true;
  await page.route('**/data/series/nvidia-china-share.json', (route) =>
    fail ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback(),
  );
  await page.goto('/');
  const nvidiaCard = card(page, NVIDIA);
  await expect(nvidiaCard.getByRole('alert')).toContainText('Could not load series/nvidia-china-share.json');
  await expect(nvidiaCard.getByRole('alert')).toContainText('server error (HTTP 500)');
  await expect(chart(page, EV_INVESTMENT)).toBeVisible();
  await expect(chart(page, SHIPBUILDING)).toBeVisible();

  fail = false;
  await nvidiaCard.getByRole('button', { name: 'Retry' }).click();
  await expect(chart(page, NVIDIA)).toBeVisible();
});

test('an invalid data file names the file, the record and the field', async ({ page }) => {
  await fetchDataAtRunTime(page);
  await page.route('**/data/series/ev-investment.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.records[1].value = '45';
    await route.fulfill({ response, json });
  });
  await page.goto('/');
  const alert = card(page, EV_INVESTMENT).getByRole('alert');
  await expect(alert).toContainText('series/ev-investment.json');
  await expect(alert).toContainText('records[1] (2023).value');
  await expect(chart(page, NVIDIA)).toBeVisible();
});

test('axe finds no serious or critical violation', async ({ page }) => {
  await page.goto('/?event=deepseek-r1');
  await waitForCharts(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
