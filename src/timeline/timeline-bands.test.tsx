// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { JSDOM } from 'jsdom';
import fc from 'fast-check';
import postcss, { type AtRule, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { EventsFile } from '../data/schema';
import { bandFor, percentOf, TIMELINE_BANDS } from './timeline-bands';
import { timelineDomain } from './timeline-domain';
import { TimelineImage } from './timeline-image';
import { layoutTimeline } from './timeline-layout';

const EVENTS = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8'))).events;

/**
 * The band `timeline.module.css` displays in a frame `width` px wide, read from the stylesheet itself:
 * every `.band` rule in order, those inside `@container (min-width: N px)` only when the
 * frame is that wide; the last `display` a band is given wins (the rules are equally specific).
 */
function bandsShownByCss(css: string, width: number): number[] {
  const display = new Map<number, string>();
  postcss.parse(css).walkRules((rule: Rule) => {
    if (!rule.selectors.some((selector) => selector.trim().startsWith('.band'))) return;
    const parent = rule.parent;
    if (parent?.type === 'atrule') {
      const at = parent as AtRule;
      if (at.name !== 'container') throw new Error(`timeline.module.css: a rule on the timeline's bands inside @${at.name}, which the test does not read`);
      const query = /^\(min-width:\s*(\d+)px\)$/.exec(at.params.trim());
      if (!query) throw new Error(`timeline.module.css: a container query on the timeline's bands the test does not read: @container ${at.params}`);
      if (width < Number(query[1])) return;
    }
    for (const selector of rule.selectors) {
      const m = /^\.band(?:\[data-band='(\d+)'\])?$/.exec(selector.trim());
      if (!m) continue;
      rule.walkDecls('display', (d) => {
        for (const band of m[1] !== undefined ? [Number(m[1])] : TIMELINE_BANDS) display.set(band, d.value);
      });
    }
  });
  return [...display].filter(([, value]) => value !== 'none').map(([band]) => band);
}

const CSS = readFileSync('src/timeline/timeline.module.css', 'utf8');

describe('the timeline bands', () => {
  it('are chosen as the largest design width not above the frame, the narrowest below that (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), (width) => {
        const band = bandFor(width);
        expect(TIMELINE_BANDS).toContain(band);
        if (width >= TIMELINE_BANDS[0]) expect(band).toBeLessThanOrEqual(width);
        else expect(band).toBe(TIMELINE_BANDS[0]);
        for (const other of TIMELINE_BANDS) if (other > band) expect(other).toBeGreaterThan(width);
      }),
    );
  });

  it('fit the frame widths measured on the page: 288 and 358 px phones, a 736 px tablet, 912 px and wider laptops and desktops', () => {
    expect([288, 358, 736, 912, 992, 998, 1032].map(bandFor)).toEqual([280, 280, 720, 900, 900, 900, 900]);
  });

  it('are the ones the stylesheet’s container queries show: exactly one band at every frame width (property)', () => {
    expect(CSS).toMatch(/\.frame\s*\{[^}]*container-type:\s*inline-size;/);
    const edges = TIMELINE_BANDS.flatMap((b) => [b - 1, b, b + 1]);
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(...edges)), (width) => {
        expect(bandsShownByCss(CSS, width)).toEqual([bandFor(width)]);
      }),
    );
  });

  it('the check reads the stylesheet: a query at another width than the band’s is caught', () => {
    const moved = CSS.replace('@container (min-width: 720px)', '@container (min-width: 700px)');
    expect(bandsShownByCss(CSS, 710)).toEqual([280]);
    expect(moved).not.toBe(CSS);
    expect(bandsShownByCss(moved, 710)).toEqual([720]);
    expect(bandFor(710)).toBe(280);
  });
});

describe('relative units', () => {
  it('write a position as the same share of the width, to a hundredth of a px at 2,000 px (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 3000, noNaN: true }), fc.integer({ min: 100, max: 2000 }), (x, width) => {
        const text = percentOf(x, width);
        expect(text).toMatch(/^-?\d+(\.\d{1,4})?%$/);
        expect(Math.abs((Number.parseFloat(text) / 100) * width - x)).toBeLessThanOrEqual(0.00005 * width + 1e-9);
      }),
    );
    expect(percentOf(0, 980)).toBe('0%');
    expect(percentOf(-0.000001, 980)).toBe('0%');
    expect(percentOf(490, 980)).toBe('50%');
  });

  for (const band of TIMELINE_BANDS) {
    it(`draw the ${band} px timeline as its px drawing: every horizontal position a percentage of ${band} px, every vertical one and every text as in px`, () => {
      const layout = layoutTimeline(EVENTS, band, timelineDomain(EVENTS, null, null), { lang: 'vi', maxRows: 3 });
      const interaction = { tabStop: null, expanded: null, listId: 'l', onActivate: () => {}, onKeyDown: () => {} };
      const draw = (units: 'px' | 'relative') =>
        new JSDOM(renderToStaticMarkup(createElement(TimelineImage, { events: EVENTS, width: band, lang: 'vi', layout, interaction, units }))).window.document.querySelector('svg')!;
      const px = draw('px');
      const relative = draw('relative');
      expect(relative.getAttribute('width')).toBe('100%');
      expect(relative.hasAttribute('viewBox')).toBe(false);
      expect(relative.getAttribute('height')).toBe(String(layout.height));
      const a = [...px.querySelectorAll('*')];
      const b = [...relative.querySelectorAll('*')];
      expect(b.map((e) => e.tagName)).toEqual(a.map((e) => e.tagName));
      let horizontal = 0;
      a.forEach((e, i) => {
        const r = b[i]!;
        expect(r.textContent).toBe(e.textContent);
        for (const name of e.getAttributeNames()) {
          const value = e.getAttribute(name)!;
          const other = r.getAttribute(name)!;
          if (['x', 'x1', 'x2', 'cx', 'width'].includes(name)) {
            horizontal++;
            expect(other, `${e.tagName} ${name}`).toMatch(/%$/);
            expect(Math.abs((Number.parseFloat(other) / 100) * band - Number(value))).toBeLessThan(0.01);
          } else expect(other, `${e.tagName} ${name}`).toBe(value);
        }
      });
      expect(horizontal).toBeGreaterThan(50);
      expect(relative.outerHTML).not.toMatch(/transform=/);
    });
  }
});
