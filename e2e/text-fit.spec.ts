import { expect, test, type Page } from '@playwright/test';

/**
 * Text that fits: at a phone's width and a desktop's, in both languages, no data table breaks a word
 * inside itself and no two labels of a chart touch.
 */

const WIDTHS = [320, 390, 1440];
const LANGS = [
  { lang: 'en', path: '/', show: 'Show data table', hide: 'Hide data table' },
  { lang: 'vi', path: '/vi/', show: 'Hiện bảng số liệu', hide: 'Ẩn bảng số liệu' },
] as const;

/** Opens every card's data table, each once its card answers (cards hydrate as they near the viewport). */
async function openEveryTable(page: Page, show: string, hide: string) {
  const buttons = page.getByRole('button', { name: show, exact: true });
  const total = await buttons.count();
  expect(total).toBeGreaterThan(0);
  for (let i = 0; i < total; i += 1) {
    // The first "show" button left: the ones opened before now read "hide".
    const next = buttons.first();
    await next.scrollIntoViewIfNeeded();
    await expect(async () => {
      await next.click({ timeout: 2_000 });
      await expect(page.getByRole('button', { name: hide, exact: true })).toHaveCount(i + 1, { timeout: 2_000 });
    }).toPass();
  }
  await expect(page.locator('.table-wrap:not(.event-list) table')).toHaveCount(total);
  return total;
}

/**
 * Every word of every table cell that lies on more than one line. A word is a run between white
 * space; a break after a hyphen or dash ("self-|sufficiency") is between words, not inside one.
 */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('.table-wrap:not(.event-list) th, .table-wrap:not(.event-list) td, .table-wrap:not(.event-list) caption')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[^\s\-‐‑–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          if (lines.length > 1) broken.push(`${m[0]} (${lines.length} lines)`);
        }
      }
    }
    return broken;
  });
}

/** Every pair of text labels that overlap in one chart drawing, named by the chart and both texts. */
function overlappingLabels(page: Page) {
  return page.evaluate(() => {
    const pairs: string[] = [];
    const svgs = [...document.querySelectorAll('svg.chart')];
    for (const svg of svgs) {
      const name = svg.getAttribute('aria-label') ?? svg.closest('article')?.querySelector('h3')?.textContent ?? '?';
      const texts = [...svg.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
        .filter((t) => t.box.width > 0 && t.box.height > 0 && t.text.trim() !== '');
      for (let i = 0; i < texts.length; i += 1) {
        for (let j = i + 1; j < texts.length; j += 1) {
          const a = texts[i]!.box;
          const b = texts[j]!.box;
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // Glyph boxes include the line's leading: lines that merely share a pixel of it do not touch.
          if (dx > 0.5 && dy > 2) pairs.push(`${name}: "${texts[i]!.text}" / "${texts[j]!.text}"`);
        }
      }
    }
    return { charts: svgs.length, pairs };
  });
}

for (const width of WIDTHS) {
  for (const { lang, path, show, hide } of LANGS) {
    test(`${lang} at ${width} px: no table breaks a word, no two chart labels overlap`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const tables = await openEveryTable(page, show, hide);
      expect(tables).toBeGreaterThanOrEqual(20);
      expect.soft(await brokenWords(page)).toEqual([]);
      const { charts, pairs } = await overlappingLabels(page);
      expect(charts).toBeGreaterThanOrEqual(tables);
      expect.soft(pairs).toEqual([]);
    });
  }
}

test('a chart’s own page draws its table as labelled rows on a phone, no word broken', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/charts/chip-company-values/');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  // Each field is labelled beside its value: the value cell sits under the row's name, not in a column beside it.
  const head = await table.getByRole('rowheader').first().boundingBox();
  const cell = await table.getByRole('cell').first().boundingBox();
  expect(head && cell && cell.y).toBeGreaterThanOrEqual((head?.y ?? 0) + (head?.height ?? 0) - 1);
  expect(await brokenWords(page)).toEqual([]);
});

/**
 * Each card chart shows one of its bands (src/charts/bands.ts), stretched to its frame: at a phone's,
 * a tablet's and desktops' widths, in both languages, the band shown has no two labels that
 * overlap and no label cut by the frame.
 */
for (const width of [320, 390, 768, 1280, 1440]) {
  for (const { lang, path } of LANGS) {
    test(`${lang} at ${width} px: each card shows one band of its chart, its labels apart and inside the frame`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const frames = await page.locator('.chart-frame').evaluateAll((all) =>
        all
          .filter((f) => f.querySelector('svg.chart'))
          .map((f) => {
            const shown = [...f.querySelectorAll('svg.chart')].filter((svg) => svg.getBoundingClientRect().width > 0);
            const frame = f.getBoundingClientRect();
            const cut = shown.flatMap((svg) =>
              [...svg.querySelectorAll('text')]
                .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
                .filter((t) => t.box.width > 0 && (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5))
                .map((t) => `${svg.getAttribute('aria-label')}: "${t.text}" at ${Math.round(t.box.left - frame.left)}–${Math.round(t.box.right - frame.left)} of ${Math.round(frame.width)} px`),
            );
            return { shown: shown.length, band: shown[0]?.closest('.chart-band')?.className ?? '', frame: frame.width, cut };
          }),
      );
      expect(frames.length).toBeGreaterThanOrEqual(20);
      expect(frames.filter((f) => f.shown !== 1)).toEqual([]);
      expect.soft(frames.flatMap((f) => f.cut)).toEqual([]);
      // The band shown is never wider than its frame, except the narrowest under a narrower frame.
      for (const f of frames) {
        const design = Number(/chart-band--(\d+)/.exec(f.band)?.[1]);
        if (![260, 134].includes(design)) expect(design, f.band).toBeLessThanOrEqual(Math.ceil(f.frame));
      }
      expect.soft((await overlappingLabels(page)).pairs).toEqual([]);
    });
  }
}
