import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { card, collectErrors, timeline, waitForCharts } from './helpers';

const NVIDIA = "Nvidia’s market share in China";

/** Picks `item` from the Export menu of the card titled `title` (or of the timeline, with `region`), and keeps the file. */
async function exportFrom(page: Page, title: string, item: string, region = card(page, title)): Promise<{ download: Download; path: string }> {
  await region.getByRole('button', { name: `Export “${title}”` }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { download, path };
}

/** Share of pixels in a region that are far from the background, and whether any is near `rgb`. */
function inspect(png: PNG, region: { x0: number; y0: number; x1: number; y1: number }, rgb?: [number, number, number]) {
  let ink = 0;
  let total = 0;
  let colourFound = false;
  for (let y = region.y0; y < region.y1; y++) {
    for (let x = region.x0; x < region.x1; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      total++;
      if (r + g + b < 600) ink++;
      if (rgb && Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]) < 40) colourFound = true;
    }
  }
  return { ink: ink / total, colourFound };
}

let errors: string[] = [];

test.beforeEach(async ({ page }) => {
  errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
});

// Every export runs under the site's Content-Security-Policy without a violation or an error.
test.afterEach(() => {
  expect(errors).toEqual([]);
});

test('“PNG, slide” downloads a 1920×1080 image with header, chart and source footer', async ({ page }) => {
  const { download, path } = await exportFrom(page, NVIDIA, 'PNG, slide (1920×1080)');
  expect(download.suggestedFilename()).toBe('nvidia-china-share-2024-2025.png');
  await expect(card(page, NVIDIA).getByRole('status')).toHaveText('Downloaded nvidia-china-share-2024-2025.png');
  const png = PNG.sync.read(await readFile(path));
  expect([png.width, png.height]).toEqual([1920, 1080]);
  // A white slide, with dark title text at the top, the blue marks in the middle and text at the bottom.
  expect(inspect(png, { x0: 0, y0: 0, x1: 40, y1: 40 }).ink).toBe(0);
  expect(inspect(png, { x0: 96, y0: 90, x1: 1400, y1: 170 }).ink).toBeGreaterThan(0.05);
  expect(inspect(png, { x0: 96, y0: 250, x1: 1824, y1: 760 }, [0x1f, 0x5f, 0xa8]).colourFound).toBe(true);
  expect(inspect(png, { x0: 96, y0: 880, x1: 1000, y1: 990 }).ink).toBeGreaterThan(0.01);
});

test('“PNG, 2×” is twice the size of the card’s export', async ({ page }) => {
  const { download, path } = await exportFrom(page, NVIDIA, 'PNG, 2× card size');
  expect(download.suggestedFilename()).toBe('nvidia-china-share-2024-2025-2x.png');
  const png = PNG.sync.read(await readFile(path));
  const chartWidth = (await card(page, NVIDIA).getByRole('img').boundingBox())!.width;
  // The card's chart plus a 20 px margin each side, doubled.
  expect(png.width).toBe(2 * (Math.floor(chartWidth) + 40));
  expect(png.height % 2).toBe(0);
  expect(inspect(png, { x0: 0, y0: 0, x1: png.width, y1: png.height }, [0x1f, 0x5f, 0xa8]).colourFound).toBe(true);
});

