import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';

/**
 * The JavaScript a reader downloads before the first chart appears, gzipped: 114.3 KB, of which
 * React and React DOM are about 67 KB and TanStack Query about 11 KB; the rest is the dashboard's own code,
 * the timeline (about 10 KB) and the messages of both languages (about 5 KB) the largest parts.
 * Not in it: the data schemas and their validation, loaded with the first data file fetched (the
 * data embedded in the page was validated by the build), the fetching code, export, brushing and
 * the Share dialog's contents. The budget is that figure rounded up, with under 2 KB to spare.
 */
const BUDGET_BYTES = 116 * 1024;

test('the JavaScript loaded before the first chart is drawn stays within 116 KB gzipped', async ({ page }, testInfo) => {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto('/');
  await expect(page.getByRole('img').first()).toBeVisible();
  const beforeFirstChart = [...scripts];

  const sizes = await Promise.all(
    beforeFirstChart.map(async (response) => ({
      file: new URL(response.url()).pathname.split('/').pop()!,
      gzip: gzipSync(await response.body(), { level: 9 }).length,
    })),
  );
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const table = [...sizes.map((s) => `${(s.gzip / 1024).toFixed(1).padStart(7)} KB  ${s.file}`), `${(total / 1024).toFixed(1).padStart(7)} KB  total (budget ${BUDGET_BYTES / 1024} KB)`].join('\n');
  console.log(`JavaScript before the first chart, gzipped:\n${table}`);
  await testInfo.attach('bundle-sizes.txt', { body: table, contentType: 'text/plain' });

  expect(sizes.length).toBeGreaterThan(0);
  // Export and brushing are split out, loaded when first used; the schemas load with the first
  // data file fetched, since the data embedded in the page was validated by the build.
  expect(sizes.map((s) => s.file).filter((f) => /^(export|d3-brush|schema|validate)-/.test(f))).toEqual([]);
  expect(total, table).toBeLessThanOrEqual(BUDGET_BYTES);
});
