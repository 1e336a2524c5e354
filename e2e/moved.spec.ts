import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { card, timeline, waitForCharts } from './helpers';

interface Moved {
  series: string;
  citation: { quote: string; quoteLang: string; translation?: { lang: string; text: string } };
}
interface EventRecord {
  id: string;
  short: { en: string; vi: string };
  title: { en: string; vi: string };
  moved?: Moved[];
}
const EVENTS: EventRecord[] = JSON.parse(readFileSync('data/events.json', 'utf8')).events;
const INDEX: { series: { id: string; title: { en: string; vi: string } }[] } = JSON.parse(readFileSync('data/index.json', 'utf8'));
const titleOf = (id: string) => INDEX.series.find((s) => s.id === id)!.title.en;
const event = (id: string) => EVENTS.find((e) => e.id === id)!;
/** The words the reader sees of a quote in English: the English text, original or translation. */
const shownEn = (m: Moved) => (m.citation.quoteLang === 'en' ? m.citation.quote : (m.citation.translation?.text ?? m.citation.quote));

const marked = (page: Page) => page.getByRole('article').filter({ has: page.locator('.moved-by-mark') });

test('at least six events carry links to the figures they moved', () => {
  expect(EVENTS.filter((e) => e.moved && e.moved.length > 0).length).toBeGreaterThanOrEqual(6);
});

for (const [name, viewport] of [
  ['1440', { width: 1440, height: 1000 }],
  ['390', { width: 390, height: 844 }],
] as const) {
  test(`at ${name} px, selecting an event by its mark marks the cards it moved and its card lists what it moved`, async ({ page }) => {
    // Axe over the marked cards on two shared cores.
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto('/');
    await waitForCharts(page);
    const mic = event('made-in-china-2025');
    const linked = [...new Set(mic.moved!.map((m) => m.series))];
    await expect(marked(page)).toHaveCount(0);
    await timeline(page).getByRole('button', { name: new RegExp(mic.title.en.slice(1, 20)) }).first().click();
    await expect(page).toHaveURL(/\?event=made-in-china-2025$/);

    // Each card it moved says so, in words; no other card does.
    for (const id of linked) {
      await expect(card(page, titleOf(id)).getByText(`Moved by: ${mic.short.en}`)).toBeVisible();
    }
    await expect(marked(page)).toHaveCount(linked.length);

    // The event card lists what it moved, each with its sentence.
    const whatMoved = timeline(page).getByRole('region', { name: 'What this moved' });
    await expect(whatMoved.getByRole('listitem')).toHaveCount(mic.moved!.length);
    for (const m of mic.moved!) {
      await expect(whatMoved.getByRole('link', { name: titleOf(m.series) })).toBeVisible();
      await expect(whatMoved.getByText(shownEn(m), { exact: false }).first()).toBeVisible();
    }
    // The cards it marked and the event's card: what this part adds to the page.
    const axe = await new AxeBuilder({ page }).include('.card:has(.moved-by-mark)').include('.event-detail').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}

test('a card lists the events that moved it; choosing one selects it and marks the card', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const sellOff = card(page, titleOf('market-shock'));
  const movers = EVENTS.filter((e) => e.moved?.some((m) => m.series === 'market-shock'));
  await sellOff.getByText(`${movers.length} events moved this`).click();
  const r1 = event('deepseek-r1');
  await sellOff.getByRole('button', { name: r1.title.en }).click();
  await expect(page).toHaveURL(/\?event=deepseek-r1$/);
  await expect(sellOff.getByText(`Moved by: ${r1.short.en}`)).toBeVisible();
  await expect(card(page, titleOf('deepseek-users')).getByText(`Moved by: ${r1.short.en}`)).toBeVisible();
  await expect(card(page, titleOf('nvidia-china-share')).getByText(/^Moved by:/)).toHaveCount(0);
  await expect(timeline(page).getByRole('region', { name: 'What this moved' }).getByRole('listitem')).toHaveCount(r1.moved!.length);
});

test('in Vietnamese, the selected event marks its cards and lists what it moved', async ({ page }) => {
  const r1 = event('deepseek-r1');
  await page.goto('/vi/?event=deepseek-r1');
  const viTitle = INDEX.series.find((s) => s.id === 'market-shock')!.title.vi;
  const shock = page.getByRole('article').filter({ has: page.getByRole('heading', { name: viTitle, level: 3 }) });
  await expect(shock.getByText(`Chịu tác động của: ${r1.short.vi}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Những số liệu sự kiện này tác động' }).getByRole('listitem')).toHaveCount(r1.moved!.length);
});

test('a chart page lists the events that moved its figure, each with its sentence', async ({ page }) => {
  await page.goto('/charts/nvidia-china-share/');
  const ai = event('ai-diffusion-framework');
  const section = page.locator('.moved-by');
  await expect(section.getByRole('heading', { name: '1 event moved this' })).toBeVisible();
  await expect(section.getByText(ai.title.en)).toBeVisible();
  await expect(section.getByText(shownEn(ai.moved![0]!), { exact: false })).toBeVisible();
});

test('the deck’s title slide names what the selected event moved, and its notes give each sentence', async ({ page }) => {
  await page.goto('/?sectors=semiconductors&event=ai-diffusion-framework');
  await waitForCharts(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export slides (.pptx)' }).click();
  const zip = await JSZip.loadAsync(await readFile((await (await downloading).path())));
  const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
  expect(cover).toContain(`What this moved: ${titleOf('nvidia-china-share')}`);
  const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
  expect(notes).toContain('The latest blow came earlier this month');
});
