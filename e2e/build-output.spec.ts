/**
 * What `npm run build` leaves in dist/: every HTML page declares its charset within its first
 * 1,024 bytes, the build's manifest is not deployed, a chart page embeds only its own data, and
 * the 404 page leads home from any depth.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as { series: { id: string; title: { en: string } }[] };

test('every built page declares its charset within its first 1,024 bytes', () => {
  const files = htmlFiles(DIST);
  // The dashboard and 404 page, and a page and an embed per chart, in each language.
  expect(files.length).toBe(2 + 1 + 4 * index.series.length);
  for (const file of files) {
    const head = readFileSync(file).subarray(0, 1024).toString('latin1');
    expect(head, file).toMatch(/<meta charset="UTF-8" \/>/);
  }
});

test('the build manifest is not part of the site', async ({ request }) => {
  expect(readdirSync(DIST)).not.toContain('.vite');
  expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
});

test('a chart page embeds its own series, not the whole index', async ({ page }) => {
  await page.goto('/charts/nvidia-china-share/');
  const data = await page.evaluate(() => JSON.parse(document.getElementById('dashboard-data')?.textContent ?? '{}') as { queries: { queryKey: unknown[]; state: { data: unknown } }[] });
  const indexQuery = data.queries.find((q) => q.queryKey.includes('index.json'));
  expect((indexQuery?.state.data as { series: { id: string }[] }).series.map((s) => s.id)).toEqual(['nvidia-china-share']);
  const html = await (await page.request.get('/charts/nvidia-china-share/')).text();
  for (const other of index.series.filter((s) => s.id !== 'nvidia-china-share' && !s.title.en.includes('Nvidia'))) {
    expect(html, other.id).not.toContain(JSON.stringify(other.title.en).slice(1, -1));
  }
});

test('the 404 page, served at any depth, leads to the dashboard in either language', async ({ page }) => {
  for (const [path, link, heading] of [
    ['/a/b/c', 'Go to the dashboard', "China's race for tech self-reliance"],
    ['/vi/charts/nothing-here/deeper/', 'Về trang tổng quan', 'Cuộc đua tự chủ công nghệ của Trung Quốc'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});
