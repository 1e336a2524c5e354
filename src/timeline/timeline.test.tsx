import { useState } from 'react';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_KINDS } from '../data/schema';
import { makeEvent } from '../test-support/fixtures';
import { Timeline } from './timeline';
import { MAX_EVENT_BUTTONS } from './timeline-layout';
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
