import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_KINDS, EventsFile } from '../data/schema';
import { makeEvent } from '../test-support/fixtures';
import { Timeline } from './timeline';
import { MAX_EVENT_BUTTONS } from './timeline-layout';
import { eventInterval } from './event-time';
import { timelineDomain } from './timeline-domain';
import { stubResizeObserver } from '../test-stubs';

/**
 * jsdom draws nothing: a canvas context that counts what is drawn, a measured width, a resize
 * observer, and a scrollIntoView (jsdom has none) that records the elements brought into view.
 */
let fills: string[] = [];
let scrolled: Element[] = [];
const ownScrollIntoView = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
beforeEach(() => {
  fills = [];
  scrolled = [];
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    configurable: true,
    writable: true,
    value(this: Element) {
      scrolled.push(this);
    },
  });
  const context = {
    setTransform: () => {},
    clearRect: () => {},
    fillRect: () => fills.push(context.fillStyle),
    fillStyle: '',
    font: '',
    measureText: (text: string) => ({ width: 7 * text.length }),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: 800, height: 400, x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 400, toJSON: () => ({}) }));
  stubResizeObserver();
});
afterEach(() => {
  cleanup();
  if (ownScrollIntoView) Object.defineProperty(Element.prototype, 'scrollIntoView', ownScrollIntoView);
  else delete (Element.prototype as Partial<Element>).scrollIntoView;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

describe('the dense timeline', () => {
  const events = Array.from({ length: MAX_EVENT_BUTTONS + 200 }, (_, i) =>
    makeEvent(`e-${i}`, { precision: 'month', start: `${2015 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}` }, { kind: EVENT_KINDS[i % EVENT_KINDS.length]! }),
  );

  it('draws a dot per event on its canvas, and draws them again when the theme changes', async () => {
    render(<Timeline events={events} domain={[2015, 2025]} selectedId={null} onSelect={() => {}} onBrush={() => {}} lang="en" />);
    expect(fills).toHaveLength(events.length);
    await act(async () => {
      document.documentElement.dataset.theme = 'dark';
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    });
    expect(fills).toHaveLength(2 * events.length);
  });

  it('shows the selected event (from the link or the search): its dot ringed and its card, which closes', () => {
    const onSelect = vi.fn();
    const { container, getByRole } = render(<Timeline events={events} domain={[2015, 2025]} selectedId="e-7" onSelect={onSelect} onBrush={() => {}} lang="en" />);
    expect(getByRole('heading', { level: 3 }).textContent).toBe('e-7');
    const ring = container.querySelector('.dense-timeline .event--selected');
    expect(ring?.getAttribute('data-event-ids')).toBe('e-7');
    expect(ring?.querySelector('circle')).not.toBeNull();
    fireEvent.click(getByRole('button', { name: 'Close' }));
    expect(onSelect).toHaveBeenCalledWith(null);
  });
});

describe('the labelled timeline', () => {
  const events = ['a', 'b', 'c'].map((id, i) => makeEvent(`event-${id}`, { precision: 'month', start: `2024-0${i + 1}` }));

  function Stateful() {
    const [selectedId, setSelectedId] = useState<string | null>(null);
    return <Timeline events={events} domain={[2024, 2025]} selectedId={selectedId} onSelect={setSelectedId} onBrush={() => {}} lang="en" />;
  }

  it('steps through the events with Next and brings the selected mark into view', () => {
    const { container, getByRole } = render(<Stateful />);
    fireEvent.click(getByRole('button', { name: /Next event/ }));
    const mark = container.querySelector('[data-event-id="event-a"]');
    expect(mark?.getAttribute('aria-pressed')).toBe('true');
    expect(scrolled).toEqual([mark]);
    fireEvent.click(getByRole('button', { name: /Next event/ }));
    expect(container.querySelector('[data-event-id="event-b"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(scrolled).toHaveLength(2);
  });
});

describe('a selection on the labelled timeline', () => {
  const events = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8')))
    .events.slice()
    .sort((a, b) => eventInterval(a.date).start - eventInterval(b.date).start || a.id.localeCompare(b.id));
  const domain = timelineDomain(events, null, null);

  function Stateful({ initial = null }: { initial?: string | null }) {
    const [selectedId, setSelectedId] = useState<string | null>(initial);
    return <Timeline events={events} domain={domain} selectedId={selectedId} onSelect={setSelectedId} onBrush={() => {}} lang="en" />;
  }

  /** Every change inside the timeline's drawings, as "what, of which mark" (the mark's event ids). */
  function watchDrawings(container: HTMLElement) {
    const changes: string[] = [];
    const note = (records: MutationRecord[]) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        const mark = el?.closest('[data-event-ids]');
        const band = el?.closest('[data-band]')?.getAttribute('data-band') ?? '?';
        if (r.type === 'attributes' && mark && mark === el) changes.push(`${band}: ${r.attributeName ?? ''} of ${mark.getAttribute('data-event-ids') ?? ''}`);
        else changes.push(`${band}: ${r.type} of ${el?.tagName ?? '#text'}${mark ? ` in ${mark.getAttribute('data-event-ids') ?? ''}` : ''}`);
      }
    };
    const observer = new MutationObserver(note);
    for (const svg of container.querySelectorAll('svg.timeline')) observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
    return () => {
      note(observer.takeRecords());
      observer.disconnect();
      return changes;
    };
  }

  /** An event drawn on a mark of its own in every band. */
  const ownMarkEverywhere = (container: HTMLElement, skip: readonly string[]) =>
    events.find((e) => !skip.includes(e.id) && container.querySelectorAll(`[data-event-ids="${e.id}"]`).length === 3)!.id;

  it('changes only the state of the marks it selects and leaves: nothing is drawn anew or moved', async () => {
    const { container } = render(<Stateful />);
    expect(container.querySelectorAll('svg.timeline')).toHaveLength(3);
    const first = ownMarkEverywhere(container, []);
    const second = ownMarkEverywhere(container, [first]);
    const tabStop = container.querySelector('[data-event-ids][tabindex="0"]')!.getAttribute('data-event-ids')!;

    let stop = watchDrawings(container);
    fireEvent.click(container.querySelector(`[data-event-id="${first}"]`)!);
    await act(async () => {});
    let changes = stop();
    expect(container.querySelectorAll(`[data-event-id="${first}"][aria-pressed="true"]`)).toHaveLength(3);
    // In each band: the selected mark's class, pressed state and tab stop, and the old tab stop's.
    for (const change of changes) expect(change).toMatch(new RegExp(`^(280|720|900): (class|aria-pressed|tabindex) of (${first}|${tabStop})$`));
    expect(changes.filter((c) => c.endsWith(`aria-pressed of ${first}`))).toHaveLength(3);

    stop = watchDrawings(container);
    fireEvent.click(container.querySelector(`[data-event-id="${second}"]`)!);
    await act(async () => {});
    changes = stop();
    for (const change of changes) expect(change).toMatch(new RegExp(`^(280|720|900): (class|aria-pressed|tabindex) of (${first}|${second})$`));
    expect(changes.filter((c) => c.includes('aria-pressed'))).toHaveLength(6);
  });

  it('lays out again only the band that gathered the selected event into a cluster', async () => {
    const { container } = render(<Stateful />);
    const clusterIn = (band: string) => [...container.querySelectorAll(`[data-band="${band}"] .event--cluster`)].flatMap((g) => g.getAttribute('data-event-ids')!.split(' '));
    // An event in a cluster of the narrowest band, on a mark of its own in the widest.
    const inWidest = new Set([...container.querySelectorAll('[data-band="900"] [data-event-id]')].map((g) => g.getAttribute('data-event-id')));
    const id = clusterIn('280').find((e) => inWidest.has(e) && !clusterIn('720').includes(e));
    expect(id).toBeDefined();
    const stop = watchDrawings(container);
    fireEvent.click(container.querySelector(`[data-band="900"] [data-event-id="${id!}"]`)!);
    await act(async () => {});
    const changes = stop();
    // Its own mark in every band now.
    expect(container.querySelectorAll(`[data-event-id="${id!}"][aria-pressed="true"]`)).toHaveLength(3);
    expect(changes.some((c) => c.startsWith('280: childList'))).toBe(true);
    for (const change of changes.filter((c) => !c.startsWith('280:'))) expect(change).toMatch(/^(720|900): (class|aria-pressed|tabindex) of /);
  });
});
