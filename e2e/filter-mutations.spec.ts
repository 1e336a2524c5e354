import { expect, test, type Page } from '@playwright/test';
import { sectorToggle, timeline, waitForCharts } from './helpers';

/** What changed in the cards' sections since `watch` began: each change as "what, where". */
async function watch(page: Page) {
  await page.evaluate(() => {
    const changes: string[] = [];
    const where = (node: Node) => {
      const el = node instanceof Element ? node : node.parentElement;
      const card = el?.closest('article.card');
      const rule = el?.closest('.event-rule') ?? (el?.matches('.event-rule') ? el : null);
      return `${el?.tagName.toLowerCase() ?? '#text'}${rule ? ' in a rule' : ''}${card ? ` of ${card.getAttribute('data-series') ?? 'a card'}` : ''}`;
    };
    const describe = (node: Node) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${node.matches('.event-rule') ? ' rule' : node.matches('.moved-by-mark') ? ' moved-by mark' : ''}` : '#text';
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') changes.push(`attribute ${r.attributeName ?? ''} of ${where(r.target)}`);
        else if (r.type === 'characterData') changes.push(`text of ${where(r.target)}`);
        else {
          for (const n of r.addedNodes) changes.push(`added ${describe(n)} to ${where(r.target)}`);
          for (const n of r.removedNodes) changes.push(`removed ${describe(n)} from ${where(r.target)}`);
        }
      }
    });
    const sections = document.querySelector('.sector-sections');
    if (!sections) throw new Error('no card sections');
    observer.observe(sections, { subtree: true, childList: true, attributes: true, characterData: true });
    Object.assign(window, { cardChanges: changes });
  });
  return () => page.evaluate(() => (window as unknown as { cardChanges: string[] }).cardChanges);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-interactive').length > 0);
});

test('a sector filter changes nothing in the cards but whether each is hidden', async ({ page }) => {
  const changes = await watch(page);
  const shownBefore = await page.locator('article.card:not([hidden])').count();
  await sectorToggle(page, 'Shipbuilding').click();
  await expect(page).toHaveURL(/sectors=shipbuilding/);
  await expect(page.locator('article.card:not([hidden])')).not.toHaveCount(shownBefore);
  const hiddenNow = await page.locator('article.card[hidden]').count();

  const seen = await changes();
  // Every change is a `hidden` attribute: of a card, or of a section left empty.
  expect(seen.filter((c) => !/^attribute hidden of (article of |section)/.test(c))).toEqual([]);
  expect(seen.filter((c) => c.startsWith('attribute hidden of article')).length).toBe(hiddenNow);
});

test('an event select changes, in the cards, only the rules on the charts drawn against time and the mark of the cards it moved', async ({ page }) => {
  const changes = await watch(page);
  await timeline(page).getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/event=/);
  await expect(page.getByRole('img').locator('.event-rule').first()).toBeVisible();

  // The cards the event moved each get their mark, some once they have hydrated: all of them, each once seen.
  const movedCards = () => page.locator('article.card:has(.moved-by-mark)').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-series')).sort());
  const markedSeries = async () => [...new Set((await changes()).filter((c) => c.includes('moved-by mark')).map((c) => c.replace(/^.* of /, '')))].sort();
  await expect.poll(async () => (await markedSeries()).join() === (await movedCards()).join() && (await movedCards()).length > 0).toBe(true);

  const seen = await changes();
  const rules = seen.filter((c) => /^added g rule to svg of /.test(c));
  const marks = seen.filter((c) => /^added p moved-by mark to div of /.test(c));
  expect(rules.length).toBeGreaterThan(0);
  // Rules added (one per band of each chart the event falls on), "Moved by" on the cards it moved, and nothing else touched.
  expect(seen.filter((c) => !rules.includes(c) && !marks.includes(c))).toEqual([]);
  const seriesOf = (changes: string[]) => [...new Set(changes.map((c) => c.replace(/^.* of /, '')))];
  const timeCharts = await page.locator('article.card.card--slope').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-series')));
  for (const series of seriesOf(rules)) expect(timeCharts).toContain(series);
  expect(seriesOf(marks).sort()).toEqual(await movedCards());
});

test('an event select changes, in the timeline, only the state of the marks it selects and leaves, in every band that drew the event on a mark of its own', async ({ page }) => {
  const region = timeline(page);
  const next = region.getByRole('button', { name: 'Next event' });
  await expect(next).toBeVisible();
  const bands = await region.locator('[data-band]').count();
  expect(bands).toBeGreaterThan(0);
  await page.evaluate(() => {
    const changes: { band: string; what: string; mark: string | null }[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        const band = el?.closest('[data-band]')?.getAttribute('data-band') ?? '?';
        const mark = el?.closest('[data-event-ids]');
        const what = r.type === 'attributes' && mark === el ? `attribute ${r.attributeName ?? ''}` : r.type === 'attributes' ? `attribute ${r.attributeName ?? ''} of ${el?.tagName.toLowerCase() ?? ''}` : r.type;
        changes.push({ band, what, mark: mark?.getAttribute('data-event-ids') ?? null });
      }
    });
    for (const svg of document.querySelectorAll('.timeline-section svg.timeline')) observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
    Object.assign(window, { timelineChanges: changes });
  });
  // Each band's events drawn on a mark of its own: where the selected one is, nothing is laid out again.
  const ownBefore = await page.evaluate(() =>
    [...document.querySelectorAll('.timeline-section [data-band]')].map((band): [string, string[]] => [band.getAttribute('data-band') ?? '', [...band.querySelectorAll('[data-event-id]')].map((m) => m.getAttribute('data-event-id') ?? '')]),
  );
  const tabStops = await page.evaluate(() => [...document.querySelectorAll('.timeline-section [data-event-ids][tabindex="0"]')].map((m) => m.getAttribute('data-event-ids')));
  await next.click();
  await expect(page).toHaveURL(/event=/);
  const selected = new URL(page.url()).searchParams.get('event')!;
  await expect(region.locator(`[data-event-id="${selected}"][aria-pressed="true"]`)).toHaveCount(bands);
  const seen = (await page.evaluate(() => (window as unknown as { timelineChanges: { band: string; what: string; mark: string | null }[] }).timelineChanges));
  const kept = ownBefore.filter(([, ids]) => ids.includes(selected)).map(([band]) => band);
  expect(kept.length).toBeGreaterThan(0);
  const inKept = seen.filter((c) => kept.includes(c.band));
  expect(inKept.length).toBeGreaterThan(0);
  // The selected mark's class, pressed state and tab stop, and the old tab stop's: nothing added, removed or moved.
  for (const c of inKept) {
    expect(['attribute class', 'attribute aria-pressed', 'attribute tabindex'], JSON.stringify(c)).toContain(c.what);
    expect([selected, ...tabStops], JSON.stringify(c)).toContain(c.mark);
  }
});
