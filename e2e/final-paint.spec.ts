import { expect, test, type Page } from '@playwright/test';

/**
 * Final at first paint: a card chart painted from the HTML is the chart the reader keeps. A
 * MutationObserver, installed before any script of the page runs, records every change inside a
 * card chart's drawing once the document is parsed; with no input, none may happen from then until
 * two seconds after the page is interactive. (The timeline is drawn apart and not checked here.)
 */

declare global {
  interface Window {
    __chartMutations: string[];
    __chartsAtParse: number;
  }
}

/** Runs in the page before its own scripts: starts recording when parsing ends, before any deferred or module script runs. */
function recordChartMutations() {
  window.__chartMutations = [];
  window.__chartsAtParse = -1;
  const chartOf = (node: Node | null): Element | null => {
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    const svg = el?.closest('svg.chart') ?? null;
    return svg && !svg.closest('.timeline-frame') ? svg : null;
  };
  const isCardChart = (node: Node): node is Element => node instanceof Element && node.matches('svg.chart') && !node.closest('.timeline-frame');
  const name = (svg: Element | null) => svg?.getAttribute('aria-label') ?? '?';
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const inside = chartOf(r.target);
      const whole = [...r.addedNodes, ...r.removedNodes].filter(isCardChart);
      if (inside) {
        const what = r.type === 'attributes' ? `${r.attributeName}: ${r.oldValue} → ${(r.target as Element).getAttribute(r.attributeName ?? '')}` : r.type;
        window.__chartMutations.push(`${name(inside)}: <${r.target instanceof Element ? r.target.tagName : '#text'}> ${what}`);
      }
      for (const svg of whole) window.__chartMutations.push(`${name(svg)}: the whole drawing ${r.addedNodes.length > 0 ? 'added' : 'removed'}`);
    }
  });
  const start = () => {
    window.__chartsAtParse = document.querySelectorAll('svg.chart').length;
    observer.observe(document, { childList: true, attributes: true, attributeOldValue: true, characterData: true, subtree: true });
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') start();
  });
}

/** Waits for the page to be interactive and then two seconds more, by the page's own clock. */
async function interactivePlusTwoSeconds(page: Page) {
  await page.waitForFunction(
    () => {
      const mark = performance.getEntriesByName('dashboard-interactive')[0];
      return mark !== undefined && performance.now() - mark.startTime >= 2_000;
    },
    undefined,
    { polling: 100, timeout: 30_000 },
  );
}

/** The card charts a reader sees: one image per card, the other bands not displayed. */
const visibleCardCharts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('svg.chart')].filter((svg) => !svg.closest('.timeline-frame') && svg.getBoundingClientRect().width > 0).length);

const PAGES = [
  { name: 'the dashboard', path: '/' },
  { name: 'the Vietnamese dashboard', path: '/vi/' },
  { name: 'a chart page', path: '/charts/chip-company-values/' },
  { name: 'an embed', path: '/embed/nvidia-china-share/' },
];

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1440, height: 1000 },
];

for (const viewport of VIEWPORTS) {
  for (const { name, path } of PAGES) {
    test(`${name} at ${viewport.width} px: no card chart changes after it is parsed, until two seconds after the page is interactive`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(recordChartMutations);
      await page.goto(path);
      await interactivePlusTwoSeconds(page);

      const parsed = await page.evaluate(() => window.__chartsAtParse);
      // The charts are in the HTML: drawn before any script ran.
      expect(parsed).toBeGreaterThan(0);
      const shown = await visibleCardCharts(page);
      expect(shown).toBeGreaterThan(0);
      // One drawing shown per chart: exactly one band in each frame.
      const perFrame = await page.locator('.chart-frame').evaluateAll((frames) =>
        frames.filter((f) => f.querySelector('svg.chart')).map((f) => [...f.querySelectorAll('svg.chart')].filter((svg) => svg.getBoundingClientRect().width > 0).length),
      );
      expect(perFrame.length).toBe(shown);
      expect(new Set(perFrame)).toEqual(new Set([1]));
      expect(await page.evaluate(() => window.__chartMutations)).toEqual([]);

      // The recorder does see a change inside a drawing (so the empty list above means something).
      await page.evaluate(() => document.querySelector('.chart-frame svg.chart text')?.setAttribute('data-touched', ''));
      await expect.poll(() => page.evaluate(() => window.__chartMutations.length)).toBe(1);
    });
  }
}
