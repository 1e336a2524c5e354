/**
 * What the suite checks in one engine, on `/` and `/vi/`, at 1280 and 1440 px: every chart drawn,
 * no error and no policy violation, the timeline as hydrated equal to the same timeline drawn
 * afresh (no attribute left from the build's layout), a sector filter, an event select and a PNG
 * export; and, at a phone's, a laptop's and a desktop's width, the hydrated timeline equal to the
 * prerendered one in the raw HTML, band by band, with the band the stylesheet shows the one its
 * frame's width asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../src/i18n/messages-en';
import { vi } from '../src/i18n/messages-vi';
import { waitFor, type EnginePage } from './engines';
import { pngSize } from './png';
import { bandFor } from '../src/timeline/timeline-bands';
import { compareTimelineBands } from './timeline-markup';

export interface CheckResult {
  engine: string;
  where: string;
  check: string;
  ok: boolean;
  detail: string;
}

interface IndexEntry {
  id: string;
  sectors: string[];
  title: { en: string; vi: string };
}
const INDEX = JSON.parse(readFileSync('data/index.json', 'utf8')) as { series: IndexEntry[] };

/**
 * Viewports at which the hydrated timeline is compared with the raw HTML: a phone's band (the
 * 280 px band, at a frame of 448 px: WebKitGTK's window is never narrower than about 447 px, so
 * 480 rather than 390, the same band), a laptop and a desktop (the 900 px band, at a frame of 912
 * and of 1032 px). The build draws every band (TIMELINE_BANDS in src/timeline/timeline-bands.ts),
 * so every width is one it laid the timeline out for.
 */
export const TIMELINE_PRERENDER_VIEWPORTS = process.env.XB_TIMELINE_WIDTHS ? process.env.XB_TIMELINE_WIDTHS.split(',').map(Number) : [480, 1280, 1440];
export const WIDTHS = process.env.XB_WIDTHS ? process.env.XB_WIDTHS.split(',').map(Number) : [1280, 1440];
const HEIGHT = 900;
const SECTOR = 'semiconductors';
const EVENT = 'ai-diffusion-framework';
/** The next event of the sector in date order, which → selects from EVENT. */
const NEXT_EVENT = 'deepseek-on-domestic-chips';
const EXPORTED = 'nvidia-china-share';

const js = JSON.stringify;

/**
 * Every card: its chart SVG as shown (a card holds its chart laid out at a few widths, the stylesheet
 * showing one), how many bands are shown, how many marks it draws, whether it is shown.
 */
const CARDS = `[...document.querySelectorAll('#root article[data-series]')].map((c) => {
  const shownBands = [...c.querySelectorAll('svg.chart')].filter((s) => s.getClientRects().length > 0);
  const svg = shownBands[0] ?? null;
  const box = svg ? svg.getBoundingClientRect() : null;
  return { id: c.dataset.series, shown: !c.hidden && c.closest('[hidden]') === null && getComputedStyle(c).display !== 'none',
    svg: svg !== null, bands: shownBands.length, marks: svg ? svg.querySelectorAll('.mark, .label--figure').length : 0, width: box ? box.width : 0, height: box ? box.height : 0 };
})`;

/** The page answers input, every card has drawn its chart and the timeline is hydrated. */
const READY = `performance.getEntriesByName('dashboard-interactive').length > 0
  && document.querySelector('.timeline-section:not([aria-busy]) svg.timeline') !== null
  && [...document.querySelectorAll('#root article[data-series]')].every((c) => c.querySelector('svg.chart') !== null)`;

/** The timeline's frame: every band's drawing. */
const TIMELINE_SVG = `document.querySelector('.timeline-frame').outerHTML`;
/** The bands displayed (those with boxes): exactly one. */
const SHOWN_BANDS = `[...document.querySelectorAll('.timeline-band')].filter((b) => b.getClientRects().length > 0).map((b) => Number(b.dataset.band))`;
/** The first element matching a selector that is displayed (the timeline draws its marks once per band, one band shown). */
const shown = (selector: string) => `[...document.querySelectorAll(${js(selector)})].find((e) => e.getClientRects().length > 0)`;
const TIMELINE_WIDTH = `Math.round(document.querySelector('.timeline-frame').getBoundingClientRect().width)`;
const REPORT = `window.__xbReport || { errors: ['the collector did not run'], violations: [] }`;

/** The centre of an element (the first displayed), scrolled into the middle of the viewport first; null when absent. */
const centreOf = (selector: string) => `(() => {
  const el = ${shown(selector)};
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
})()`;

