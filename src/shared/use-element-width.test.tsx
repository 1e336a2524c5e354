import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrerenderWidth, useElementWidth } from './use-element-width';
import { stubResizeObserver } from '../test-stubs';

beforeEach(() => {
  stubResizeObserver();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Records the width each render is given (jsdom lays nothing out, so none is ever measured). */
function Probe({ seen, prerenderWidth }: { seen: (number | null)[]; prerenderWidth?: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(prerenderWidth);
  seen.push(width);
  return <div ref={ref} />;
}

/** Hydrates `ui` over the markup the server writes for it, as the browser does a prerendered page. */
function hydrate(ui: ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  return render(ui, { container, hydrate: true });
}

describe('useElementWidth', () => {
  it('in a page drawn by the browser alone, waits for the element to be measured', () => {
    const seen: (number | null)[] = [];
    render(<Probe seen={seen} />);
    expect(seen[0]).toBeNull();
  });

  it("while a prerendered page is hydrated, starts at the width it was prerendered at (the element's own, or the page's)", () => {
    const seen: (number | null)[] = [];
    const own: (number | null)[] = [];
    const page = (
      <PrerenderWidth.Provider value={360}>
        <Probe seen={seen} />
        <Probe seen={own} prerenderWidth={1200} />
      </PrerenderWidth.Provider>
    );
    hydrate(page);
    // The server's render, then the browser's first: both at the prerender width.
    expect(seen.slice(0, 2)).toEqual([360, 360]);
    expect(own.slice(0, 2)).toEqual([1200, 1200]);
  });

  it('in a hydrated page, an element mounted afresh waits for its own width rather than being laid out twice', () => {
    const seen: (number | null)[] = [];
    render(
      <PrerenderWidth.Provider value={360}>
        <Probe seen={seen} prerenderWidth={1200} />
      </PrerenderWidth.Provider>,
    );
    expect(seen[0]).toBeNull();
  });
});
