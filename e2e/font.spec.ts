import { expect, test, type Page } from '@playwright/test';
import { textWidth } from '../src/shared/text-metrics';
import { LABEL_FONT_SIZE } from '../src/timeline/text-measure';
import { bandFor } from '../src/timeline/timeline-bands';
import { timeline } from './helpers';

/**
 * One font, one measure: the build lays the timeline out with Noto Sans's advance widths and so
 * does the browser, so the browser draws the timeline the build drew; and a font arriving after
 * first paint moves nothing (`font-display: optional`: the size-adjusted fallback stays).
 */

interface TimelineMarkup {
  width: string | null;
  height: string | null;
  lanes: string[];
  labels: string[];
}

/**
 * The timeline's size, its lanes' extents and its labels' positions, from a document: the drawing
 * of the band a frame 1032 px wide shows (the 900 px band), as at 1440 px.
 */
const readTimeline = (doc: Document): TimelineMarkup => {
  const svg = doc.querySelector('.timeline-band[data-band="900"] svg.timeline');
  return {
    width: svg?.getAttribute('width') ?? null,
    height: svg?.getAttribute('height') ?? null,
    lanes: [...(svg?.querySelectorAll('rect.lane-bg') ?? [])].map((r) => `${r.getAttribute('y') ?? ''}+${r.getAttribute('height') ?? ''}`),
    labels: [...(svg?.querySelectorAll('text.event-label') ?? [])].map((t) => `${t.textContent}@${t.getAttribute('x') ?? ''},${t.getAttribute('y') ?? ''}`),
  };
};

/** The timeline as the build wrote it into the page's HTML, before any script. */
async function prerenderedTimeline(page: Page, path: string): Promise<TimelineMarkup> {
  const html = await (await page.request.get(path)).text();
  return page.evaluate(
    ([source, read]) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the same reader, run in the page
      return (new Function('doc', `return (${read})(doc)`) as (d: Document) => TimelineMarkup)(doc);
    },
    [html, readTimeline.toString()] as const,
  );
}

const timelineName = (path: string) => (path === '/vi/' ? 'Dòng thời gian' : 'Timeline');

/** Noto Sans's two faces have arrived and are drawn with. */
const fontsLoaded = (page: Page) =>
  page.waitForFunction(() => [...document.fonts].filter((f) => f.family.replaceAll('"', '') === 'Noto Sans' && f.status === 'loaded').length === 2);

/** The fonts the browser draws the first element matching `selector` in (Chromium's own answer). */
async function drawnFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f) => f.familyName);
}