/** Downloads caught in the page: `URL.createObjectURL` remembers each blob, an anchor's `click` on one reads its bytes instead of handing it to the browser. */
const CATCH_DOWNLOADS = `(() => {
  if (window.__xbDownloads) return true;
  const downloads = [];
  window.__xbDownloads = downloads;
  const blobs = new Map();
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => { const url = create(object); if (object instanceof Blob) blobs.set(url, object); return url; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return click.call(this);
    const entry = { name: this.download, type: blob.type, base64: null };
    downloads.push(entry);
    blob.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      entry.base64 = btoa(s);
    });
  };
  return true;
})()`;

export class EngineSuite {
  readonly results: CheckResult[] = [];

  constructor(
    private readonly page: EnginePage,
    private readonly origin: string,
    private readonly dist: string,
  ) {}

  private record(where: string, check: string, ok: boolean, detail: string) {
    const result = { engine: this.page.engine, where, check, ok, detail };
    this.results.push(result);
    console.log(`  ${ok ? '✓' : '✗'} ${this.page.engine} ${where} ${check}${detail ? `: ${detail}` : ''}`);
  }

  /** Runs `body` as one check: a throw is its failure, its return value its detail. */
  private async check(where: string, check: string, body: () => Promise<string>) {
    try {
      this.record(where, check, true, await body());
    } catch (error) {
      this.record(where, check, false, error instanceof Error ? error.message : String(error));
    }
  }

  private fresh = false;

  /** Whether the next pages are served without their embedded data (set on the site's origin, once a page of it is open). */
  private async setFresh(fresh: boolean) {
    if (fresh === this.fresh) return;
    await this.page.cookie('xb-fresh', fresh ? '1' : null);
    this.fresh = fresh;
  }

  private async load(path: string, fresh: boolean) {
    await this.setFresh(fresh);
    await this.page.goto(`${this.origin}${path}`);
    await waitFor(() => this.page.run<boolean>(READY), `${path} to answer input with every chart and the timeline drawn`, 30_000);
    // The timeline may be laid out again at its measured width: wait until it no longer changes.
    let last = '';
    await waitFor(async () => {
      const now = await this.page.run<string>(TIMELINE_SVG);
      const same = now === last;
      last = now;
      return same;
    }, 'the timeline to stop changing');
    return last;
  }

  /** No error, no policy violation since the page loaded. */
  private async errorsCheck(where: string) {
    await this.check(where, 'no error, no Content-Security-Policy violation', async () => {
      const report = await this.page.run<{ errors: string[]; violations: string[] }>(REPORT);
      const all = [...report.violations.map((v) => `CSP violation: ${v}`), ...report.errors, ...this.page.nativeErrors()];
      if (all.length > 0) throw new Error(all.join('\n      '));
      return '';
    });
  }

  /** Clicks the centre of `selector` once it is drawn and has stopped moving (a filter lays the timeline out again). */
  private async clickOn(selector: string, what: string) {
    let last = '';
    const at = await waitFor(async () => {
      const now = await this.page.run<{ x: number; y: number } | null>(centreOf(selector));
      const same = now !== null && JSON.stringify(now) === last;
      last = JSON.stringify(now);
      return same ? now : null;
    }, `${what} to be drawn and still`);
    await this.page.clickAt(at.x, at.y);
  }

  async runPage(path: '/' | '/vi/') {
    const lang = path === '/' ? 'en' : 'vi';
    for (const width of WIDTHS) {
      const where = `${path} at ${width} px`;
      await this.page.setViewport(width, HEIGHT);
      let hydrated = '';
      await this.check(where, 'loads and hydrates', async () => {
        hydrated = await this.load(path, false);
        return '';
      });
      if (hydrated === '') continue;
      await this.chartsDrawn(where);
      await this.errorsCheck(where);
      await this.sectorFilter(where, lang);
      await this.eventSelect(where);
      await this.pngExport(where, lang);
      await this.errorsCheck(`${where}, after the filter, the event and the export`);
      await this.check(where, 'the timeline as hydrated is the timeline drawn afresh', async () => {
        const fresh = await this.load(path, true);
        if (await this.page.run<boolean>(`document.getElementById('dashboard-data') !== null`)) throw new Error('the page drawn afresh still links to its data: it was hydrated');
        const differences = compareTimelineBands(fresh, hydrated, { expected: 'the timeline drawn afresh', actual: 'as hydrated' });
        if (differences.length > 0) throw new Error(`${differences.length} differences:\n      ${differences.slice(0, 12).join('\n      ')}`);
        return `${(hydrated.match(/<g class="event/g) ?? []).length} marks alike`;
      });
      await this.errorsCheck(`${where}, drawn afresh`);
    }
    for (const viewport of TIMELINE_PRERENDER_VIEWPORTS) await this.prerenderedTimeline(path, viewport);
  }

