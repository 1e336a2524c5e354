import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { card, chart, downloadFromMenu, timeline, waitForChartsVi } from './helpers';
import { SERIES_TOTAL } from './data-counts';

// What a Vietnamese reader sees, read as they would: no date written year-month-day, no flag word
// glued to its figure, no "~" or ">" where a figure is read, no English left in the interface.

const NVIDIA = 'Thị phần của Nvidia tại Trung Quốc';
const AI_INDUSTRY = 'Giá trị ngành AI Trung Quốc';

const ISO_DATE = /\b\d{4}-\d{2}(-\d{2})?\b/;
/** A figure (a number, or the unit after it) followed by a flag word not in parentheses. */
const GLUED_FLAG = /(\d|%|USD|tấn|tệ|triệu|tỷ) (ước tính|mục tiêu|suy ra)/;
/** English words of the interface that must have been translated (names and quotes aside). */
const ENGLISH_UI = /\b(Source|Sources|Export|Download(ed)?|Show|Hide|Loading|estimate|target|derived|approximate|lower bound|billion|trillion|yuan|Timeline|Filters|Sectors|Years|events?|charts?)\b/;

/** A text with its links taken out: a URL may hold anything. */
const withoutLinks = (text: string) => text.replace(/https?:\/\/\S+/g, '');

function expectReadsVietnamese(text: string, what: string) {
  const plain = withoutLinks(text);
  expect(plain, `${what}: a year-month-day date`).not.toMatch(ISO_DATE);
  expect(plain, `${what}: a flag word glued to a figure`).not.toMatch(GLUED_FLAG);
}

async function openVi(page: Page, query = '') {
  await page.goto(`/?lang=vi${query}`);
  await waitForChartsVi(page);
}

/** The accessible names and descriptions of everything on the page that has one. */
async function accessibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const el of document.querySelectorAll('[aria-label], [aria-describedby], [title]')) {
      const label = el.getAttribute('aria-label');
      if (label) texts.push(label);
      const title = el.getAttribute('title');
      if (title) texts.push(title);
      for (const id of (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)) {
        texts.push(document.getElementById(id)?.textContent ?? '');
      }
    }
    return texts;
  });
}

test('the page reads as Vietnamese: dates day/month/year, flag words in parentheses, no interface English', async ({ page }) => {
  await openVi(page);
  await expect(card(page, NVIDIA).getByText('Nguồn: Reuters Breakingviews, 24/1/2025', { exact: true })).toBeVisible();
  await expect(chart(page, new RegExp(AI_INDUSTRY)).getByText('140 tỷ USD (mục tiêu)')).toBeVisible();
  // The bullet chart's year joins the flag word in its parentheses: never "(mục tiêu) (2025)".
  await expect(chart(page, /^Tự chủ chip/).getByText('70% (mục tiêu, 2025)', { exact: true })).toBeVisible();
  // A source dated only approximately says so in words.
  await expect(page.getByText(/Nguồn: .*Financial Times \(xã luận\), khoảng tháng 1\/2025/).first()).toBeVisible();

  const visible = await page.locator('main').innerText();
  expectReadsVietnamese(visible, 'the page');
  // The articles' own titles are names; everything else is the interface's.
  const interfaceText = visible.split('\n').filter((line) => !/^(The Rise of DeepSeek|With DeepSeek)/.test(line)).join('\n');
  expect(interfaceText).not.toMatch(ENGLISH_UI);

  for (const name of await accessibleTexts(page)) {
    expectReadsVietnamese(name, `accessible name “${name}”`);
    expect(name, 'an accessible name reads the signs as words').not.toMatch(/[~>]\s?\d/);
  }
  await expect(chart(page, new RegExp(AI_INDUSTRY))).toHaveAccessibleDescription('2025: hơn 70 tỷ USD; 2030: 140 tỷ USD (mục tiêu)');
});

