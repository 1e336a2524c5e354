import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectErrors, waitForCharts } from './helpers';
import { SERIES_TOTAL } from './data-counts';

const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as {
  series: { title: { en: string; vi: string }; sectors: string[] }[];
};

test('the built page holds every chart of the default view as SVG, with its figures', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html.match(/<svg role="img"/g)?.length ?? 0).toBeGreaterThanOrEqual(SERIES_TOTAL);
  for (const figure of ['80%', '50%']) expect(html).toContain(figure);
  for (const entry of index.series) expect(html).toContain(entry.title.en.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
  const vi = await (await request.get('/vi/')).text();
  expect(vi).toContain('<html lang="vi">');
  expect(vi).toContain(index.series[0]!.title.vi);
  expect(vi).toContain('hreflang="en"');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader sees the charts, named as images, and their source lines', async ({ page }) => {
    await page.goto('/');
    const charts = page.getByRole('img');
    expect(await charts.count()).toBeGreaterThanOrEqual(20);
    await expect(page.getByRole('img', { name: /Nvidia’s market share in China/ })).toBeVisible();
    await expect(page.getByText(/^Source: Reuters Breakingviews/).first()).toBeVisible();
    expect(await page.getByText(/^Source: /).count()).toBeGreaterThanOrEqual(20);
  });

  test('the Vietnamese page is in Vietnamese', async ({ page }) => {
    await page.goto('/vi/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cuộc đua tự chủ công nghệ của Trung Quốc');
    expect(await page.getByRole('img').count()).toBeGreaterThanOrEqual(20);
  });
});

test('the default view is hydrated, not drawn again, with no hydration error', async ({ page }) => {
  const errors = collectErrors(page);
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/') && r.resourceType() === 'fetch') dataRequests.push(r.url());
  });
  await page.goto('/');
  await waitForCharts(page);
  await expect(page.getByRole('heading', { level: 2, name: `${SERIES_TOTAL} of ${SERIES_TOTAL} charts shown` })).toBeVisible();
  // The page fetches nothing it was given.
  expect(dataRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('hydration marks, once, the moment the page answers input', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  await waitForCharts(page);
  const marks = await page.evaluate(() => performance.getEntriesByName('dashboard-interactive').map((e) => e.startTime));
  expect(marks).toHaveLength(1);
  expect(marks[0]).toBeGreaterThan(0);
});

test('a link to another view never paints the prerendered one: ?lang=vi&sectors=semiconductors', async ({ page }) => {
  const errors = collectErrors(page);
  // Records what each frame would paint, from the first one.
  await page.addInitScript(() => {
    const frames: { visible: boolean; h1: string; cards: string[] }[] = [];
    (window as unknown as { paintedFrames: typeof frames }).paintedFrames = frames;
    const record = () => {
      const root = document.getElementById('root');
      if (root) {
        const visible = getComputedStyle(root).visibility !== 'hidden';
        frames.push({
          visible,
          h1: document.querySelector('h1')?.textContent ?? '',
          cards: [...root.querySelectorAll('article:not([hidden]) h3')].map((h) => h.textContent),
        });
      }
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.goto('/?lang=vi&sectors=semiconductors');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cuộc đua tự chủ công nghệ của Trung Quốc');
  await expect(page.getByRole('article').first()).toBeVisible();
  const frames = await page.evaluate(() => (window as unknown as { paintedFrames: { visible: boolean; h1: string; cards: string[] }[] }).paintedFrames);
  const painted = frames.filter((f) => f.visible && (f.h1 !== '' || f.cards.length > 0));
  expect(painted.length).toBeGreaterThan(0);
  const semiconductorTitles = new Set(index.series.filter((s) => s.sectors.includes('semiconductors')).map((s) => s.title.vi));
  for (const frame of painted) {
    expect(frame.h1).toBe('Cuộc đua tự chủ công nghệ của Trung Quốc');
    for (const title of frame.cards) expect(semiconductorTitles).toContain(title);
  }
  expect(errors).toEqual([]);
});

test('the Vietnamese page hydrates in Vietnamese, and its link says so', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/vi/');
  await expect(page.getByRole('heading', { level: 2, name: `Hiển thị ${SERIES_TOTAL}/${SERIES_TOTAL} biểu đồ` })).toBeVisible();
  await expect(page).toHaveURL(/\/vi\/\?lang=vi$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  expect(errors).toEqual([]);
});

test('an address the site has no page for answers 404 with a page in both languages that links home', async ({ page, request }) => {
  for (const path of ['/foo/bar', '/index.html/extra', '/data/', '/charts/nothing-here/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  await page.goto('/foo/bar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Không tìm thấy trang');
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("China's race for tech self-reliance");
});