test('the SVG is self-contained and carries title, figures, flags, filters and source', async ({ page }) => {
  await page.goto('/?sectors=semiconductors&from=2024&to=2025');
  await waitForCharts(page);
  const { download, path } = await exportFrom(page, NVIDIA, 'SVG');
  expect(download.suggestedFilename()).toBe('nvidia-china-share-2024-2025.svg');
  const svg = await readFile(path, 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).not.toContain('var(--');
  expect(svg).not.toContain('class=');
  // Nothing external: the one `url(` is the embedded font's own data.
  expect(svg).not.toMatch(/href=|<image|@import|url\((?!data:font\/woff2;base64,)/);
  expect(svg).toMatch(/@font-face \{ font-family: 'Noto Sans'; font-weight: 400; src: url\(data:font\/woff2;base64,/);
  for (const text of [
    'Nvidia’s market share in China',
    '80%',
    '50% est.',
    'estimate: a forecast, drawn dashed and hollow',
    'Source: Reuters Breakingviews, 2025-01-24',
    'Sectors: Semiconductors · 2024–2025',
  ]) {
    expect(svg).toContain(text);
  }
  expect(svg).toContain(`font-family="'Noto Sans'`);
});

test('the CSV has a header and the chart’s values with units, flags and sources', async ({ page }) => {
  const { download, path } = await exportFrom(page, NVIDIA, 'CSV (data)');
  expect(download.suggestedFilename()).toBe('nvidia-china-share-2024-2025.csv');
  const lines = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('series,year,label,value,value_high,unit,flags,source,publication,source_date,quote,quote_lang,figure');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(/^nvidia-china-share,2024,,80,,percent,,reuters,Reuters Breakingviews,2025-01-24,"Citigroup/);
  expect(lines[2]).toMatch(/^nvidia-china-share,2025,,50,,percent,estimate,reuters,.*,en,50% \(estimate\)$/);
});

test('the export menu works from the keyboard', async ({ page }) => {
  const button = card(page, NVIDIA).getByRole('button', { name: `Export “${NVIDIA}”` });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: `Export “${NVIDIA}”` });
  await expect(menu.getByRole('menuitem', { name: 'PNG, slide (1920×1080)' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'CSV (data)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'PNG, 2× card size' })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe('nvidia-china-share-2024-2025-2x.png');
});

test('“Copy image” puts a PNG on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const c = card(page, NVIDIA);
  await c.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: 'Copy image' }).click();
  await expect(c.getByRole('status')).toHaveText('Image copied to the clipboard');
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
});

test('a refused clipboard is reported in the card, not silently ignored', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.reload();
  await waitForCharts(page);
  const c = card(page, NVIDIA);
  await c.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: 'Copy image' }).click();
  await expect(c.getByRole('alert')).toHaveText(
    'Could not copy the image: Write permission denied. Use “PNG” to download it instead.',
  );
});

test('the deck of a filtered view has a title slide, the timeline, and one slide per chart shown', async ({ page }) => {
  await page.goto('/?sectors=semiconductors');
  await waitForCharts(page);
  const shown = await page.locator('article[data-series]:visible h3').allTextContents();
  expect(shown.length).toBeGreaterThan(3);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export slides (.pptx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('china-tech-race-semiconductors.pptx');
  await expect(page.getByText('Downloaded china-tech-race-semiconductors.pptx')).toBeVisible();

  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slideFiles).toHaveLength(shown.length + 2);
  const slideText = async (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
  expect(await slideText(1)).toContain('Sectors: Semiconductors · all years');
  const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const [i, title] of shown.entries()) {
    const xml = await slideText(i + 3);
    expect(xml).toContain(xmlEscape(title));
    expect(xml).toMatch(/Source: /);
  }
  const all = (await Promise.all(slideFiles.map((f) => zip.file(f)!.async('string')))).join('');
  expect(all).not.toContain('electric-vehicle');
  // The slides follow the page's order: Nvidia's, with its source's sentence in the notes, wherever its card is.
  const nvidiaSlide = shown.indexOf(NVIDIA) + 3;
  expect(nvidiaSlide).toBeGreaterThan(2);
  const notes = await zip.file(`ppt/notesSlides/notesSlide${nvidiaSlide}.xml`)!.async('string');
  expect(notes).toContain('Citigroup analysts estimate');
  // Every text box in the page's font: the theme's heading and body fonts are Noto Sans.
  const theme = await zip.file('ppt/theme/theme1.xml')!.async('string');
  expect(theme.match(/<a:(?:major|minor)Font>\s*<a:latin typeface="([^"]+)"/g)?.map((m) => m.replace(/.*typeface="/, '').replace('"', ''))).toEqual(['Noto Sans', 'Noto Sans']);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the slide keeps a light background for projection, and the card image follows the page', async ({ page }) => {
    const pixel = (png: PNG) => [png.data[0], png.data[1], png.data[2]];
    const slide = PNG.sync.read(await readFile((await exportFrom(page, NVIDIA, 'PNG, slide (1920×1080)')).path));
    expect(pixel(slide)).toEqual([255, 255, 255]);
    const cardImage = PNG.sync.read(await readFile((await exportFrom(page, NVIDIA, 'PNG, 2× card size')).path));
    const [r, g, b] = pixel(cardImage);
    expect(r! + g! + b!).toBeLessThan(150);
  });
});

/** The most accent-coloured pixels in any one column: a rule is a tall thin column of them. */
function tallestAccentColumn(png: PNG, [r0, g0, b0]: [number, number, number]): number {
  let best = 0;
  for (let x = 0; x < png.width; x++) {
    let count = 0;
    for (let y = 0; y < png.height; y++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - r0) + Math.abs(png.data[i + 1]! - g0) + Math.abs(png.data[i + 2]! - b0) < 60) count++;
    }
    best = Math.max(best, count);
  }
  return best;
}