  private async chartsDrawn(where: string) {
    await this.check(where, 'every chart drawn', async () => {
      const cards = await this.page.run<{ id: string; shown: boolean; svg: boolean; bands: number; marks: number; width: number; height: number }[]>(CARDS);
      const ids = new Set(cards.map((c) => c.id));
      const missing = INDEX.series.filter((s) => !ids.has(s.id)).map((s) => s.id);
      const bad = cards.filter((c) => !c.shown || !c.svg || c.bands !== 1 || c.marks === 0 || c.width < 50 || c.height < 20);
      if (missing.length > 0 || bad.length > 0) throw new Error(`no card for ${missing.join(', ') || '-'}; not drawn: ${bad.map((c) => `${c.id} (${JSON.stringify(c)})`).join(', ') || '-'}`);
      return `${cards.length} cards, ${cards.reduce((n, c) => n + c.marks, 0)} marks`;
    });
  }

  private async sectorFilter(where: string, lang: 'en' | 'vi') {
    const t = lang === 'en' ? en : vi;
    await this.check(where, `sector filter (${t.sectorNames[SECTOR]})`, async () => {
      const button = await this.page.run<number>(
        `[...document.querySelectorAll('[role=group][aria-label=' + ${js(js(t.sectors))} + '] button')].findIndex((b) => b.textContent.trim() === ${js(t.sectorNames[SECTOR])})`,
      );
      if (button < 0) throw new Error(`no button "${t.sectorNames[SECTOR]}" in the group "${t.sectors}"`);
      await this.clickOn(`[role=group][aria-label=${js(t.sectors)}] button:nth-of-type(${button + 1})`, 'the sector button');
      const inSector = new Set(INDEX.series.filter((s) => s.sectors.includes(SECTOR)).map((s) => s.id));
      const wrong = () => this.page.run<{ id: string; shown: boolean }[]>(CARDS).then((cards) => cards.filter((c) => c.shown !== inSector.has(c.id)));
      await waitFor(async () => (await this.page.run<string>('location.search')).includes(`sectors=${SECTOR}`), `sectors=${SECTOR} in the link`).catch(async (e: unknown) => {
        throw new Error(`${String(e)}; the link is ${await this.page.run<string>('location.href')}`);
      });
      await waitFor(async () => (await wrong()).length === 0, 'the other sectors’ cards to be hidden').catch(async () => {
        throw new Error(`cards shown or hidden wrongly: ${(await wrong()).map((c) => `${c.id} ${c.shown ? 'shown' : 'hidden'}`).join(', ')}`);
      });
      return `${inSector.size} cards shown, ${INDEX.series.length - inSector.size} hidden, the link has sectors=${SECTOR}`;
    });
  }

  private async eventSelect(where: string) {
    await this.check(where, `event select (${EVENT}, by a click on its mark)`, async () => {
      // The mark's shape, not its label: a reader clicks the dot.
      await this.clickOn(`svg.timeline [data-event-id=${js(EVENT)}] circle, svg.timeline [data-event-id=${js(EVENT)}] rect`, `the mark of ${EVENT}`);
      await waitFor(async () => (await this.page.run<string>('location.search')).includes(`event=${EVENT}`), `event=${EVENT} in the link`).catch(async (e: unknown) => {
        throw new Error(`${String(e)}; the link is ${await this.page.run<string>('location.href')}`);
      });
      const rules = await waitFor(async () => {
        const n = await this.page.run<number>(`document.querySelectorAll('#root article:not([hidden]) svg.chart .event-rule').length`);
        return n > 0 ? n : null;
      }, 'the event rule on the charts');
      const pressed = `${shown(`svg.timeline [data-event-id=${js(EVENT)}]`)}.getAttribute('aria-pressed')`;
      await waitFor(async () => (await this.page.run<string | null>(pressed)) === 'true', 'the mark to be pressed').catch(async () => {
        throw new Error(`the mark is not pressed (aria-pressed=${(await this.page.run<string | null>(pressed)) ?? 'none'})`);
      });
      return `the rule on ${rules} chart${rules === 1 ? '' : 's'}, the link has event=${EVENT}`;
    });
    await this.check(where, `event select by keyboard (→ from ${EVENT} to ${NEXT_EVENT})`, async () => {
      // A keyboard reader reaches the mark with Tab; a click does not focus a button in WebKit.
      const how = await this.page.focusWindow();
      const focused = await this.page.run<boolean>(`(() => { const m = ${shown(`svg.timeline [data-event-id=${js(EVENT)}]`)}; m.focus(); return document.activeElement === m && document.hasFocus(); })()`);
      if (!focused) throw new Error(`the mark of ${EVENT} could not take the focus (the window has ${await this.page.run<boolean>('document.hasFocus()') ? '' : 'not '}the focus; ${how})`);
      await this.page.press('ArrowRight');
      await waitFor(async () => (await this.page.run<string>('location.search')).includes(`event=${NEXT_EVENT}`), `event=${NEXT_EVENT} in the link`).catch(async (e: unknown) => {
        throw new Error(`${String(e)}; the link is ${await this.page.run<string>('location.href')}`);
      });
      const pressed = `${shown(`svg.timeline [data-event-id=${js(NEXT_EVENT)}]`)}.getAttribute('aria-pressed')`;
      await waitFor(async () => (await this.page.run<string | null>(pressed)) === 'true', `the mark of ${NEXT_EVENT} to be pressed`).catch(async () => {
        throw new Error(`the mark of ${NEXT_EVENT} is not pressed (aria-pressed=${(await this.page.run<string | null>(pressed)) ?? 'none'})`);
      });
      return `the link has event=${NEXT_EVENT}, its mark pressed`;
    });
  }

