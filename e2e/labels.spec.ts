import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Route } from '@playwright/test';
import { card, fetchDataAtRunTime, waitForCharts } from './helpers';

// A company's name within the label limit (60 characters) but wider than a card's label column.
const CHIPS = 'Chip companies’ market value';
const SMIC = 'Semiconductor Manufacturing International Corporation';

async function relabelled(route: Route) {
  const response = await route.fetch();
  const json = (await response.json()) as { records: { label?: { en: string; vi: string } }[] };
  for (const r of json.records) if (r.label?.en === 'SMIC') r.label = { en: SMIC, vi: SMIC };
  await route.fulfill({ response, json });
}

test.beforeEach(async ({ page }) => {
  await fetchDataAtRunTime(page);
  await page.route('**/data/series/chip-company-values.json', relabelled);
});

test('a long bar label is wrapped or cut with "…" inside the chart, never at its start, the whole in its title and the table', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/?sectors=semiconductors');
  await waitForCharts(page);
  const chips = card(page, CHIPS);
  // The drawing shown at this width (the card holds one per band; the others are not displayed).
  const svg = chips.getByRole('img', { name: new RegExp(CHIPS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  const label = svg.locator('g.label-cut').filter({ has: page.locator('title', { hasText: SMIC }) });
  await expect(label).toHaveCount(1);
  const shown = (await label.locator('text').textContent()) ?? '';
  expect(shown.endsWith('…')).toBe(true);
  // What is drawn is the start of the name: nothing cut off at the front.
  expect(SMIC.replace(/\s+/g, '')).toContain(shown.slice(0, -1).replace(/\s+/g, ''));
  expect(shown.startsWith('Semiconductor')).toBe(true);
  // Inside the drawing, left of its bar.
  const svgBox = (await svg.boundingBox())!;
  const textBox = (await label.locator('text').boundingBox())!;
  expect(textBox.x).toBeGreaterThanOrEqual(svgBox.x);
  expect(textBox.x + textBox.width).toBeLessThanOrEqual(svgBox.x + svgBox.width);
  // The data table names the company whole.
  await chips.getByRole('button', { name: /table/i }).first().click();
  await expect(chips.getByRole('table')).toContainText(SMIC);
  // The cut label and its title add no serious or critical accessibility violation.
  const results = await new AxeBuilder({ page }).include('article').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the exported SVG sets the label whole, or cut at its end with the whole in its title', async ({ page }) => {
  await page.goto('/?sectors=semiconductors');
  await waitForCharts(page);
  const chips = card(page, CHIPS);
  await chips.getByRole('button', { name: `Export “${CHIPS}”` }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'SVG' }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const svg = await readFile(path, 'utf8');
  // At the export's width the name is set whole (on one line or two), or cut with its title.
  const whole = svg.includes(`>${SMIC}<`) || (svg.includes('>Semiconductor Manufacturing<') && svg.includes('>International Corporation<'));
  expect(whole || svg.includes(`>${SMIC}</title>`)).toBe(true);
  // No text drawn begins with the mark, as a label cut at its start would.
  expect(svg).toMatch(/>Semiconductor[ <]/);
  expect(svg).not.toMatch(/<(text|tspan)[^>]*>…/);
});
