import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { breaches, forDrawnText, parseGlossary } from '../src/i18n/glossary';
import { waitForChartsVi } from './helpers';

// The Vietnamese copy as a reader meets it — the dashboard, a chart page and both CSVs of "Tải toàn
// bộ số liệu", axis ticks included — held to the glossary (src/i18n/GLOSSARY.md): no form it refuses,
// and no month written "T1"–"T12" (a weekday on a Vietnamese calendar). The articles' own words (the
// quotes, their translations, text in another language) are theirs and are not held to it.

const TERMS = parseGlossary(readFileSync(join(process.cwd(), 'src/i18n/GLOSSARY.md'), 'utf8'));
const DRAWN_TERMS = forDrawnText(TERMS);
const WEEKDAY_MONTH = /^T(1[0-2]|[1-9])$/;

interface PageTexts {
  /** Each block of the page's own Vietnamese, a line apiece. */
  lines: string[];
  /** Each text a chart or the timeline draws (SVG text). */
  drawn: string[];
  /** Accessible names the page gives in words. */
  labels: string[];
}

/** What the page says in its own words: the articles' quotes, titles and anything in another language left out. */
async function pageTexts(page: Page): Promise<PageTexts> {
  return page.evaluate(() => {
    const theirs = 'q, blockquote, cite, script, style, template, [lang]:not([lang^="vi"])';
    const blocks = 'p, li, h1, h2, h3, h4, h5, h6, td, th, caption, summary, label, button, a, option, dt, dd, figcaption, legend, div';
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll(theirs)) el.remove();
    const drawn: string[] = [];
    // What a chart draws, and the legend's signs that stand for it ("~", ">").
    for (const el of clone.querySelectorAll('svg text, .legend-symbol')) {
      drawn.push(el.textContent.trim());
      el.remove();
    }
    for (const el of clone.querySelectorAll(blocks)) {
      el.prepend('\n');
      el.append('\n');
    }
    const lines = clone.textContent.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const labels = [...document.querySelectorAll('[aria-label]')]
      .filter((el) => !el.closest('[lang]:not([lang^="vi"])'))
      .map((el) => el.getAttribute('aria-label') ?? '');
    return { lines, drawn: drawn.filter(Boolean), labels };
  });
}

/** Every breach is reported (soft), so that one text does not hide the others or the checks after it. */
function expectGlossaryKept(texts: PageTexts, where: string) {
  expect(texts.lines.length, `${where}: its text`).toBeGreaterThan(20);
  expect.soft(breaches(TERMS, texts.lines.map((l) => [where, l] as const))).toEqual([]);
  expect.soft(breaches(TERMS, texts.labels.map((l) => [`${where}, accessible name`, l] as const))).toEqual([]);
  expect.soft(breaches(DRAWN_TERMS, texts.drawn.map((l) => [`${where}, drawn`, l] as const))).toEqual([]);
  expect(texts.drawn.filter((t) => WEEKDAY_MONTH.test(t)), `${where}: a month written as a weekday`).toEqual([]);
}

/** The texts of a Vietnamese CSV that are ours: every column but ids, the machine-readable values and the articles' words. */
const NOT_OURS = new Set(['chuoi_so_lieu', 'su_kien', 'nguon', 'trich_dan', 'ban_dich', 'gia_tri_may_doc', 'gia_tri_tren_may_doc']);

async function downloadCsv(page: Page, link: string): Promise<Record<string, string>[]> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test('the Vietnamese dashboard keeps to the glossary, its axes included', async ({ page }) => {
  await page.goto('/?lang=vi');
  await waitForChartsVi(page);
  const texts = await pageTexts(page);
  expect(texts.drawn.length).toBeGreaterThan(50);
  // A source's author and languages are among its details, shown on demand.
  await page.locator('details').filter({ hasText: 'Tác giả: Dingding Chen' }).locator('summary').click();
  await expect(page.getByText('Tác giả: Dingding Chen')).toBeVisible();
  await expect(page.getByText(/Ngôn ngữ: tiếng (Anh|Việt)/).first()).toBeVisible();
  expectGlossaryKept(texts, 'the dashboard');
});

test('the timeline names its months “Th1”–“Th12”, never as weekdays', async ({ page }) => {
  // Two years: every month that has room gets its tick.
  await page.goto('/?lang=vi&from=2024&to=2025');
  await waitForChartsVi(page);
  const timeline = page.getByRole('region', { name: 'Dòng thời gian' });
  const ticks = await timeline.locator('svg text').allTextContents();
  const months = ticks.map((t) => t.trim()).filter((t) => /^T\D*\d{1,2}$/.test(t));
  expect(months.length).toBeGreaterThan(3);
  for (const month of months) expect(month).toMatch(/^Th(1[0-2]|[1-9])$/);
  expectGlossaryKept(await pageTexts(page), 'the dashboard, 2024–2025');
});

test('a Vietnamese chart page keeps to the glossary, its axis and its table too', async ({ page }) => {
  await page.goto('/vi/charts/chip-company-values/');
  await expect(page.getByRole('heading', { level: 2, name: 'Các con số, mỗi số kèm câu văn gốc trong bài báo' })).toBeVisible();
  const texts = await pageTexts(page);
  const ticks = texts.drawn.filter((t) => /USD$/.test(t));
  expect(ticks.length).toBeGreaterThan(2);
  expect(ticks.join(' ')).not.toMatch(/\d\.000 tỷ/);
  expectGlossaryKept(texts, 'the chip-values page');
});

test('a chart page gives a figure’s two sentences apart', async ({ page }) => {
  await page.goto('/vi/charts/deepseek-cost/');
  const table = page.getByRole('table');
  const quotes = table.getByRole('listitem');
  await expect(quotes).toHaveCount(2);
  for (const quote of await quotes.all()) await expect(quote.locator('q')).toHaveCount(1);
  expectGlossaryKept(await pageTexts(page), 'the DeepSeek cost page');
});

test('both Vietnamese CSVs keep to the glossary; their value columns are for programs', async ({ page }) => {
  await page.goto('/?lang=vi');
  await waitForChartsVi(page);
  const figures = await downloadCsv(page, 'Mọi con số (CSV)');
  const events = await downloadCsv(page, 'Mọi sự kiện (CSV)');
  expect(figures.length).toBeGreaterThan(30);
  expect(events.length).toBeGreaterThan(20);
  for (const row of figures) {
    expect(row.gia_tri_may_doc).toMatch(/^-?\d+(\.\d+)?$/);
    expect(row.so_lieu).not.toMatch(/\d\.\d(?!\d{2})|-\d/);
  }
  expect(Object.keys(events[0]!)).toEqual(
    expect.arrayContaining(['thoi_gian_theo_bai', 'ngay_theo_ho_so_cong_khai', 'ghi_chu_ho_so_cong_khai', 'thoi_diem_theo_tung_nguon', 'ban_dich', 'ngon_ngu_ban_dich']),
  );
  expect(events.some((r) => r.ngay_theo_ho_so_cong_khai !== '')).toBe(true);
  expect(events.some((r) => r.thoi_diem_theo_tung_nguon !== '')).toBe(true);
  const ours = (rows: Record<string, string>[], file: string) =>
    rows.flatMap((row, i) => Object.entries(row).filter(([column, value]) => !NOT_OURS.has(column) && value !== '').map(([column, value]) => [`${file} row ${i + 2}, ${column}`, value] as const));
  expect.soft(breaches(TERMS, [...ours(figures, 'figures-vi.csv'), ...ours(events, 'events-vi.csv')])).toEqual([]);
});
