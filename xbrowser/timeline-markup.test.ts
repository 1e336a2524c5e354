// @vitest-environment node
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventsFile } from '../src/data/schema';
import { timelineLabelWidth } from '../src/timeline/text-measure';
import { TimelineImage } from '../src/timeline/timeline-image';
import { compareTimelineMarkup, timelineFacts } from './timeline-markup';

const EVENTS = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8'))).events;

/** The timeline as the build draws it: 1200 px wide, text widths estimated. */
const drawn = (measure: (text: string) => number = timelineLabelWidth, lang: 'en' | 'vi' = 'vi') =>
  `<div class="timeline-scroll">${renderToStaticMarkup(createElement(TimelineImage, { events: EVENTS, width: 1200, lang, measure }))}</div>`;

/** The same markup with one change made to it, as a browser's DOM might show it. */
function edited(markup: string, edit: (document: Document) => void): string {
  const dom = new JSDOM(markup);
  edit(dom.window.document);
  return dom.window.document.body.innerHTML;
}

describe('the timeline markup comparison', () => {
  const prerendered = drawn();

  it('finds nothing between a drawing and itself, and reads every lane, tick and label', () => {
    expect(compareTimelineMarkup(prerendered, prerendered)).toEqual([]);
    const facts = timelineFacts(prerendered);
    expect(facts.get('svg width')).toBe('1200');
    expect([...facts.keys()].filter((k) => /^lane .* › rect\.lane-bg height$/.test(k))).toHaveLength(6);
    expect([...facts.keys()].filter((k) => /^mark .* › text\.event-label y$/.test(k)).length).toBeGreaterThan(10);
  });

  it('fails on a lane height the hydrated page kept from elsewhere, naming the lane, the attribute and both values', () => {
    const hydrated = edited(prerendered, (d) => {
      const band = [...d.querySelectorAll('.lane-bg')].at(-1)!;
      band.setAttribute('height', String(Number(band.getAttribute('height')) + 22));
    });
    const facts = timelineFacts(prerendered);
    const key = [...facts.keys()].filter((k) => k.endsWith('rect.lane-bg height')).at(-1)!;
    expect(key).toMatch(/^lane ".+" › rect\.lane-bg height$/);
    const before = facts.get(key)!;
    expect(compareTimelineMarkup(prerendered, hydrated)).toEqual([`${key}: ${before} in the prerendered HTML, ${Number(before) + 22} after hydration`]);
  });

  it('fails on the SVG’s height, a moved label and a missing mark', () => {
    const hydrated = edited(prerendered, (d) => {
      d.querySelector('svg.timeline')!.setAttribute('height', '700');
      const label = d.querySelector('[data-event-ids="deepseek-r1"] .event-label')!;
      label.setAttribute('y', String(Number(label.getAttribute('y')) + 22));
      d.querySelector('[data-event-ids="ai-diffusion-framework"]')?.remove();
    });
    const differences = compareTimelineMarkup(prerendered, hydrated, { expected: 'the prerendered HTML', actual: 'drawn afresh' });
    expect(differences[0]).toMatch(/^svg height: \d+ in the prerendered HTML, 700 drawn afresh$/);
    expect(differences).toContainEqual(expect.stringMatching(/^mark "deepseek-r1" › text\.event-label y: [\d.]+ in the prerendered HTML, [\d.]+ drawn afresh$/));
    expect(differences).toContainEqual(expect.stringMatching(/^mark "ai-diffusion-framework" › g\.event.*: \(present\) in the prerendered HTML, absent drawn afresh$/));
  });

  it('tells apart a layout made with other text widths (a browser whose text is wider than the build measured)', () => {
    const wider = drawn((text) => timelineLabelWidth(text) * 1.25);
    expect(compareTimelineMarkup(prerendered, wider).length).toBeGreaterThan(0);
  });

  it('ignores what d3 adds to the brush once the page answers input, and the titles', () => {
    const withBrush = `<div>${renderToStaticMarkup(createElement(TimelineImage, { events: EVENTS, width: 1200, lang: 'en', brushRef: { current: null } }))}</div>`;
    const hydrated = edited(withBrush, (d) => {
      const brush = d.querySelector('.brush')!;
      brush.innerHTML = '<rect class="overlay" x="0" y="0" width="1200" height="700"></rect><rect class="selection"></rect>';
      d.querySelector('title')?.remove();
    });
    expect(compareTimelineMarkup(withBrush, hydrated)).toEqual([]);
  });

  it('says which markup has no timeline', () => {
    expect(() => compareTimelineMarkup('<p>no timeline</p>', prerendered)).toThrow('the prerendered HTML: has no timeline (no <svg class="timeline">)');
  });
});
