import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { collectErrors } from './helpers';

/** A chart's page, as a reader lands on it from a link, at a desktop width. */
test.use({ viewport: { width: 1440, height: 1000 } });

const ID = 'nvidia-china-share';

const WORDS = {
  en: { path: `/charts/${ID}/`, title: 'Nvidia’s market share in China', related: 'Related charts', useData: 'Use this data', figures: 'The figures and the sentences they come from', copied: 'Copied' },
  vi: { path: `/vi/charts/${ID}/`, title: 'Thị phần của Nvidia tại Trung Quốc', related: 'Biểu đồ liên quan', useData: 'Sử dụng dữ liệu này', figures: 'Các con số, mỗi số kèm câu văn gốc trong bài báo', copied: 'Đã sao chép' },
} as const;

interface CsvRow {
  series: string;
  year: string;
  label: string;
  value: string;
  value_high: string;
  unit: string;
  flags: string;
  source: string;
  quote: string;
  figure: string;
}
interface JsonData {
  id: string;
  records: { year?: number; value: number; valueHigh?: number; flags: string[]; citations: { source: string; quote: string }[] }[];
  sources: { id: string }[];
}

/** The digits of a text: "86,8 triệu tấn" and 86.8 read alike in either language. */
const digits = (text: string) => text.replace(/\D/g, '');

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);

/** The site's address as the build wrote it: what precedes the chart's data path in the CSV's address the page shows. */
const siteUrlOf = (csvUrl: string) => csvUrl.slice(0, csvUrl.length - `charts/${ID}/data.csv`.length);

