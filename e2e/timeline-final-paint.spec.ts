import { expect, test } from '@playwright/test';

/**
 * The timeline painted from the HTML is the one the reader keeps: from the moment the page has been
 * parsed (before any of its scripts runs) until two seconds after it answers input, with no input,
 * nothing inside the timeline's SVG changes, at a phone's, a tablet's and a desktop's width.
 */

declare global {
  interface Window {
    __timelineMutations: string[];
  }
}

/**
 * Installed before any script of the page: once the parser is done (readyState "interactive",
 * before deferred and module scripts run), every change inside an `svg.timeline` is written down
 * (childList, attributes, characterData, subtree), as is an SVG replaced as a whole.
 */
function watchTimeline() {
  window.__timelineMutations = [];
  const describe = (node: Node | null): string => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return element ? `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">` : '(node)';
  };
  const inTimeline = (node: Node | null) => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return element?.closest('svg.timeline') != null;
  };
  const holdsTimeline = (nodes: NodeList) => [...nodes].some((n) => n instanceof Element && (n.matches('svg.timeline') || n.querySelector('svg.timeline') !== null));
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (inTimeline(r.target) || holdsTimeline(r.addedNodes) || holdsTimeline(r.removedNodes)) {
        window.__timelineMutations.push(`${r.type}${r.attributeName ? ` ${r.attributeName}` : ''} on ${describe(r.target)} at ${Math.round(performance.now())} ms`);
      }
    }
  });
  const start = () => observer.observe(document, { childList: true, attributes: true, characterData: true, subtree: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') start();
  });
}

for (const path of ['/', '/vi/']) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1024, height: 768 },
    { width: 1440, height: 1000 },
  ]) {
    test(`${path} at ${viewport.width}×${viewport.height}: nothing inside the timeline's SVG changes from first paint until two seconds after the page answers input`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(watchTimeline);
      await page.goto(path);
      await page.waitForFunction(() => {
        const mark = performance.getEntriesByName('dashboard-interactive')[0];
        return mark !== undefined && performance.now() >= mark.startTime + 2000;
      }, null, { timeout: 30_000 });
      expect(await page.evaluate(() => window.__timelineMutations)).toEqual([]);
      // The drawing shown is one of the bands, drawn in the HTML.
      const words = path === '/vi/' ? { section: 'Dòng thời gian', drawing: 'Sự kiện theo loại, trên trục thời gian' } : { section: 'Timeline', drawing: 'Events by kind, on a time axis' };
      const drawing = page.getByRole('region', { name: words.section }).getByRole('group', { name: words.drawing });
      await expect(drawing).toHaveCount(1);
      await expect(drawing).toBeVisible();
      expect(await page.evaluate(() => document.querySelectorAll('svg.timeline').length)).toBeGreaterThan(1);

      // The watch sees what changes: selecting an event presses its mark.
      await drawing.locator('[data-event-id]').first().click();
      await expect.poll(() => page.evaluate(() => window.__timelineMutations.length)).toBeGreaterThan(0);
    });
  }
}
