import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test, type Page, type Route } from '@playwright/test';
import Papa from 'papaparse';
import { card, chart, fetchDataAtRunTime, timeline, waitForCharts } from './helpers';
import { chartsShownHeading, SERIES_TOTAL } from './data-counts';

const NVIDIA = "Nvidia’s market share in China";
const EV_INVESTMENT = /Investment in China’s electric-vehicle industry/;
const SHIPBUILDING = "China’s share of global shipbuilding";
const NVIDIA_FILE = '**/data/series/nvidia-china-share.json';

// Each fault is served to the page's own requests, not to the data the build embedded.
test.beforeEach(async ({ page }) => {
  await fetchDataAtRunTime(page);
});

type Fault = {
  name: string;
  /** Serves the file broken; `route.fallback()` serves it as it is. */
  serve: (route: Route) => Promise<void>;
  says: (string | RegExp)[];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fault may break any field of the file
async function editedJson(route: Route, edit: (json: any) => void) {
  const response = await route.fetch();
  const json = await response.json();
  edit(json);
  await route.fulfill({ response, json });
}

const FAULTS: Fault[] = [
  {
    name: 'invalid JSON',
    serve: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{ "id": "nvidia-china-share", ' }),
    says: ['not valid JSON'],
  },
  {
    name: 'a value that is a string',
    serve: (route) => editedJson(route, (json) => (json.records[0].value = '80%')),
    says: ['records[0] (2024).value', '(got "80%")'],
  },
  {
    name: 'a share of 180%',
    serve: (route) => editedJson(route, (json) => (json.records[0].value = 180)),
    says: ['records[0] (2024).value: a share must be within 0–100% (got 180)'],
  },
  {
    name: 'a source id that does not exist',
    serve: (route) => editedJson(route, (json) => (json.records[1].citations[0].source = 'made-up-source')),
    says: ["records[1] (2025).citations[0].source: unknown source 'made-up-source' (not in sources.json)"],
  },
  {
    name: 'an empty series',
    serve: (route) => editedJson(route, (json) => (json.records = [])),
    says: ['records: ', 'expected array to have >=1 items'],
  },
  { name: 'a missing file (404)', serve: (route) => route.fulfill({ status: 404, body: 'Not found' }), says: ['file not found (HTTP 404)'] },
  { name: 'a server error (500)', serve: (route) => route.fulfill({ status: 500, body: 'boom' }), says: ['server error (HTTP 500)'] },
  { name: 'an unavailable server (503)', serve: (route) => route.fulfill({ status: 503, body: 'busy' }), says: ['server error (HTTP 503)'] },
];

async function expectOthersDrawn(page: Page) {
  await expect(chart(page, EV_INVESTMENT)).toBeVisible();
  await expect(chart(page, SHIPBUILDING)).toBeVisible();
}

for (const fault of FAULTS) {
  test(`the Nvidia card reports ${fault.name}, the others draw, and Retry recovers`, async ({ page }) => {
    let broken = true;
    await page.route(NVIDIA_FILE, (route) => (broken ? fault.serve(route) : route.fallback()));
    await page.goto('/');
    const alert = card(page, NVIDIA).getByRole('alert');
    await expect(alert).toContainText('Could not load series/nvidia-china-share.json');
    for (const text of fault.says) await expect(alert).toContainText(text);
    await expectOthersDrawn(page);
    await expect(chart(page, NVIDIA)).toHaveCount(0);

    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(chart(page, NVIDIA)).toBeVisible();
  });
}

test('a file that never answers is reported once its time is up, and Retry recovers', async ({ page }) => {
  let hang = true;
  // The site allows 6 seconds; the test allows half a second, so as not to wait the full time.
  await page.addInitScript(() => {
    window.dashboardDataTimeoutMs = 500;
  });
  await page.route(NVIDIA_FILE, (route) => (hang ? undefined : route.fallback()));
  await page.goto('/');
  await expectOthersDrawn(page);
  const alert = card(page, NVIDIA).getByRole('alert');
  await expect(alert).toContainText('no answer within 0.5 seconds');
  hang = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(chart(page, NVIDIA)).toBeVisible();
});

test('hostile text in the data is shown as text and runs nothing', async ({ page }) => {
  const payload = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>';
  await page.route(NVIDIA_FILE, (route) =>
    editedJson(route, (json) => {
      json.title.en = `Nvidia ${payload}`;
      json.records[0].citations[0].quote = `Quoted ${payload}`;
    }),
  );
  await page.route('**/data/index.json', (route) =>
    editedJson(route, (json) => (json.series[0].title.en = `Nvidia ${payload}`)),
  );
  await page.goto('/');
  await waitForCharts(page);
  const nvidia = card(page, `Nvidia ${payload}`);
  await expect(nvidia.getByRole('heading', { level: 3 })).toHaveText(`Nvidia ${payload}`);
  await nvidia.getByRole('button', { name: /^2024: 80%/ }).click();
  await expect(nvidia.getByRole('region', { name: 'Where this figure comes from' })).toContainText(`Quoted ${payload}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});

test('a source URL that is not http(s) is refused, named, and never linked', async ({ page }) => {
  await page.route('**/data/sources.json', (route) =>
    editedJson(route, (json) => (json.sources[4].url = 'javascript:window.__ran=1')),
  );
  await page.goto('/');
  await waitForCharts(page);
  const alert = page.getByRole('alert').filter({ hasText: 'sources.json' });
  await expect(alert).toContainText('Could not load sources.json');
  await expect(alert).toContainText('sources[4] (reuters).url');
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  // The figures still say where they come from, by source id.
  await expect(card(page, NVIDIA).getByText('Source: reuters')).toBeVisible();
});

test('script in every link parameter is ignored, named as text, and runs nothing', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const script = '<script>alert(1)</script>';
  const query = new URLSearchParams({ sectors: script, from: script, to: '99999', event: script, lang: script });
  await page.goto(`/?${query.toString()}`);
  await waitForCharts(page);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was not understood' });
  await expect(notice).toContainText(`Ignored unknown sector '${script}'.`);
  await expect(notice).toContainText("Ignored to='99999'");
  await expect(notice.locator('script')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: chartsShownHeading(SERIES_TOTAL) })).toBeVisible();
});

test('a reversed year range and an unknown event are ignored with a notice', async ({ page }) => {
  await page.goto('/?from=2025&to=2019&event=no-such-event');
  await waitForCharts(page);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was not understood' });
  await expect(notice).toContainText('Ignored the year range 2025–2019: it ends before it starts.');
  await expect(notice).toContainText("Ignored event 'no-such-event': there is no such event.");
  await expect(page).toHaveURL(/\/$/);
});

test('charts that could not be loaded are counted in the heading and named by the deck and its message', async ({ page }) => {
  const failing = ['nvidia-china-share', 'ev-investment'];
  const titles = (JSON.parse(readFileSync('data/index.json', 'utf8')) as { series: { id: string; title: { en: string } }[] }).series
    .filter((s) => failing.includes(s.id))
    .map((s) => s.title.en);
  await page.route(/\/data\/series\/(nvidia-china-share|ev-investment)\.json$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 2, name: `${SERIES_TOTAL - 2} of ${SERIES_TOTAL} charts shown — 2 could not be loaded` });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export slides (.pptx)' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await downloading).path()));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  // The title slide, the timeline, and one slide per chart drawn.
  expect(slides).toHaveLength(SERIES_TOTAL - 2 + 2);
  const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(cover).toContain(xmlText(`Left out, as they could not be loaded: ${titles.join('; ')}`));
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded china-tech-race-all-sectors.pptx' })).toContainText(
    `Left out, as they could not be loaded: ${titles.join('; ')}`,
  );
});

test('with every chart failing, the deck button says why it cannot be used', async ({ page }) => {
  await page.route('**/data/series/*.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: `0 of ${SERIES_TOTAL} charts shown — ${SERIES_TOTAL} could not be loaded` })).toBeVisible();
  const button = page.getByRole('button', { name: 'Export slides (.pptx)' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription('No chart is shown and loaded: there is nothing to put on slides.');
});

test('a link with thousands of bad values lists a few notices and says how many more; repeated and misspelled keys are named', async ({ page }) => {
  const bogus = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(',');
  await page.goto(`/?sectors=${bogus}`);
  const banner = page.getByRole('status').filter({ hasText: 'Part of this link was not understood' });
  await expect(banner.getByRole('listitem')).toHaveCount(6);
  await expect(banner.getByRole('listitem').last()).toHaveText('… and 1995 more.');
  const box = await banner.boundingBox();
  expect(box!.height).toBeLessThan(400);

  await page.goto('/?SECTORS=ai&sectors=ev&event=deepseek-r1%E2%80%AE');
  await expect(page.getByText("Read 'SECTORS' as 'sectors'.")).toBeVisible();
  await expect(page.getByText("'sectors' is given more than once: the first is used, 1 other was ignored.")).toBeVisible();
  await expect(page.getByText("Ignored event 'deepseek-r1': not an event id.")).toBeVisible();
  await expect(page).toHaveURL(/\?sectors=ai$/);
});

test('a series or an event listed twice is named, and drawn once', async ({ page }) => {
  const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as { events: string; series: { id: string }[] };
  const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; title: { en: string } }[] };
  const copied = index.series[0]!;
  const repeatedEvent = events.events.find((e) => e.id === 'deepseek-r1')!;
  await page.route('**/data/index.json', (route) => route.fulfill({ json: { ...index, series: [...index.series, copied] } }));
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ json: { ...events, events: [...events.events, { ...repeatedEvent, title: { en: 'A copy', vi: 'Bản sao' } }] } }),
  );
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'contradict themselves' });
  await expect(notice).toContainText(`index.json: series '${copied.id}' is listed twice (series[0] and series[${index.series.length}]); the second is not shown`);
  await expect(notice).toContainText(`events.json: event 'deepseek-r1' appears twice (events[`);
  await expect(page.getByRole('heading', { level: 2, name: chartsShownHeading(SERIES_TOTAL) })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.locator('article[data-series]:visible')).toHaveCount(SERIES_TOTAL);
  await expect(page.getByRole('button', { name: /^A copy/ })).toHaveCount(0);
});

test('an index entry pointing at another series’ file says so in its card, and draws nothing under the wrong title', async ({ page }) => {
  const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as { series: { id: string; file: string; title: { en: string } }[] };
  const [first, second] = [index.series[0]!, index.series[1]!];
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ json: { ...index, series: index.series.map((s) => (s.id === second.id ? { ...s, file: `series/copy-of-${first.id}.json` } : s)) } }),
  );
  await page.route(`**/data/series/copy-of-${first.id}.json`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(`copy-of-${first.id}`, first.id) });
    await route.fulfill({ response });
  });
  await page.goto('/');
  const alert = card(page, second.title.en).getByRole('alert');
  await expect(alert).toContainText(`id: the file holds series '${first.id}', not the index's '${second.id}'`);
  await expect(card(page, second.title.en).getByRole('img')).toHaveCount(0);
  // Its headline tile says it could not be loaded, rather than loading for ever.
  const tile = page.getByRole('region', { name: 'Headline figures' }).getByRole('article', { name: second.title.en });
  await expect(tile).toContainText(`Could not load series/copy-of-${first.id}.json`);
  await expect(tile.getByText('Loading…')).toHaveCount(0);
  // No figure is drawn (a figure is its bold number).
  await expect(tile.locator('strong')).toHaveCount(0);
});

const CHIPMAKERS = 'Chip companies’ market value';
const CHIPMAKERS_FILE = '**/data/series/chip-company-values.json';

/** The page is no wider than the window: no text or card runs past it. */
async function expectNoWidening(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/**
 * The card is no taller than the tallest other card, and no wider than its column: as wide as the
 * other chart cards of its section (key-figure tiles, a column wide or two, are not of its kind;
 * sections share the width unevenly) and no wider than the section.
 */
async function expectCardInBounds(page: Page, title: string | RegExp) {
  const own = card(page, title).and(page.locator('article[data-series]:not(.tile)'));
  const box = (await own.boundingBox())!;
  const others = await page.locator('article[data-series]:not(.tile):visible').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
  const tallest = Math.max(...others.filter((o) => Math.abs(o.y - box.y) > 1 || Math.abs(o.x - box.x) > 1).map((o) => o.height));
  const section = await own.evaluate((c) => {
    const grid = c.closest('.card-grid')!;
    const kin = [...grid.querySelectorAll(':scope > article[data-series]:not(.tile)')].filter((k) => k !== c && (k as HTMLElement).offsetParent !== null);
    return { width: grid.getBoundingClientRect().width, kin: kin.map((k) => Math.round(k.getBoundingClientRect().width)) };
  });
  expect(box.height).toBeLessThanOrEqual(tallest);
  expect(box.width).toBeLessThanOrEqual(section.width);
  expect(section.kin.length).toBeGreaterThan(0);
  expect(new Set(section.kin)).toEqual(new Set([Math.round(box.width)]));
}

/**
 * Where the title's lines and the chart's box of a downloaded export SVG are, as the browser draws
 * it: the title is the bold text above the chart group.
 */
async function exportGeometry(page: Page, svgText: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(svg);
    const rect = (el: Element) => el.getBoundingClientRect();
    const titles = [...svg.querySelectorAll(':scope > text')].filter((t) => t.getAttribute('font-weight') === '700');
    const plot = svg.querySelector(':scope > g')!;
    const result = {
      width: rect(svg).width,
      left: rect(svg).left,
      plotTop: rect(plot).top,
      titleBottom: Math.max(...titles.map((t) => rect(t).bottom)),
      titleRight: Math.max(...titles.map((t) => rect(t).right)),
      titleLines: titles.map((t) => t.textContent),
      fullTitle: svg.querySelector(':scope > title')?.textContent,
    };
    svg.remove();
    return result;
  }, svgText);
}

async function download(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8'), path: await file.path() };
}

/** Serves the chipmakers' series with 5,000 companies. */
function serveFiveThousandChipmakers(page: Page) {
  return page.route(CHIPMAKERS_FILE, (route) =>
    editedJson(route, (json) => {
      const first = json.records[0] as Record<string, unknown>;
      json.records = Array.from({ length: 5000 }, (_, i) => ({ ...first, label: { en: `Firm ${i}`, vi: `Hãng ${i}` }, value: 5000 - i }));
    }),
  );
}

test('a series of 5,000 records: its card names the count at its normal size, offers table and CSV, and exports clear of its title', async ({ page }) => {
  await serveFiveThousandChipmakers(page);
  await page.goto('/');
  await waitForCharts(page);
  const chipmakers = card(page, CHIPMAKERS);
  await expect(chipmakers).toContainText('5,000 figures: more than this chart draws legibly (24 at most). Every one is in the data table and the CSV.');
  await expect(chipmakers.getByRole('img')).toHaveCount(0);
  await expectCardInBounds(page, CHIPMAKERS);
  await expectNoWidening(page);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(10_000);

  const csv = await download(page, () => chipmakers.getByRole('button', { name: 'Download all 5,000 as CSV' }).click());
  const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(rows).toHaveLength(1 + 5000);
  expect(rows.filter((r) => r.startsWith('#'))).toEqual([]);
  await expect(chipmakers.getByRole('status').filter({ hasText: `Downloaded ${csv.name}` })).toBeVisible();

  await chipmakers.getByRole('button', { name: 'Show data table' }).click();
  const table = chipmakers.getByRole('region', { name: `Data table: ${CHIPMAKERS}` });
  await expect(table.getByRole('row')).toHaveCount(1 + 50);
  await expect(table).toContainText('Showing the first 50 of 5,000 figures. The CSV holds them all.');
  await expect(table.getByRole('button', { name: 'Download all 5,000 as CSV' })).toBeVisible();

  await chipmakers.getByRole('button', { name: `Export “${CHIPMAKERS}”` }).click();
  const svg = await download(page, () => page.getByRole('menuitem', { name: 'SVG' }).click());
  const geometry = await exportGeometry(page, svg.text);
  expect(geometry.titleLines).toEqual([CHIPMAKERS]);
  expect(geometry.titleBottom).toBeLessThanOrEqual(geometry.plotTop);
  expect(svg.text).toContain('5,000 figures');

  const deck = await download(page, () => page.getByRole('button', { name: 'Export slides (.pptx)' }).click());
  const zip = await JSZip.loadAsync(await readFile(deck.path));
  expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(SERIES_TOTAL + 2);
});

test('a series of 5,000 records says so in Vietnamese, with the table cut the same way', async ({ page }) => {
  await serveFiveThousandChipmakers(page);
  await page.goto('/?lang=vi');
  const chipmakers = page.locator('article[data-series="chip-company-values"]');
  // The page is drawn afresh in Vietnamese with 5,000 figures in one file: as long as that takes, up to 20 s.
  await expect(chipmakers).toContainText('5.000 số liệu: nhiều hơn mức biểu đồ này vẽ rõ được (tối đa 24). Tất cả đều có trong bảng số liệu và tệp CSV.', { timeout: 20_000 });
  await expect(chipmakers.getByRole('button', { name: 'Tải cả 5.000 số liệu dạng CSV' })).toBeVisible();
  await chipmakers.getByRole('button', { name: /^Hiện bảng/ }).click();
  await expect(chipmakers).toContainText('Đang hiện 50 số liệu đầu tiên trong tổng số 5.000. Tệp CSV có đủ tất cả.');
});

test('a title of 50,000 characters without a space: cut in its card with the whole in a tooltip, the page no wider, the exports apart', async ({ page }) => {
  const long = `N${'x'.repeat(49_999)}`;
  await page.route(NVIDIA_FILE, (route) => editedJson(route, (json) => (json.title.en = long)));
  await page.route('**/data/index.json', (route) =>
    editedJson(route, (json) => {
      const entries = json.series as { id: string; title: { en: string } }[];
      entries.find((s) => s.id === 'nvidia-china-share')!.title.en = long;
    }),
  );
  await page.goto('/');
  await waitForCharts(page);
  const shown = `${long.slice(0, 119)}…`;
  // The card's heading (the headline tile repeats the title, cut the same way).
  const heading = page.locator('article[data-series="nvidia-china-share"]').getByRole('heading', { level: 3, name: shown });
  await expect(heading).toBeVisible();
  await expect(heading.locator('[title]')).toHaveAttribute('title', long);
  await expectNoWidening(page);
  await expectCardInBounds(page, shown);

  const nvidia = card(page, shown);
  await nvidia.getByRole('button', { name: `Export “${shown}”` }).click();
  const svg = await download(page, () => page.getByRole('menuitem', { name: 'SVG' }).click());
  const geometry = await exportGeometry(page, svg.text);
  expect(geometry.fullTitle).toBe(long);
  expect(geometry.titleLines).toHaveLength(3);
  expect(geometry.titleLines.at(-1)!.endsWith('…')).toBe(true);
  expect(geometry.titleBottom).toBeLessThanOrEqual(geometry.plotTop);
  expect(geometry.titleRight).toBeLessThanOrEqual(geometry.left + geometry.width);

  const deck = await download(page, () => page.getByRole('button', { name: 'Export slides (.pptx)' }).click());
  const zip = await JSZip.loadAsync(await readFile(deck.path));
  const slides = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  expect(slides.filter((xml) => xml.includes(shown))).toHaveLength(1);
  expect(slides.some((xml) => xml.includes(long))).toBe(false);
  const notes = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  expect(notes.some((xml) => xml.includes(long))).toBe(true);
});

test('a CSV of a chart cut by the year range says, in the file and the message, which figures it leaves out', async ({ page }) => {
  await page.goto('/?from=2025');
  await waitForCharts(page);
  const nvidia = card(page, NVIDIA);
  await nvidia.getByRole('button', { name: `Export “${NVIDIA}”` }).click();
  const csv = await download(page, () => page.getByRole('menuitem', { name: 'CSV (data)' }).click());
  const note = 'Not in this file: 1 figure outside the years shown (2024)';
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  // The note fills the first column of a row as wide as the header.
  expect(lines.at(-1)).toBe(`# ${note}${','.repeat(lines[0]!.split(',').length - 1)}`);
  await expect(nvidia.getByRole('status')).toHaveText(`Downloaded ${csv.name}. ${note}`);
});

test('a CSV of a filtered timeline says, in the file and the message, which events it leaves out', async ({ page }) => {
  const all = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; date: { start: string }; title: { en: string } }[] }).events;
  await page.goto('/?from=2025');
  await waitForCharts(page);
  const section = timeline(page);
  const [shown, total] = (/(\d+) of (\d+) events shown/.exec((await section.getByText(/ events shown$/).textContent()) ?? '') ?? []).slice(1).map(Number);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total!);
  await section.getByRole('button', { name: 'Export “Timeline”' }).click();
  const csv = await download(page, () => page.getByRole('menuitem', { name: 'CSV (data)' }).click());
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  // The events left out are those without a row, named by date, the first five of them.
  const left = all.filter((e) => !lines.some((line) => line.startsWith(`${e.id},`)));
  expect(left).toHaveLength(total! - shown!);
  const named = left.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id)).slice(0, 5).map((e) => e.title.en);
  const note = `Not in this file: ${total! - shown!} events the filters leave out (${named.join(', ')}, …)`;
  const [row] = Papa.parse<string[]>(lines.at(-1)!).data;
  expect(row).toEqual([`# ${note}`, ...lines[0]!.split(',').slice(1).map(() => '')]);
  await expect(section.getByRole('status')).toHaveText(`Downloaded ${csv.name}. ${note}`);
});

