/**
 * The site built (`scripts/build.ts`, as `npm run build` does) from a data folder whose texts hold
 * `$&`, `` $` ``, `$'`, `$$` and `$<` (e2e/fixtures/dollar-data.ts), served as a static host
 * serves it: every page shows those characters as written, in its text and its head, its embedded
 * data parses, and it hydrates and answers input without an error.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type RunningServer } from '../bench/static-server';
import { writeDollarData, TEXTS } from './fixtures/dollar-data';
import { collectErrors, sectorToggle } from './helpers';

test.describe.configure({ mode: 'serial' });

const ROOT = resolve(import.meta.dirname, '..');
let folder: string | undefined;
let server: RunningServer | undefined;
let site = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  folder = mkdtempSync(join(tmpdir(), 'dashboard-dollar-'));
  writeDollarData(join(ROOT, 'data'), join(folder, 'data'));
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, BUILD_DIST: join(folder, 'dist'), PRERENDER_DATA: join(folder, 'data'), SITE_URL: 'http://127.0.0.1/' },
  });
  server = await startStaticServer({ root: join(folder, 'dist'), port: 0 });
  site = server.url;
});

test.afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const NVIDIA_PAGE = `${TEXTS.title.en} — China's race for tech self-reliance`;

/** The data the page was built from, read from the file its head preloads, as the page reads it. */
const embeddedData = (page: Page) => page.evaluate(async () => (await fetch((document.getElementById('dashboard-data') as HTMLLinkElement).href)).json() as unknown);

const metaContent = (page: Page, key: string) => page.locator(`meta[name="${key}"], meta[property="${key}"]`).getAttribute('content');

/** Waits until React has hydrated the page (its first commit marks it). */
const hydrated = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);

test('the dashboard shows the texts as written, its data parses, and a filter works after hydration', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(site);
  const data = JSON.stringify(await embeddedData(page));
  expect(data).toContain(JSON.stringify(TEXTS.title.en).slice(1, -1));
  expect(data).toContain(JSON.stringify(TEXTS.events['entity-list'].en).slice(1, -1));
  await hydrated(page);
  // The card's heading (the headline tile repeats the title).
  await expect(page.locator('article[data-series="nvidia-china-share"]').getByRole('heading', { level: 3, name: TEXTS.title.en, exact: true })).toBeVisible();
  await expect(page.getByText(TEXTS.subtitle.en, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '3 of 3 charts shown' })).toBeVisible();
  await expect(page.getByText(TEXTS.label.en, { exact: true }).first()).toBeAttached();
  await sectorToggle(page, 'Semiconductors').click();
  await expect(page.getByRole('heading', { level: 2, name: '2 of 3 charts shown' })).toBeVisible();
  await expect(page).toHaveURL(/sectors=semiconductors/);
  expect(errors).toEqual([]);
});

test('the chart page shows its title, subtitle, publication and event titles as written, in its head too', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${site}charts/nvidia-china-share/`);
  expect(await page.title()).toBe(NVIDIA_PAGE);
  expect(await metaContent(page, 'og:title')).toBe(NVIDIA_PAGE);
  expect(await metaContent(page, 'twitter:title')).toBe(NVIDIA_PAGE);
  for (const key of ['description', 'og:description', 'twitter:description']) expect(await metaContent(page, key)).toContain(`. ${TEXTS.subtitle.en}`);
  expect(await metaContent(page, 'og:image:alt')).toBe(NVIDIA_PAGE);
  const data = (await embeddedData(page)) as { queries: unknown[] };
  expect(data.queries.length).toBeGreaterThan(0);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: TEXTS.title.en, exact: true })).toBeVisible();
  await expect(page.getByText(TEXTS.subtitle.en, { exact: true }).first()).toBeVisible();
  const events = page.getByRole('region', { name: 'Events in these sectors' });
  await expect(events.getByText(TEXTS.events['entity-list'].en)).toBeVisible();
  await expect(events.getByText(TEXTS.events['us-chip-controls-2022'].en)).toBeVisible();
  await expect(page.getByText(TEXTS.publication.en).first()).toBeVisible();
  // It answers input: a figure's source opens, naming the publication as written.
  await page.getByRole('button', { name: / — show source$/ }).first().click();
  await expect(page.getByRole('region', { name: 'Where this figure comes from' }).getByText(TEXTS.publication.en).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Vietnamese chart page and the embed keep their texts as written', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${site}vi/charts/nvidia-china-share/`);
  expect(await page.title()).toContain(TEXTS.title.vi);
  expect(await metaContent(page, 'og:description')).toContain(TEXTS.subtitle.vi);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: TEXTS.title.vi, exact: true })).toBeVisible();
  await page.goto(`${site}embed/nvidia-china-share/`);
  expect(await embeddedData(page)).not.toBeNull();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: TEXTS.title.en, exact: true })).toBeVisible();
  await expect(page.getByText(TEXTS.subtitle.en, { exact: true }).first()).toBeVisible();
  expect(errors).toEqual([]);
});