test('the dashboard and a chart’s data table have different names, and the table reads its figures in words', async ({ page }) => {
  await openVi(page);
  await expect(page).toHaveTitle('Cuộc đua tự chủ công nghệ của Trung Quốc — trang tổng quan');
  const ai = card(page, AI_INDUSTRY);
  await ai.getByRole('button', { name: 'Hiện bảng số liệu' }).click();
  const table = ai.getByRole('table', { name: AI_INDUSTRY });
  await expect(table.getByRole('columnheader')).toHaveText(['Năm hoặc mục', 'Giá trị', 'Đơn vị', 'Đánh dấu', 'Nguồn', 'Trích dẫn']);
  await expect(table.getByRole('row', { name: /^2025/ }).getByRole('cell').first()).toHaveText('hơn 70 tỷ USD');
  await expect(table.getByRole('row', { name: /^2030/ }).getByRole('cell').first()).toHaveText('140 tỷ USD (mục tiêu)');
  await expect(table.getByRole('row', { name: /^2030/ }).getByRole('cell').nth(3)).toHaveText('The Diplomat, 7/2/2025');
});

test('a figure’s source panel and the event card give their dates day/month/year', async ({ page }) => {
  await openVi(page, '&event=deepseek-r1');
  const detail = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /DeepSeek ra mắt R1/ }) });
  await expect(detail.getByText(/^20\/1\/2025 — Ngày chính xác theo hồ sơ công khai/)).toBeVisible();
  await expect(detail.getByText('tháng 1/2025', { exact: true })).toBeVisible();
  expectReadsVietnamese(await detail.innerText(), 'the event card');

  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: /^2025: 50% \(ước tính\) — xem nguồn$/ }).click();
  const panel = nvidia.getByRole('region', { name: 'Nguồn của con số này' });
  await expect(panel).toContainText('Reuters Breakingviews, 24/1/2025');
  await expect(panel).toContainText('Đánh dấu: ước tính');
  expectReadsVietnamese(await panel.innerText(), 'the source panel');
});

test('an exported SVG slide and the deck read as Vietnamese', async ({ page }) => {
  await openVi(page);
  const ai = card(page, AI_INDUSTRY);
  const svg = await readFile(await downloadFromMenu(page, ai, `Tải xuống “${AI_INDUSTRY}”`, 'SVG'), 'utf8');
  const svgText = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]!).join('\n');
  expect(svgText).toContain('140 tỷ USD (mục tiêu)');
  expect(svgText).toContain('Nguồn: The Diplomat, 7/2/2025');
  expectReadsVietnamese(svgText, 'the SVG');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải xuống bộ trang chiếu (.pptx)' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await downloading).path()));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides)\/\w+\d+\.xml$/.test(f));
  expect(slides.length).toBeGreaterThan(SERIES_TOTAL);
  const deckText = (await Promise.all(slides.map((f) => zip.file(f)!.async('string'))))
    .map((xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))
    .join('\n');
  expect(deckText).toContain('Nguồn: Reuters Breakingviews, 24/1/2025');
  expectReadsVietnamese(deckText, 'the deck');
});

/** A CSV row's own texts: every column but the quote and its translation, the article's words in their own language. */
const ourColumns = (row: Record<string, string>) =>
  Object.entries(row)
    .filter(([column]) => column !== 'trich_dan' && column !== 'ban_dich')
    .map(([, value]) => value)
    .join('\n');

test('the exported CSVs write their dates, units and flags in Vietnamese', async ({ page }) => {
  await openVi(page);
  const csv = await readFile(await downloadFromMenu(page, card(page, NVIDIA), `Tải xuống “${NVIDIA}”`, 'CSV (dữ liệu)'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => [r.nam, r.don_vi, r.danh_dau, r.ngay_nguon, r.so_lieu])).toEqual([
    ['2024', 'phần trăm', '', '24/1/2025', '80%'],
    ['2025', 'phần trăm', 'ước tính', '24/1/2025', '50% (ước tính)'],
  ]);
  for (const row of rows) {
    // The quote is the article's own words, in its own language.
    const ours = ourColumns(row);
    expectReadsVietnamese(ours, 'the chart CSV');
    expect(ours).not.toMatch(ENGLISH_UI);
  }

  const events = await readFile(await downloadFromMenu(page, timeline(page, 'Dòng thời gian'), 'Tải xuống “Dòng thời gian”', 'CSV (dữ liệu)'), 'utf8');
  const eventRows = Papa.parse<Record<string, string>>(events.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(eventRows.find((r) => r.su_kien === 'deepseek-r1')).toMatchObject({ thoi_gian: 'tháng 1/2025', bat_dau: 'tháng 1/2025' });
  for (const row of eventRows) expectReadsVietnamese(ourColumns(row), 'the events CSV');
});
