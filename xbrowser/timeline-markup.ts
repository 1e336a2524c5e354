/**
 * The timeline's drawing as a list of facts (the SVG's size; each lane's band and name, each tick,
 * each mark's shape and label, with their positions and texts), read from markup, so that two
 * drawings can be compared and every difference named: the one the build wrote into the page and
 * the one a browser shows once it has hydrated it (or drawn it afresh).
 */
import { JSDOM } from 'jsdom';

/** Attributes that place or size what is drawn. */
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'rx'];

/** A number as written, to 3 decimals (a browser and Node print the same number alike; this only absorbs `-0`). */
function normalise(value: string): string {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? String(Math.round(n * 1000) / 1000 + 0) : value;
}

/** What a group of the drawing is, in words a reader of a failure can find on the page. */
function contextOf(element: Element): string | null {
  for (let e: Element | null = element; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
    const cls = e.getAttribute('class') ?? '';
    const ids = e.getAttribute('data-event-ids');
    if (ids !== null) return `mark "${ids}"`;
    if (/(^|\s)lane(\s|$)/.test(cls)) return `lane ${JSON.stringify(e.querySelector('.lane-label')?.textContent ?? cls)}`;
    if (/(^|\s)tick(\s|$)/.test(cls)) return `${cls.includes('tick--month') ? 'month tick' : 'tick'} ${JSON.stringify(e.querySelector('text')?.textContent ?? '')}`;
    if (/(^|\s)widened(\s|$)/.test(cls)) return 'widened stretch';
  }
  return null;
}

/**
 * The timeline SVG of a page or fragment: the one drawn for `band` (the page draws the timeline once
 * per band, `<div class="timeline-band" data-band="…">`), or without a band the first `svg.timeline`.
 */
function timelineSvg(markup: string, what: string, band?: number): Element {
  const document = new JSDOM(markup).window.document;
  if (band === undefined) {
    const svg = document.querySelector('svg.timeline');
    if (!svg) throw new Error(`${what}: has no timeline (no <svg class="timeline">)`);
    return svg;
  }
  const svg = document.querySelector(`.timeline-band[data-band="${band}"] svg.timeline`);
  if (!svg) throw new Error(`${what}: has no timeline drawn for the ${band} px band (no <svg class="timeline"> in <div class="timeline-band" data-band="${band}">)`);
  return svg;
}

/** The bands a page draws the timeline for (`data-band` of each `.timeline-band`), in document order. */
export function timelineBands(markup: string): number[] {
  return [...new JSDOM(markup).window.document.querySelectorAll<HTMLElement>('.timeline-band')].map((b) => Number(b.dataset.band));
}

/**
 * The drawing's facts, keyed by what they are ("lane \"Markets\" › rect.lane-bg height"), in
 * document order. The brush (drawn by d3 once the page answers input) and `<title>`s are left out.
 */
export function timelineFacts(markup: string, what = 'the markup', band?: number): Map<string, string> {
  const svg = timelineSvg(markup, what, band);
  const facts = new Map<string, string>();
  for (const name of ['width', 'height']) facts.set(`svg ${name}`, normalise(svg.getAttribute(name) ?? '(none)'));
  const seen = new Map<string, number>();
  for (const element of svg.querySelectorAll('*')) {
    if (element.closest('.brush') || element.closest('title')) continue;
    const context = contextOf(element);
    const tag = element.tagName.toLowerCase();
    const cls = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).join('.');
    const base = `${context ?? 'timeline'} › ${tag}${cls ? `.${cls}` : ''}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    const key = nth === 0 ? base : `${base} #${nth + 1}`;
    facts.set(key, '(present)');
    for (const attribute of GEOMETRY) {
      const value = element.getAttribute(attribute);
      if (value !== null) facts.set(`${key} ${attribute}`, normalise(value));
    }
    if (tag === 'text') facts.set(`${key} text`, element.textContent);
  }
  return facts;
}

/**
 * Every difference between two drawings of the timeline, one line each, naming the fact and both
 * values (empty when they are the same drawing). `names` says what each side is.
 */
export function compareTimelineMarkup(
  expected: string,
  actual: string,
  names: { expected: string; actual: string } = { expected: 'the prerendered HTML', actual: 'after hydration' },
  band?: number,
): string[] {
  const a = timelineFacts(expected, names.expected, band);
  const b = timelineFacts(actual, names.actual, band);
  const differences: string[] = [];
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined) differences.push(`${key}: ${value} in ${names.expected}, absent ${names.actual}`);
    else if (other !== value) differences.push(`${key}: ${value} in ${names.expected}, ${other} ${names.actual}`);
  }
  for (const [key, value] of b) if (!a.has(key)) differences.push(`${key}: absent in ${names.expected}, ${value} ${names.actual}`);
  return differences;
}

/**
 * Every difference between two pages' timelines, band by band (each line begins "band N: "): the
 * same bands, and in each the same drawing. What the stylesheet shows at any width is then the same.
 */
export function compareTimelineBands(expected: string, actual: string, names: { expected: string; actual: string } = { expected: 'the prerendered HTML', actual: 'after hydration' }): string[] {
  const a = timelineBands(expected);
  const b = timelineBands(actual);
  if (a.length === 0) throw new Error(`${names.expected}: has no timeline bands (no <div class="timeline-band">)`);
  if (a.join(',') !== b.join(',')) return [`bands: ${a.join(', ')} in ${names.expected}, ${b.join(', ') || 'none'} ${names.actual}`];
  return a.flatMap((band) => compareTimelineMarkup(expected, actual, names, band).map((d) => `band ${band}: ${d}`));
}
