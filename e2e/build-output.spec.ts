/**
 * What `npm run build` leaves in dist/: every HTML page declares its charset within its first
 * 1,024 bytes, the build's manifest is not deployed, each page's data is a file beside it read once,
 * a chart page's holds only its own data, and
 * the 404 page leads home from any depth; a build that fails leaves the previous site as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as { series: { id: string; title: { en: string }; sectors: string[] }[] };

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

test('each page reads its data from the one file its head preloads, in one request, with nothing of it in the HTML', async ({ page }) => {
  for (const path of ['/', '/vi/', '/charts/nvidia-china-share/', '/embed/nvidia-china-share/']) {
    const requests: string[] = [];
    const listen = (request: { url: () => string }) => {
      const url = new URL(request.url());
      if (url.pathname.includes('/page-data/') || url.pathname.includes('/data/')) requests.push(url.pathname);
    };
    page.on('request', listen);
    const html = await (await page.request.get(path)).text();
    const preloaded = /<link rel="preload" as="fetch" id="dashboard-data" href="(page-data\/[0-9a-f]{16}\.json)" crossorigin fetchpriority="low" \/>/.exec(html)?.[1];
    expect(preloaded, path).toBeDefined();
    expect(html, path).not.toContain('"queryKey"');
    await page.goto(path);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
    page.off('request', listen);
    expect(requests, path).toEqual([`/${preloaded!}`]);
  }
});

test('a chart page embeds its own series, not the whole index', async ({ page }) => {
  await page.goto('/charts/nvidia-china-share/');
  const data = await page.evaluate(async () => (await fetch((document.getElementById('dashboard-data') as HTMLLinkElement).href)).json() as Promise<{ queries: { queryKey: unknown[]; state: { data: unknown } }[] }>);
  const indexQuery = data.queries.find((q) => q.queryKey.includes('index.json'));
  expect((indexQuery?.state.data as { series: { id: string }[] }).series.map((s) => s.id)).toEqual(['nvidia-china-share']);
  const html = await (await page.request.get('/charts/nvidia-china-share/')).text();
  // Of the other charts, only those of its sectors are named (its related charts).
  const sectors = index.series.find((s) => s.id === 'nvidia-china-share')!.sectors;
  const unrelated = index.series.filter((s) => s.id !== 'nvidia-china-share' && !s.title.en.includes('Nvidia') && !s.sectors.some((x) => sectors.includes(x)));
  expect(unrelated.length).toBeGreaterThan(10);
  for (const other of unrelated) {
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

test('a build that fails on a data file names it and leaves the previous dist/ as it was', () => {
  test.setTimeout(300_000);
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-failed-build-'));
  try {
    const data = join(folder, 'data');
    cpSync('data', data, { recursive: true });
    const file = 'series/nvidia-china-share.json';
    writeFileSync(join(data, file), `\uFEFF${readFileSync(join(data, file), 'utf8')}`);
    const dist = join(folder, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the previous site');
    const build = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, BUILD_DIST: dist, PRERENDER_DATA: data },
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(`${file}: starts with a byte-order mark`);
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous site');
    // Nothing of the failed build is left beside it.
    expect(readdirSync(folder).sort()).toEqual(['data', 'dist']);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
