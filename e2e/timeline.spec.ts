import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { timeline, waitForCharts } from './helpers';

interface EventRecord {
  id: string;
  kind: string;
  short: { en: string; vi: string };
  title: { en: string; vi: string };
  date: { precision: string; start: string; end?: string };
}
const EVENTS: EventRecord[] = JSON.parse(readFileSync('data/events.json', 'utf8')).events;

/** Start of an event's date, as a sortable string; the order the timeline steps through. */
const startKey = (e: EventRecord) => {
  const s = e.date.start;
  return e.date.precision === 'term' || e.date.precision === 'year' ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
};
/** The last day an event's date reaches, as YYYY-MM-DD text (ordered as dates are). */
const endKey = (e: EventRecord) => {
  const s = e.date.end ?? e.date.start;
  return e.date.precision === 'term' || e.date.precision === 'year' ? `${s}-12-31` : s.length === 7 ? `${s}-31` : s;
};
const IN_ORDER = [...EVENTS].sort((a, b) => startKey(a).localeCompare(startKey(b)) || a.id.localeCompare(b.id));

const svgOf = (page: Page) => timeline(page).getByRole('group', { name: 'Events by kind, on a time axis' });

async function labelBoxes(svg: Locator) {
  const labels = svg.locator('.event .event-label');
  const out: { text: string; x: number; y: number; width: number; height: number }[] = [];
  for (const label of await labels.all()) {
    await expect(label).toBeVisible();
    const box = (await label.boundingBox())!;
    out.push({ text: (await label.textContent()) ?? '', ...box });
  }
  return out;
}

for (const [name, viewport] of [
  ['1440 px', { width: 1440, height: 900 }],
  ['390 px', { width: 390, height: 844 }],
] as const) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport });

    test('every event is labelled or counted in a cluster, and no two labels overlap or leave the timeline', async ({ page }) => {
      await page.goto('/');
      const svg = svgOf(page);
      await expect(svg).toBeVisible();
      const frame = (await svg.boundingBox())!;
      const marks = svg.locator('.event');
      // Every event sits in exactly one mark: its own, or a cluster's.
      const ids = (await marks.evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.eventIds!.split(' ')))).flat();
      expect(ids.sort()).toEqual(EVENTS.map((e) => e.id).sort());
      const boxes = await labelBoxes(svg);
      expect(boxes).toHaveLength(await marks.count());
      for (const mark of await marks.all()) {
        const members = (await mark.getAttribute('data-event-ids'))!.split(' ');
        const text = await mark.locator('.event-label').textContent();
        if (members.length === 1) expect(text).toBe(EVENTS.find((e) => e.id === members[0])!.short.en);
        else expect(text).toBe(`${members.length} events`);
      }
      for (const b of boxes) {
        expect(b.x, b.text).toBeGreaterThanOrEqual(frame.x);
        expect(b.x + b.width, b.text).toBeLessThanOrEqual(frame.x + frame.width);
        expect(b.y, b.text).toBeGreaterThanOrEqual(frame.y);
        expect(b.y + b.height, b.text).toBeLessThanOrEqual(frame.y + frame.height);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i]!;
          const q = boxes[j]!;
          const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
          expect(overlap, `“${p.text}” and “${q.text}” overlap`).toBe(false);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a cluster mark names its count and opens its events, each selecting it', async ({ page }) => {
    await page.goto('/');
    const cluster = svgOf(page).getByRole('button', { name: /^\d+ events: / }).first();
    await expect(cluster).toBeVisible();
    const count = Number((await cluster.getAttribute('aria-label'))!.match(/^(\d+)/)![1]);
    // On its words, as a reader would: the middle of the mark's box can be the space beside its leader.
    await cluster.getByText(`${count} events`, { exact: true }).click();
    await expect(cluster).toHaveAttribute('aria-expanded', 'true');
    const list = timeline(page).getByRole('region', { name: `The ${count} events of this mark` });
    await expect(list.getByRole('button')).toHaveCount(count);
    const first = list.getByRole('button').first();
    const short = (await first.locator('strong').textContent())!;
    const event = EVENTS.find((e) => e.short.en === short)!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`\\?event=${event.id}$`));
    // The selected event leaves the cluster and shows its own label.
    await expect(svgOf(page).locator(`[data-event-id="${event.id}"] .event-label`)).toHaveText(short);
    await expect(timeline(page).getByRole('article')).toContainText(event.title.en);
  });
});

test('Next, Next, Next selects three events in date order and writes each to the link; Previous goes back one', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const next = timeline(page).getByRole('button', { name: 'Next event' });
  const previous = timeline(page).getByRole('button', { name: 'Previous event' });
  const live = timeline(page).locator('[aria-live="polite"]');
  for (const [i, e] of IN_ORDER.slice(0, 3).entries()) {
    await next.click();
    await expect(page).toHaveURL(new RegExp(`\\?event=${e.id}$`));
    await expect(timeline(page).getByRole('heading', { level: 3 })).toHaveText(e.title.en);
    await expect(live).toHaveText(new RegExp(`^Selected: ${e.short.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .+ \\(${i + 1} of ${EVENTS.length}\\)$`));
    await expect(svgOf(page).locator(`[data-event-id="${e.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  }
  await previous.click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${IN_ORDER[1]!.id}$`));
});

