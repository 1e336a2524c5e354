import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fetchDataAtRunTime, timeline, waitForCharts } from './helpers';

const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as { series: { id: string; file: string; title: { en: string }; headline?: true }[] };
const nvidia = JSON.parse(readFileSync('data/series/nvidia-china-share.json', 'utf8')) as { id: string; records: { series: string }[] };
const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string }[] };

/** Serves an index of `count` copies of the Nvidia series, each with its own id and title. */
async function serveManySeries(page: Page, count: number) {
  await fetchDataAtRunTime(page);
  // The copies are ordinary cards: not marked headline, which would put 130 key-figure tiles above them.
  const copies = Array.from({ length: count }, (_, i) => ({
    ...index.series[0],
    headline: undefined,
    id: `copy-${i}`,
    file: `series/copy-${i}.json`,
    title: { en: `Copy ${i}`, vi: `Bản ${i}` },
  }));
  await page.route('**/data/index.json', (route) => route.fulfill({ json: { ...JSON.parse(readFileSync('data/index.json', 'utf8')), series: copies } }));
  await page.route('**/data/series/copy-*.json', (route) => {
    const i = /copy-(\d+)\.json/.exec(route.request().url())![1]!;
    const id = `copy-${i}`;
    return route.fulfill({ json: { ...nvidia, id, title: { en: `Copy ${i}`, vi: `Bản ${i}` }, records: nvidia.records.map((r) => ({ ...r, series: id })) } });
  });
}

test('past 120 cards, a chart is drawn as its card nears the viewport', async ({ page }) => {
  await serveManySeries(page, 130);
  await page.goto('/');
  await waitForCharts(page, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 2, name: '130 of 130 charts shown' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Copy 0\b/ })).toBeVisible();
  const last = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Copy 129', exact: true }) });
  await expect(last.getByRole('img')).toHaveCount(0);
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('img', { name: /^Copy 129\b/ })).toBeVisible();
});

test('past 1,000 events the timeline is drawn as dots and asks the reader to narrow it', async ({ page }) => {
  const many = Array.from({ length: 1200 }, (_, i) => ({ ...events.events[i % events.events.length], id: `event-${i}` }));
  await fetchDataAtRunTime(page);
  await page.route('**/data/events.json', (route) => route.fulfill({ json: { ...events, events: many } }));
  await page.goto('/');
  await waitForCharts(page);
  const region = timeline(page);
  await expect(region.getByText(/1,200 events, drawn as dots/)).toBeVisible();
  // The dots are one canvas, not 1,200 buttons.
  await expect(region.locator('canvas')).toHaveCount(1);
  const box = await region.locator('canvas').boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  await expect(region.getByRole('button', { name: /event-1199/ })).toHaveCount(0);
});
