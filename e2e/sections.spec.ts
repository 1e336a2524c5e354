import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { card, sectorToggle, waitForCharts } from './helpers';

/** Read straight from the data files, so that a fault in the app's grouping still fails the test. */
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const index = readJson('index.json') as { series: { id: string; file: string; sectors: string[] }[] };
const series = index.series.map((entry) => ({ ...entry, ...(readJson(entry.file) as { chart: string; title: { en: string } }) }));
const figureKind = series.filter((s) => s.chart === 'figure');

/** The sections under the charts' heading, by their names, as a reader sees them. */
const sectionNames = (page: Page) =>
  page.getByRole('region', { name: /charts shown/ }).getByRole('region').evaluateAll((sections) =>
    sections.filter((s) => !s.closest('[hidden]')).map((s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
  );

/** The sector control's toggles, in order, without "All". */
const sectorNames = async (page: Page) => (await page.getByRole('group', { name: 'Sectors' }).getByRole('button').allTextContents()).slice(1);

test('at 1440 px every figure-kind series is a tile at most half as tall as the median chart card, named as an image with its text alternative', async ({ page }) => {
  expect(figureKind.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
  await waitForCharts(page);
  const cardHeights: number[] = [];
  for (const s of series.filter((x) => x.chart !== 'figure')) {
    const box = await card(page, s.title.en).boundingBox();
    cardHeights.push(box!.height);
  }
  cardHeights.sort((a, b) => a - b);
  const median = cardHeights[Math.floor(cardHeights.length / 2)]!;
  const tileHeights: number[] = [];
  for (const s of figureKind) {
    const tile = card(page, s.title.en);
    await tile.scrollIntoViewIfNeeded();
    const image = tile.getByRole('img', { name: new RegExp(s.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect(image).toBeVisible();
    const alt = await image.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(alt.trim(), s.id).not.toBe('');
    // The same actions as a card: Export and Share.
    await expect(tile.getByRole('button', { name: /^Export/ })).toBeVisible();
    await expect(tile.getByRole('button', { name: /^Share/ })).toBeVisible();
    const box = (await tile.boundingBox())!;
    tileHeights.push(box.height);
    expect(box.height, `${s.id}: ${box.height} px against a median card of ${median} px`).toBeLessThanOrEqual(median / 2);
  }
  // Several to a row: at least one row holds three tiles or more.
  const tops = await Promise.all(figureKind.map(async (s) => Math.round((await card(page, s.title.en).boundingBox())!.y)));
  const perRow = tops.reduce((rows, top) => rows.set(top, (rows.get(top) ?? 0) + 1), new Map<number, number>());
  expect(Math.max(...perRow.values())).toBeGreaterThanOrEqual(3);
  console.log(`median chart card ${median} px; tallest tile ${Math.max(...tileHeights)} px`);
});

test('sections appear in the order of the sector control, and a sector filter hides the empty ones', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
  await waitForCharts(page);
  const control = await sectorNames(page);
  const sectorIds = ['ai', 'semiconductors', 'ev', 'shipbuilding', 'chemicals', 'agriculture', 'robotics', 'finance', 'policy'];
  expect(control).toHaveLength(sectorIds.length);
  // A series belongs to the first sector it lists.
  const expected = control.filter((_, i) => series.some((s) => s.sectors[0] === sectorIds[i]));
  expect(await sectionNames(page)).toEqual(expected);
  // Each section holds its series' cards.
  const shipbuilding = page.getByRole('region', { name: 'Shipbuilding', exact: true });
  for (const s of series.filter((x) => x.sectors[0] === 'shipbuilding')) await expect(card(page, s.title.en).and(shipbuilding.getByRole('article'))).toHaveCount(1);

  await sectorToggle(page, 'Shipbuilding').click();
  await expect.poll(() => sectionNames(page)).toEqual(['Shipbuilding']);
  await sectorToggle(page, 'Robotics').click();
  await expect.poll(() => sectionNames(page)).toEqual(['Shipbuilding', 'Robotics']);

  // A series listing a sector second shows in its own (first) sector's section, alone there; the cards and tiles shown are exactly the sector's.
  await page.goto('/?sectors=semiconductors');
  await waitForCharts(page);
  const inSector = series.filter((s) => s.sectors.includes('semiconductors'));
  await expect(page.locator('article[data-series]:visible')).toHaveCount(inSector.length);
  expect(await sectionNames(page)).toEqual(control.filter((_, i) => inSector.some((s) => s.sectors[0] === sectorIds[i])));
});