test('arrow keys on the timeline step and select, like Previous and Next; Escape closes the card and keeps the focus on the mark', async ({ page }) => {
  await page.goto('/?from=2025');
  // Every event reaching into 2025, such as one drawn as uncertain from 2023.
  const shown = IN_ORDER.filter((e) => endKey(e) >= '2025');
  const tabStops = svgOf(page).locator('[role="button"][tabindex="0"]');
  await expect(tabStops).toHaveCount(1);
  await tabStops.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`\\?from=2025&event=${shown[0]!.id}$`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`\\?from=2025&event=${shown[1]!.id}$`));
  const mark = svgOf(page).locator(`[data-event-id="${shown[1]!.id}"]`);
  await expect(mark).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`\\?from=2025&event=${shown[0]!.id}$`));
  // Into the card, and out with Escape: the focus goes back to the mark.
  const card = timeline(page).getByRole('article');
  await card.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page).toHaveURL(/\?from=2025$/);
  await expect(svgOf(page).locator(`[data-event-ids~="${shown[0]!.id}"]`)).toBeFocused();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`\\?from=2025&event=${shown[shown.length - 1]!.id}$`));
});

for (const lang of ['en', 'vi'] as const) {
  test(`“Show as list” gives one row per event shown, in date order (${lang})`, async ({ page }) => {
    await page.goto(lang === 'vi' ? '/?lang=vi' : '/');
    const region = timeline(page, lang === 'vi' ? 'Dòng thời gian' : 'Timeline');
    const toggle = region.getByRole('button', { name: lang === 'vi' ? 'Xem dạng danh sách' : 'Show as list' });
    await toggle.click();
    await expect(region.getByRole('button', { name: lang === 'vi' ? 'Ẩn danh sách' : 'Hide list' })).toHaveAttribute('aria-expanded', 'true');
    const table = region.getByRole('table', { name: lang === 'vi' ? 'Các sự kiện đang hiển thị, theo thứ tự thời gian' : 'The events shown, in date order' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(EVENTS.length);
    await expect(table.locator('tbody th')).toHaveText(IN_ORDER.map((e) => e.title[lang]));
    // A row selects its event.
    const r1 = IN_ORDER.find((e) => e.id === 'deepseek-r1')!;
    await table.getByRole('button', { name: r1.title[lang] }).click();
    await expect(page).toHaveURL(/event=deepseek-r1/);
    await expect(table.getByRole('button', { name: r1.title[lang] })).toHaveAttribute('aria-pressed', 'true');
  });
}

test('the list follows the filters: a sector shows only its events', async ({ page }) => {
  await page.goto('/?sectors=ev');
  const region = timeline(page);
  await region.getByRole('button', { name: 'Show as list' }).click();
  const shown = await region.getByText(/^\d+ of \d+ events shown$/).textContent();
  const n = Number(shown!.match(/^(\d+)/)![1]);
  await expect(region.getByRole('table').locator('tbody tr')).toHaveCount(n);
});

test('the card sits under its mark, shows the dates the sources claim, and axe is clean with the list and card open', async ({ page }) => {
  // Axe reads the whole dashboard with the timeline's list and card open: the slowest check of the suite.
  test.slow();
  const disputed = EVENTS.find((e) => 'dateConflict' in e);
  await page.goto(`/?event=${disputed?.id ?? 'deepseek-r1'}`);
  await waitForCharts(page);
  const card = timeline(page).getByRole('article');
  await expect(card).toBeVisible();
  if (disputed) await expect(card).toContainText('The sources disagree on the date');
  await timeline(page).getByRole('button', { name: 'Show as list' }).click();
  const mark = svgOf(page).locator(`[data-event-id="${disputed?.id ?? 'deepseek-r1'}"]`);
  const markBox = (await mark.locator('circle, rect').first().boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.x).toBeLessThanOrEqual(markBox.x + markBox.width);
  expect(cardBox.x + cardBox.width).toBeGreaterThanOrEqual(markBox.x);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the axis ends at the last event and says where it is widened', async ({ page }) => {
  await page.goto('/');
  const svg = svgOf(page);
  await expect(svg.locator('.tick:not(.tick--month)').last()).toHaveText('2025');
  await expect(svg.locator('.widened text').first()).toHaveText(/^×\d+$/);
  await expect(timeline(page).getByText(/Busy stretches are drawn wider/)).toBeVisible();
});

test('once the years are narrowed, a strip of the whole range shows which part is drawn in detail', async ({ page }) => {
  await page.goto('/');
  await expect(svgOf(page)).toBeVisible();
  await expect(timeline(page).getByRole('img', { name: /^Shown in detail/ })).toHaveCount(0);
  await page.goto('/?from=2019&to=2021');
  const strip = timeline(page).getByRole('img', { name: 'Shown in detail: 2019–2021, of the events’ 2015–2025' });
  await expect(strip).toBeVisible();
  const box = (await strip.locator('.overview-track').boundingBox())!;
  const window = (await strip.locator('.overview-window').boundingBox())!;
  // 2019–2021 lies in the middle of 2015–2025: the window starts after a quarter and ends before three quarters.
  expect(window.x).toBeGreaterThan(box.x + box.width * 0.25);
  expect(window.x + window.width).toBeLessThan(box.x + box.width * 0.75);
  await page.goto('/?lang=vi&from=2024');
  await expect(page.getByRole('img', { name: 'Đang xem chi tiết: 2024–2025, trong toàn bộ giai đoạn 2015–2025' })).toBeVisible();
});

test('at the last event, Next says it is unavailable and keeps the selection and the focus', async ({ page }) => {
  const last = IN_ORDER[IN_ORDER.length - 1]!;
  await page.goto(`/?event=${last.id}`);
  const next = timeline(page).getByRole('button', { name: 'Next event' });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  // A keyboard reader on the button presses it: nothing moves, and the focus stays put.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?event=${last.id}$`));
  await expect(next).toBeFocused();
  await expect(timeline(page).getByRole('article')).toContainText(last.title.en);
  await timeline(page).getByRole('button', { name: 'Previous event' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${IN_ORDER[IN_ORDER.length - 2]!.id}$`));
});