test('an event title of 50,000 characters without a space: cut in its card and the list with the whole in a tooltip, the page no wider', async ({ page }) => {
  const long = `D${'x'.repeat(49_999)}`;
  await page.route('**/data/events.json', (route) =>
    editedJson(route, (json) => {
      const events = json.events as { id: string; title: { en: string } }[];
      events.find((e) => e.id === 'deepseek-r1')!.title.en = long;
    }),
  );
  await page.goto('/?event=deepseek-r1');
  await waitForCharts(page);
  const shown = `${long.slice(0, 239)}…`;
  const eventCard = timeline(page).getByRole('article', { name: shown });
  await expect(eventCard).toBeVisible();
  await expect(eventCard.getByRole('heading', { level: 3 }).locator('[title]')).toHaveAttribute('title', long);
  await expect(page.getByRole('button', { name: `Event: ${shown}` })).toBeVisible();
  await expectNoWidening(page);

  await timeline(page).getByRole('button', { name: 'Show as list' }).click();
  const inList = timeline(page).getByRole('region', { name: 'The events shown, in date order' }).getByRole('button', { name: shown });
  await expect(inList).toBeVisible();
  await expect(inList.locator('[title]')).toHaveAttribute('title', long);
  await expectNoWidening(page);
});

test('a language whose words cannot be loaded says so, and the page stays whole in its own language', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The Vietnamese words are fetched only when the reader switches to them.
  let asked = 0;
  await page.route(/\/assets\/messages-vi-[^/]*\.js$/, (route) => {
    // The module itself; the page then asks (HEAD) whether it is gone or out of reach.
    if (route.request().method() === 'GET') asked += 1;
    return route.abort('internetdisconnected');
  });
  await page.goto('/');
  await waitForCharts(page);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
  expect(asked).toBe(0);
  await page.getByLabel('Language').selectOption({ label: 'Tiếng Việt' });
  await expect(page.getByRole('alert')).toHaveText('Tiếng Việt could not be loaded: check the connection and choose it again.');
  expect(asked).toBe(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("China's race for tech self-reliance");
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await expect(page).not.toHaveURL(/lang=vi/);
  expect(errors).toEqual([]);

  // Once the connection is back, choosing it again switches the page.
  await page.unroute(/\/assets\/messages-vi-[^/]*\.js$/);
  await page.getByLabel('Language').selectOption({ label: 'Tiếng Việt' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cuộc đua tự chủ công nghệ của Trung Quốc');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