for (const path of ['/', '/vi/']) {
  test(`${path}: at the width the build lays the timeline out for, the browser's own layout is the build's (height, lanes, label positions)`, async ({ page }) => {
    const built = await prerenderedTimeline(page, path);
    expect(built.lanes.length).toBeGreaterThan(0);
    expect(built.labels.length).toBeGreaterThan(0);
    // The page without the timeline's drawing: hydration cannot keep the build's attributes, so
    // the browser draws the timeline afresh from its own layout (React reports the mismatch).
    await page.route(path, async (route) => {
      const html = await (await route.fetch()).text();
      const stripped = html.replace(/<svg class="timeline"[\s\S]*?<\/svg>/g, '');
      expect(stripped).not.toBe(html);
      await route.fulfill({ body: stripped, contentType: 'text/html; charset=utf-8' });
    });
    // From 1432 px the timeline stands beside the headline figures at the width the build drew it.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    await expect(timeline(page, timelineName(path))).toBeVisible();
    expect(bandFor(await page.locator('.timeline-frame').evaluate((el) => Math.floor(el.getBoundingClientRect().width)))).toBe(900);
    await expect(page.locator('.timeline-band[data-band="900"] svg.timeline')).toHaveAttribute('width', String(built.width));
    expect(await page.evaluate(`(${readTimeline.toString()})(document)`)).toEqual(built);
  });

  for (const width of [1280, 1440]) {
    test(`${path} at ${width} px: the hydrated timeline's lanes hold their labels, end above the axis, and the labels are as wide as measured`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // A second visit: the font is in the cache, so it is drawn from the first layout ("optional").
      await page.goto(path);
      await fontsLoaded(page);
      await page.reload();
      await expect(timeline(page, timelineName(path))).toBeVisible();
      await fontsLoaded(page);
      // The band the frame's width shows, drawn as wide as the frame (positions in relative units).
      const frame = await page.locator('.timeline-frame').evaluate((el) => Math.floor(el.getBoundingClientRect().width));
      const shown = `.timeline-band[data-band="${bandFor(frame)}"] svg.timeline`;
      expect(await drawnFonts(page, `${shown} text.event-label`)).toEqual(['Noto Sans']);
      const svg = page.locator(shown);
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('width', '100%');
      expect(Math.floor((await svg.boundingBox())!.width)).toBe(frame);
      const drawn = await svg.evaluate((el) => {
        const lanes = [...el.querySelectorAll('g.lane')].map((g) => {
          const rect = g.querySelector('rect.lane-bg');
          const kind = [...g.classList].find((c) => c.startsWith('lane--'))?.slice('lane--'.length) ?? '';
          return { kind, top: Number(rect?.getAttribute('y')), bottom: Number(rect?.getAttribute('y')) + Number(rect?.getAttribute('height')) };
        });
        const labels = [...el.querySelectorAll<SVGTextElement>('text.event-label')].map((t) => {
          const kind = [...(t.closest('g.event')?.classList ?? [])].find((c) => c.startsWith('event--') && c !== 'event--selected')?.slice('event--'.length) ?? '';
          return { kind, text: t.textContent, y: Number(t.getAttribute('y')), length: t.getComputedTextLength() };
        });
        const tickY = Math.min(...[...el.querySelectorAll('.axis-ticks text')].map((t) => Number(t.getAttribute('y'))));
        return { height: Number(el.getAttribute('height')), lanes, labels, tickY };
      });
      expect(drawn.labels.length).toBeGreaterThan(0);
      for (const [i, lane] of drawn.lanes.entries()) {
        expect(lane.bottom).toBeGreaterThan(lane.top);
        if (i > 0) expect(lane.top, `${lane.kind} starts below the lane above`).toBeGreaterThanOrEqual(drawn.lanes[i - 1]!.bottom);
      }
      const last = drawn.lanes.at(-1)!;
      expect(last.bottom, 'the last lane ends above the axis labels').toBeLessThan(drawn.tickY);
      expect(drawn.tickY).toBeLessThanOrEqual(drawn.height);
      for (const label of drawn.labels) {
        const lane = drawn.lanes.find((l) => l.kind === label.kind);
        expect(lane, `the lane of ${label.text}`).toBeDefined();
        expect(label.y, `${label.text} in its lane`).toBeGreaterThan(lane!.top);
        expect(label.y, `${label.text} in its lane`).toBeLessThan(lane!.bottom);
        // The browser draws the label in Noto Sans exactly as wide as the build measured it.
        expect(Math.abs(label.length - textWidth(label.text, LABEL_FONT_SIZE)), `${label.text}: drawn ${String(label.length)} px`).toBeLessThanOrEqual(0.5);
      }
    });
  }
}

test('a font arriving after first paint neither delays it nor shifts anything (CLS 0)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Hold the font files until the page has painted in its fallback.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route('**/*.woff2', async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Not waiting for `load`, which waits for the held fonts.
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await expect.poll(() => held.length).toBeGreaterThan(0);
  // Painted without Noto Sans: the text is in the fallback now.
  expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replaceAll('"', '') === 'Noto Sans' && f.status === 'loaded'))).toBe(false);
  release();
  await fontsLoaded(page);
  // Two frames after the font's arrival, for any shift it causes to be reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
});
