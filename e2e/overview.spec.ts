import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, timeline, waitForCharts, waitForChartsVi } from './helpers';

/** What a reader of each language sees on the first screen: the controls, the four headline figures and the timeline. */
const LANGS = {
  en: {
    path: '/',
    filters: 'Filters',
    sectors: 'Sectors',
    sectorNames: ['All sectors', 'AI', 'Semiconductors', 'Electric vehicles', 'Shipbuilding', 'Chemicals', 'Agriculture', 'Robotics', 'Finance', 'Policy'],
    headlines: 'Headline figures',
    timeline: 'Timeline',
    drawing: 'Events by kind, on a time axis',
    tiles: [
      ['Nvidia’s market share in China', ['80%', '50% (estimate)', '−30 points']],
      ['Investment in China’s electric-vehicle industry', ['$15bn', 'more than $45bn', '×3']],
      ['China’s share of global shipbuilding', ['5%', 'more than 50%', '+45 points']],
      ['China’s chip imports', ['about $400bn', 'approximate']],
    ],
  },
  vi: {
    path: '/vi/',
    filters: 'Bộ lọc',
    sectors: 'Lĩnh vực',
    sectorNames: ['Tất cả lĩnh vực', 'Trí tuệ nhân tạo', 'Bán dẫn', 'Xe điện', 'Đóng tàu', 'Hóa chất', 'Nông nghiệp', 'Robot', 'Tài chính', 'Chính sách'],
    headlines: 'Những con số chính',
    timeline: 'Dòng thời gian',
    drawing: 'Sự kiện theo loại, trên trục thời gian',
    tiles: [
      ['Thị phần của Nvidia tại Trung Quốc', ['80%', '50% (ước tính)', '−30 điểm phần trăm']],
      ['Đầu tư vào ngành xe điện Trung Quốc', ['15 tỷ USD', 'hơn 45 tỷ USD', '×3']],
      ['Thị phần đóng tàu toàn cầu của Trung Quốc', ['5%', 'hơn 50%', '+45 điểm phần trăm']],
      ['Nhập khẩu chip của Trung Quốc', ['khoảng 400 tỷ USD', 'xấp xỉ']],
    ],
  },
} as const;

/** The element's box lies wholly inside the window as it is (no scrolling). */
async function expectInViewport(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize()!;
  expect(box, `${what} is drawn`).not.toBeNull();
  const { x, y, width: w, height: h } = box!;
  expect(
    x >= 0 && y >= 0 && x + w <= width + 0.5 && y + h <= height + 0.5,
    `${what} lies within the ${width}×${height} window: its box is ${Math.round(x)},${Math.round(y)} ${Math.round(w)}×${Math.round(h)}`,
  ).toBe(true);
}