  private async pngExport(where: string, lang: 'en' | 'vi') {
    const t = lang === 'en' ? en : vi;
    const series = INDEX.series.find((s) => s.id === EXPORTED);
    if (!series) throw new Error(`data/index.json has no series ${EXPORTED}`);
    await this.check(where, `PNG export (${t.exportItems['png-slide']})`, async () => {
      await this.page.run(CATCH_DOWNLOADS);
      await this.page.run(`(window.__xbDownloads.length = 0, true)`);
      await this.clickOn(`button[aria-label=${js(t.exportMenuLabel(series.title[lang]))}]`, 'the card’s Export button');
      const item = await waitFor(
        () => this.page.run<number>(`[...document.querySelectorAll('[role=menuitem]')].findIndex((m) => m.textContent.trim() === ${js(t.exportItems['png-slide'])})`).then((i) => (i >= 0 ? i : null)),
        'the menu item',
      );
      const at = await this.page.run<{ x: number; y: number }>(`(() => { const r = document.querySelectorAll('[role=menuitem]')[${item}].getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
      await this.page.clickAt(at.x, at.y);
      const file = await waitFor(() => this.page.run<{ name: string; type: string; base64: string | null } | null>(`window.__xbDownloads.find((d) => d.base64 !== null) || null`), 'the PNG to be downloaded', 30_000);
      const bytes = Buffer.from(file.base64 ?? '', 'base64');
      const size = pngSize(bytes, file.name);
      if (!file.name.endsWith('.png') || file.type !== 'image/png') throw new Error(`${file.name} (${file.type}) is not named or typed as a PNG`);
      if (size.width !== 1920 || size.height !== 1080) throw new Error(`${file.name} is ${size.width}×${size.height}, not 1920×1080`);
      return `${file.name}, ${size.width}×${size.height}, ${bytes.length} bytes`;
    });
  }

  /**
   * At `viewport` px, hydration leaves the prerendered drawing exactly as it was: every band's SVG
   * as in the raw HTML, and the band shown the one the frame's width asks for.
   */
  private async prerenderedTimeline(path: '/' | '/vi/', viewport: number) {
    const where = `${path} at ${viewport} px`;
    await this.check(where, 'the timeline as hydrated is the prerendered one', async () => {
      await this.page.setViewport(viewport, HEIGHT);
      const hydrated = await this.load(path, false);
      const frame = await this.page.run<number>(TIMELINE_WIDTH);
      const bands = await this.page.run<number[]>(SHOWN_BANDS);
      if (bands.length !== 1 || bands[0] !== bandFor(frame)) throw new Error(`the frame is ${frame} px wide: the ${bandFor(frame)} px band should be the one shown, not ${bands.join(', ') || 'none'}`);
      const raw = readFileSync(join(this.dist, path === '/' ? 'index.html' : 'vi/index.html'), 'utf8');
      const differences = compareTimelineBands(raw, hydrated);
      if (differences.length > 0) throw new Error(`${differences.length} differences:\n      ${differences.slice(0, 12).join('\n      ')}`);
      return `frame ${frame} px, the ${bands[0]} px band shown; every band's svg, lanes, ticks and labels as in the raw HTML`;
    });
    await this.errorsCheck(where);
  }
}
