// @vitest-environment node
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventsFile } from '../src/data/schema';
import { timelineLabelWidth } from '../src/timeline/text-measure';
import { Timeline } from '../src/timeline/timeline';
import { TIMELINE_BANDS } from '../src/timeline/timeline-bands';
import { timelineDomain } from '../src/timeline/timeline-domain';
import { TimelineImage } from '../src/timeline/timeline-image';
import { compareTimelineBands, compareTimelineMarkup, timelineBands, timelineFacts } from './timeline-markup';

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

describe('the timeline markup comparison, band by band', () => {
  /** The timeline as the page draws it: once per band, in relative units. */
  const page = () =>
    `<section>${renderToStaticMarkup(
      createElement(Timeline, { events: EVENTS, domain: timelineDomain(EVENTS, null, null), selectedId: null, onSelect: () => {}, onBrush: () => {}, lang: 'vi', maxRows: 3 }),
    )}</section>`;
  const prerendered = page();

  it('reads every band the page draws, and finds nothing between a page and itself', () => {
    expect(timelineBands(prerendered)).toEqual([...TIMELINE_BANDS]);
    expect(compareTimelineBands(prerendered, prerendered)).toEqual([]);
    for (const band of TIMELINE_BANDS) {
      const facts = timelineFacts(prerendered, 'the page', band);
      expect(facts.get('svg width')).toBe('100%');
      expect([...facts.entries()].filter(([k, v]) => / text\.event-label x$/.test(k) && v.endsWith('%')).length).toBeGreaterThan(10);
    }
  });

  it('fails on a lane height in one band only, naming the band, the lane, the attribute and both values', () => {
    const hydrated = edited(prerendered, (d) => {
      const lane = [...d.querySelectorAll('.timeline-band[data-band="720"] .lane-bg')].at(-1)!;
      lane.setAttribute('height', String(Number(lane.getAttribute('height')) + 22));
    });
    const differences = compareTimelineBands(prerendered, hydrated);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatch(/^band 720: lane ".+" › rect\.lane-bg height: \d+ in the prerendered HTML, \d+ after hydration$/);
  });

  it('fails on a label moved to px, and on a band missing', () => {
    let id = '';
    const moved = edited(prerendered, (d) => {
      const mark = d.querySelector<SVGGElement>('.timeline-band[data-band="280"] [data-event-id]')!;
      id = mark.dataset.eventId!;
      mark.querySelector('.event-label')!.setAttribute('x', '40');
    });
    expect(compareTimelineBands(prerendered, moved)).toEqual([expect.stringMatching(new RegExp(`^band 280: mark "${id}" › text\\.event-label x: [\\d.]+% in the prerendered HTML, 40 after hydration$`))]);
    const missing = edited(prerendered, (d) => d.querySelector(`.timeline-band[data-band="${TIMELINE_BANDS[1]}"]`)!.remove());
    expect(compareTimelineBands(prerendered, missing)).toEqual([`bands: ${TIMELINE_BANDS.join(', ')} in the prerendered HTML, ${[TIMELINE_BANDS[0], TIMELINE_BANDS[2]].join(', ')} after hydration`]);
    expect(() => compareTimelineBands('<p>no timeline</p>', prerendered)).toThrow('the prerendered HTML: has no timeline bands');
  });
});
