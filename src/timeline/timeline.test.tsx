import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_KINDS } from '../data/schema';
import { makeEvent } from '../test-support/fixtures';
import { Timeline } from './timeline';
import { MAX_EVENT_BUTTONS } from './timeline-layout';

/** jsdom draws nothing: a canvas context that counts what is drawn, a measured width, a resize observer. */
let fills: string[] = [];
beforeEach(() => {
  fills = [];
  const context = {
    setTransform: () => {},
    clearRect: () => {},
    fillRect: () => fills.push(String(context.fillStyle)),
    fillStyle: '',
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: 800, height: 400, x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 400, toJSON: () => ({}) }));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  cleanup();
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