const ACCENT: [number, number, number] = [0xb4, 0x23, 0x2a];

test('a selected event’s rule is drawn in the slide PNG and the SVG, as on the card', async ({ page }) => {
  await page.goto('/?event=deepseek-r1');
  await waitForCharts(page);
  const onCard = card(page, NVIDIA).getByRole('img');
  await expect(onCard.getByText('Jan 2025')).toBeVisible();

  const png = PNG.sync.read(await readFile((await exportFrom(page, NVIDIA, 'PNG, slide (1920×1080)')).path));
  // The dashed rule runs from the chart's top to its baseline: hundreds of accent pixels in one column.
  expect(tallestAccentColumn(png, ACCENT)).toBeGreaterThan(150);

  const svg = await readFile((await exportFrom(page, NVIDIA, 'SVG')).path, 'utf8');
  expect(svg).toContain('Jan 2025');
  const ruleLines = [...svg.matchAll(/<line\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => tag.includes('stroke-dasharray="3'));
  expect(ruleLines.length).toBeGreaterThan(0);
  expect(ruleLines.some((tag) => /stroke="(rgb\(180, 35, 42\)|#b4232a)"/.test(tag))).toBe(true);
});

test('an event that spans a season is a band on the card and in the export', async ({ page }) => {
  await page.goto('/?event=china-us-ai-gap-narrows');
  await waitForCharts(page);
  const onCard = await card(page, NVIDIA).getByRole('img').evaluate((svg) => {
    const rects = [...svg.querySelectorAll('rect')].filter((r) => getComputedStyle(r).stroke === 'rgb(180, 35, 42)');
    return Math.max(0, ...rects.map((r) => r.getBoundingClientRect().width));
  });
  expect(onCard).toBeGreaterThan(20);

  const svg = await readFile((await exportFrom(page, NVIDIA, 'SVG')).path, 'utf8');
  const bands = [...svg.matchAll(/<rect\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /stroke="(rgb\(180, 35, 42\)|#b4232a)"/.test(tag))
    .map((tag) => Number(/width="([\d.]+)"/.exec(tag)?.[1] ?? 0));
  expect(Math.max(0, ...bands)).toBeGreaterThan(20);
});

const timelineEvents = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; short: { en: string } }[] }).events;

const exportTimelineAs = (page: Page, item: string) => exportFrom(page, 'Timeline', item, timeline(page));

test('the timeline exports as a 1920×1080 slide, an SVG with every event labelled or counted, and a CSV of its events', async ({ page }) => {
  const slide = PNG.sync.read(await readFile((await exportTimelineAs(page, 'PNG, slide (1920×1080)')).path));
  expect([slide.width, slide.height]).toEqual([1920, 1080]);
  expect(inspect(slide, { x0: 96, y0: 250, x1: 1824, y1: 800 }).ink).toBeGreaterThan(0.01);

  const svg = await readFile((await exportTimelineAs(page, 'SVG')).path, 'utf8');
  expect(svg).not.toContain('class=');
  expect(svg).not.toContain('var(--');
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const labelled = timelineEvents.filter((e) => svg.includes(`>${xmlText(e.short.en)}<`));
  const clustered = [...svg.matchAll(/>(\d+) events</g)].reduce((n, m) => n + Number(m[1]), 0);
  expect(labelled.length + clustered).toBe(timelineEvents.length);

  const { download, path } = await exportTimelineAs(page, 'CSV (data)');
  expect(download.suggestedFilename()).toMatch(/^timeline-\d{4}-\d{4}\.csv$/);
  const csv = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('event,date,date_start,date_end,kind,sectors,title,source,publication,quote,quote_lang,date_as_worded,public_record_date,public_record_note,date_claims,translation,translation_lang');
  for (const e of timelineEvents) expect(csv).toContain(`\r\n${e.id},`);
});

test('the deck opens with the timeline after its title slide, and the title slide names the selected event', async ({ page }) => {
  await page.goto('/?event=deepseek-r1');
  await waitForCharts(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export slides (.pptx)' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await downloading).path()));
  const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
  expect(await slide(1)).toContain('Selected event: DeepSeek releases R1');
  const second = await slide(2);
  expect(second).toContain('>Timeline<');
  expect(second).toContain('<p:pic>');
});