for (const lang of ['en', 'vi'] as const) {
  const w = WORDS[lang];

  test(`${lang}: the chart fills the page's full width in its widest layout, as the build drew it, and the page is accessible`, async ({ page, request }) => {
    const errors = collectErrors(page);
    const html = await (await request.get(w.path)).text();
    // The build draws the chart at each of its design widths, each as wide as its frame.
    const built = [...html.matchAll(/<svg role="img"[^>]*\swidth="([^"]+)"/g)].map((m) => m[1]);
    expect(built).toEqual(['100%', '100%', '100%']);
    await page.goto(w.path);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
    const chart = page.getByRole('img', { name: new RegExp(w.title) });
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(900);
    // The widest design width is the one shown, stretched to the frame: nothing is drawn again.
    expect(await chart.getAttribute('width')).toBe('100%');
    expect(await chart.evaluate((svg) => svg.closest('.chart-band')?.className)).toBe('chart-band chart-band--560');
    expect(errors).toEqual([]);
    expect(await serious(page)).toEqual([]);
  });

  test(`${lang}: at least three related charts, each a link to its own page, with its key figure`, async ({ page }) => {
    await page.goto(w.path);
    const related = page.getByRole('region', { name: w.related });
    const links = related.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      const name = (await link.textContent())!;
      // Each with its key figure beside it: a number.
      expect(await link.locator('..').textContent()).toMatch(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\d`));
    }
    const first = links.first();
    const name = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(page.url()).toMatch(lang === 'vi' ? /\/vi\/charts\/[a-z0-9-]+\/$/ : /\/charts\/[a-z0-9-]+\/$/);
  });

  test(`${lang}: the CSV and JSON at the addresses the page shows hold what its table shows, with flags and sources`, async ({ page, request }) => {
    await page.goto(w.path);
    const use = page.getByRole('region', { name: w.useData });
    const csvUrl = (await use.getByRole('link', { name: /data\.csv$/ }).textContent())!;
    const jsonUrl = (await use.getByRole('link', { name: /data\.json$/ }).textContent())!;
    expect(csvUrl).toMatch(new RegExp(`^https?://.+/charts/${ID}/data\\.csv$`));
    expect(jsonUrl).toBe(csvUrl.replace(/\.csv$/, '.json'));
    // Served by this test's server, at the same path below the site's address.
    const local = (url: string) => url.slice(siteUrlOf(csvUrl).length - 1);
    const csvResponse = await request.get(local(csvUrl));
    expect(csvResponse.status()).toBe(200);
    const csv = Papa.parse<CsvRow>((await csvResponse.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const jsonResponse = await request.get(local(jsonUrl));
    expect(jsonResponse.status()).toBe(200);
    const json = (await jsonResponse.json()) as JsonData;
    expect(json.id).toBe(ID);

    const table = page.getByRole('region', { name: w.figures }).getByRole('table');
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
    expect(shown.length).toBe(json.records.length);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    shown.forEach(([, value = '', , flags = ''], i) => {
      const record = json.records[i]!;
      expect(digits(value), `row ${i + 1}`).toBe(digits(`${record.value}${record.valueHigh ?? ''}`));
      const rowsOfRecord = csv.filter((r) => r.year === String(record.year ?? '') && r.value === String(record.value));
      expect(rowsOfRecord.length, `row ${i + 1}`).toBe(record.citations.length);
      for (const r of rowsOfRecord) {
        if (lang === 'en') expect(r.figure).toBe(value);
        expect(r.flags).toBe(record.flags.join(' '));
        // A flag the table names is in the file too.
        expect(r.flags === '').toBe(flags === '');
        expect(record.citations.map((c) => c.source)).toContain(r.source);
        expect(json.sources.map((s) => s.id)).toContain(r.source);
        expect(record.citations.map((c) => c.quote)).toContain(r.quote);
      }
    });
    expect(csv.length).toBe(json.records.reduce((n, r) => n + r.citations.length, 0));
  });

  test(`${lang}: the Python snippet, run against this site, reads the chart's figures; each snippet has a Copy button`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(w.path);
    const use = page.getByRole('region', { name: w.useData });
    const csvUrl = (await use.getByRole('link', { name: /data\.csv$/ }).textContent())!;
    const python = use.getByRole('textbox', { name: 'Python (pandas)' });
    const snippet = await python.inputValue();
    expect(snippet.split('\n')).toHaveLength(3);
    expect(snippet).toContain('pd.read_csv(');
    expect(snippet).toContain(csvUrl);
    const r = await use.getByRole('textbox', { name: 'R', exact: true }).inputValue();
    expect(r.split('\n')).toHaveLength(3);
    expect(r).toContain(csvUrl);

    // Copy puts the snippet itself on the clipboard.
    await python.locator('..').getByRole('button').click();
    await expect(python.locator('..').getByRole('status')).toHaveText(w.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    const here = snippet.replaceAll(siteUrlOf(csvUrl), `${baseURL}/`);
    let hasPandas = true;
    try {
      execFileSync('python3', ['-c', 'import pandas'], { stdio: 'ignore' });
    } catch {
      hasPandas = false;
    }
    // Without pandas, the same URL read with Python's csv module, as read_csv would read it.
    const program = hasPandas
      ? here
      : [
          'import csv, io, urllib.request',
          `url = ${JSON.stringify(`${baseURL}/charts/${ID}/data.csv`)}`,
          'rows = list(csv.DictReader(io.StringIO(urllib.request.urlopen(url).read().decode("utf-8-sig"))))',
          'print("\\n".join(" ".join([r["year"], r["value"], r["flags"], r["source"]]) for r in rows))',
        ].join('\n');
    if (!hasPandas) expect(here).toContain(`${baseURL}/charts/${ID}/data.csv`);
    const out = execFileSync('python3', ['-c', program], { encoding: 'utf8', timeout: 30_000 });
    for (const line of ['2024 80', '2025 50 estimate reuters']) expect(out.replace(/\s+/g, ' ')).toContain(line);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the page hydrates without error and shows its chart at the phone’s width in its narrowest layout, the page no wider than the screen', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(WORDS.en.path);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
    const chart = page.getByRole('img', { name: new RegExp(WORDS.en.title) });
    expect((await chart.boundingBox())!.width).toBeLessThan(390);
    expect(await chart.evaluate((svg) => svg.closest('.chart-band')?.className)).toBe('chart-band chart-band--260');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
