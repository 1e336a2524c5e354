import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type Route } from '@playwright/test';
import Papa from 'papaparse';
import { card, fetchDataAtRunTime, timeline, waitForCharts } from './helpers';

// Text a spreadsheet would run as a formula, put into the data the page fetches: a CSV the reader
// downloads must write each such cell after a single quote, and leave negative numbers numbers.
const CHEMICALS = 'China’s chemicals trade balance';
const HYPERLINK = '=HYPERLINK("http://evil.example","click")';
const AT = '@SUM(1+1)*cmd|/C calc!A0';
const PLUS = '+1+1';
const MINUS = '-2+3';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edit reaches into any field of the file
async function editedJson(route: Route, edit: (json: any) => void) {
  const response = await route.fetch();
  const json = await response.json();
  edit(json);
  await route.fulfill({ response, json });
}

test.beforeEach(async ({ page }) => {
  await fetchDataAtRunTime(page);
  await page.route('**/data/series/chemicals-trade-balance.json', (route) =>
    editedJson(route, (json) => {
      json.records[0].citations[0].quote = HYPERLINK;
    }),
  );
  await page.route('**/data/sources.json', (route) =>
    editedJson(route, (json) => {
      for (const source of json.sources) source.publication.en = AT;
    }),
  );
  await page.route('**/data/events.json', (route) =>
    editedJson(route, (json) => {
      json.events[0].title.en = MINUS;
      json.events[0].citations[0].quote = PLUS;
    }),
  );
});

/** Picks "CSV (data)" from the Export menu named `name` in `region`; resolves with the file's text. */
async function exportCsv(page: Page, region: ReturnType<Page['locator']>, name: string): Promise<string> {
  await region.getByRole('button', { name: `Export “${name}”` }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV (data)' }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
}

/** Every cell of the file that begins with a character a spreadsheet takes as a formula, other than a number. */
function formulaCells(csv: string): string[] {
  const { data, errors } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)));
}

test('a chart’s CSV writes text that begins like a formula after a single quote, and keeps negative figures numbers', async ({ page }) => {
  await page.goto('/?sectors=chemicals');
  await waitForCharts(page);
  const csv = await exportCsv(page, card(page, CHEMICALS), CHEMICALS);
  expect(formulaCells(csv)).toEqual([]);
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const [header, first] = rows;
  expect(first?.[header!.indexOf('quote')]).toBe(`'${HYPERLINK}`);
  expect(first?.[header!.indexOf('publication')]).toBe(`'${AT}`);
  // The deficit of 2020 is the number -40, written as a number, unquoted.
  expect(first?.[header!.indexOf('value')]).toBe('-40');
  expect(csv).toContain(',-40,');
});

test('the timeline’s CSV writes a title, publication and quote that begin like a formula after a single quote', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const csv = await exportCsv(page, timeline(page), 'Timeline');
  expect(formulaCells(csv)).toEqual([]);
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const row = rows.find((r) => r[header.indexOf('title')] === `'${MINUS}`);
  expect(row).toBeDefined();
  expect(row![header.indexOf('quote')]).toBe(`'${PLUS}`);
  expect(row![header.indexOf('publication')]).toBe(`'${AT}`);
});