for (const [lang, l] of Object.entries(LANGS)) {
  test(`at 1440×900 the first screen shows the sector controls, the four headline figures and the whole timeline (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(l.path);
    const line = timeline(page, l.timeline);
    await expect(line).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const sectors = page.getByRole('region', { name: l.filters }).getByRole('group', { name: l.sectors });
    for (const name of l.sectorNames) await expectInViewport(page, sectors.getByRole('button', { name, exact: true }), `the “${name}” toggle`);

    const headlines = page.getByRole('region', { name: l.headlines });
    await expect(headlines.getByRole('article')).toHaveCount(l.tiles.length);
    for (const [title, texts] of l.tiles) {
      const tile = headlines.getByRole('article').filter({ has: page.getByRole('heading', { name: title, level: 3 }) });
      await expectInViewport(page, tile, `the tile “${title}”`);
      for (const text of texts) await expect(tile.getByText(text, { exact: false }).first()).toBeVisible();
    }

    // Every lane and its axis: the whole drawing, not only its top.
    const drawing = line.getByRole('group', { name: l.drawing });
    await expectInViewport(page, drawing, 'the timeline');
    const mark = drawing.getByRole('button').first();
    await expectInViewport(page, mark, 'an event on the timeline');
    await mark.click();
    await expect(page).toHaveURL(/[?&]event=[^&]+/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('a headline figure opens where it comes from: the source’s own words', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const tile = page.getByRole('region', { name: 'Headline figures' }).getByRole('article').filter({ hasText: 'Nvidia’s market share in China' });
  const source = tile.getByRole('button', { name: /^Source: Reuters Breakingviews/ });
  await expect(source).toHaveAttribute('aria-expanded', 'false');
  await source.click();
  await expect(source).toHaveAttribute('aria-expanded', 'true');
  const panel = tile.getByRole('region', { name: 'Where this figure comes from' });
  await expect(panel).toContainText('compared with 80% in 2024');
  await expect(panel).toContainText('Flags: estimate');
});

test('scrolled to the bottom, the reader changes a sector and steps to the next event without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForCharts(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1)).toBe(true);

  const bar = page.getByRole('region', { name: 'Filters' });
  const semiconductors = bar.getByRole('group', { name: 'Sectors' }).getByRole('button', { name: 'Semiconductors', exact: true });
  await expectInViewport(page, semiconductors, 'the Semiconductors toggle');
  await semiconductors.click();
  await expect(page).toHaveURL(/\?sectors=semiconductors$/);
  // Still at the bottom of the (now shorter) page: the reader has not been moved back up.
  await expect.poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1)).toBe(true);

  const stepper = bar.getByRole('group', { name: 'Selected event' });
  await expect(stepper).toContainText('No event selected');
  const next = stepper.getByRole('button', { name: 'Next event' });
  await expectInViewport(page, next, 'Next event');
  await next.click();
  await expect(page).toHaveURL(/\?sectors=semiconductors&event=[^&]+$/);
  await expect(stepper).toContainText(/Event 1 of \d+/);
  const first = new URL(page.url()).searchParams.get('event');
  await next.click();
  await expect(stepper).toContainText(/Event 2 of \d+/);
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe(first);
  await stepper.getByRole('button', { name: 'Previous event' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(first);
  // The bar is still where the reader's hand is: no scrolling needed for the next step.
  await expectInViewport(page, next, 'Next event, after stepping');
  // The event chip beside it names the event and removes it.
  await bar.getByRole('button', { name: /^Remove filter: Event:/ }).click();
  await expect(page).toHaveURL(/\?sectors=semiconductors$/);
});

for (const width of [1440, 390]) {
  test(`the sticky bar covers nothing: a card’s heading focused from below lands under the bar, not beneath it (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
    await page.goto('/');
    await waitForCharts(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY > 0)).toBe(true);
    const bar = page.getByRole('region', { name: 'Filters' });
    const heading = card(page, 'China’s chemicals trade balance').getByRole('heading', { level: 3 });
    // Focus moves up the page: the browser scrolls the heading's link to the top of the window.
    await heading.getByRole('link').focus();
    await expect(heading).toBeInViewport();
    const barBox = (await bar.boundingBox())!;
    const headingBox = (await heading.boundingBox())!;
    expect(barBox.y, 'the bar is stuck at the top of the window').toBeLessThanOrEqual(1);
    expect(headingBox.y, `the heading (top ${headingBox.y}) is below the bar (bottom ${barBox.y + barBox.height})`).toBeGreaterThanOrEqual(barBox.y + barBox.height);
  });
}

/** The page's height once every chart is drawn and the layout has stopped moving. */
async function settledHeight(page: Page, lang: 'en' | 'vi' = 'en'): Promise<number> {
  await (lang === 'vi' ? waitForChartsVi(page) : waitForCharts(page));
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollHeight)))));
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  return last;
}

// 1440 px: 75% of the 6,228 px of one grid of equal cards. 390 px: 60% of 15,014, 9,000 px: sections,
// tiles and a phone's tighter layout (a lower sticky bar, the headline figures two to a row, sources
// on demand) reach 8,930 px; Vietnamese, whose words are longer, 9,520 px, held with a small margin.
for (const [width, height, most, mostVi] of [
  [1440, 900, 4_700, 4_700],
  [390, 844, 9_000, 9_600],
] as const) {
  for (const path of ['/', '/vi/']) {
    const limit = path === '/vi/' ? mostVi : most;
    test(`the whole dashboard is at most ${limit.toLocaleString('en')} px tall at ${width} px (${path})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      expect(await settledHeight(page, path === '/vi/' ? 'vi' : 'en')).toBeLessThanOrEqual(limit);
    });
  }
}

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`nothing moves while the page loads and hydrates: cumulative layout shift 0 at ${width} px`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await settledHeight(page);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
  });
}
