/**
 * The dashboard prerendered from the bench's 100× data (over DEFER_DRAWING_OVER cards), as the
 * site ships such a page: built into a temporary folder by the bench's own machinery
 * (bench/scaled-site.ts) and served as a static host serves it (bench/static-server.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildScaledSite, buildTemplate } from '../bench/scaled-site';
import { startStaticServer, type RunningServer } from '../bench/static-server';
import { DEFER_DRAWING_OVER } from '../src/dashboard/select';
import { collectErrors } from './helpers';

// One site for the file's tests, built once.
test.describe.configure({ mode: 'serial' });

let folder: string | undefined;
let server: RunningServer | undefined;
let titles: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  folder = mkdtempSync(join(tmpdir(), 'dashboard-100x-'));
  buildTemplate(join(folder, 'template'));
  const site = buildScaledSite({ template: join(folder, 'template'), dir: join(folder, 'site'), scale: 100, siteUrl: 'http://127.0.0.1/' });
  expect(site.series).toBeGreaterThan(DEFER_DRAWING_OVER);
  const index = JSON.parse(readFileSync(join(site.dir, 'data', 'index.json'), 'utf8')) as { series: { title: { en: string } }[] };
  titles = index.series.map((s) => s.title.en);
  // Any free port: the site under test is served by the config's own server.
  server = await startStaticServer({ root: site.dir, port: 0 });
});

test.afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The card whose heading is exactly `title` (replicas are titled "… #2", "… #3"). */
const cardTitled = (page: Page, title: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

/** The card's chart, named by its title and subtitle, with a button on each figure. */
async function expectDrawn(card: Locator, title: string) {
  await expect(card.getByRole('img', { name: new RegExp(`^${escape(title)}\\. `) })).toBeVisible({ timeout: 60_000 });
  await expect(card.getByRole('button', { name: / — show source$/ }).first()).toBeVisible();
}

/** The charts region: the cards under their sector headings (the headline tiles above are not cards). */
const chartsRegion = (page: Page) => page.getByRole('region', { name: `${titles.length} of ${titles.length} charts shown` });

/** The chart cards (not the key-figure tiles) in the page's order: their titles, and which the viewport shows. */
async function chartCards(page: Page): Promise<{ title: string; inView: boolean }[]> {
  const height = page.viewportSize()!.height;
  return chartsRegion(page)
    .getByRole('article')
    .evaluateAll(
      (cards, h) =>
        cards
          .filter((card) => !card.classList.contains('tile'))
          .map((card) => {
            const box = card.getBoundingClientRect();
            return { title: card.querySelector('h3')?.textContent.trim() ?? '', inView: box.height > 0 && box.top < h && box.bottom > 0 };
          }),
      height,
    );
}

test(`a prerendered page of over ${DEFER_DRAWING_OVER} cards draws the charts in view once hydrated, and the others as they are scrolled to`, async ({ page }) => {
  // Hydrating some 500 cards takes seconds on a loaded machine.
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto(server!.url);
  const heading = page.getByRole('heading', { level: 2, name: `${titles.length} of ${titles.length} charts shown` });
  await expect(heading).toBeVisible();
  // The headline figures and the timeline come first: the cards begin lower down.
  await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const cards = await chartCards(page);
  expect(cards).toHaveLength(titles.length - (await chartsRegion(page).locator('article.tile').count()));
  const inView = cards.filter((c) => c.inView).map((c) => c.title);
  expect(inView.length).toBeGreaterThan(0);
  for (const title of inView) await expectDrawn(cardTitled(page, title), title);

  // Hydrated: a figure's button shows where the figure comes from.
  await cardTitled(page, inView[0]!).getByRole('button', { name: / — show source$/ }).first().click();
  await expect(page.getByRole('region', { name: 'Where this figure comes from' })).toBeVisible();

  // A card far down is drawn only once it is scrolled to.
  const far = cards[Math.floor(cards.length * 0.6)]!.title;
  const farCard = cardTitled(page, far);
  await expect(farCard.getByRole('img')).toHaveCount(0);
  await farCard.scrollIntoViewIfNeeded();
  await expectDrawn(farCard, far);
  expect(errors).toEqual([]);
});
