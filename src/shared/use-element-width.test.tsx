import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markHydrated, PrerenderWidth, useElementWidth } from './use-element-width';

beforeEach(() => {
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
  vi.unstubAllGlobals();
});

/** Records the width each render is given (jsdom lays nothing out, so none is ever measured). */
function Probe({ seen, prerenderWidth }: { seen: (number | null)[]; prerenderWidth?: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(prerenderWidth);
  seen.push(width);
  return <div ref={ref} />;
}

// One file, in order: the flag `markHydrated` sets is the page's, for good.
describe('useElementWidth', () => {
  it('in a page drawn by the browser alone, waits for the element to be measured', () => {
    const seen: (number | null)[] = [];
    render(<Probe seen={seen} />);
    expect(seen[0]).toBeNull();
  });

  it('while a prerendered page is hydrated, starts at the width it was prerendered at (the element\'s own, or the page\'s)', () => {
    const seen: (number | null)[] = [];
    const own: (number | null)[] = [];
    render(
      <PrerenderWidth.Provider value={360}>
        <Probe seen={seen} />
        <Probe seen={own} prerenderWidth={1200} />
      </PrerenderWidth.Provider>,
    );
    expect(seen[0]).toBe(360);
    expect(own[0]).toBe(1200);
  });

  it('once the page is hydrated, an element mounted later waits for its own width rather than being laid out twice', () => {
    markHydrated();
    const seen: (number | null)[] = [];
    render(
      <PrerenderWidth.Provider value={360}>
        <Probe seen={seen} prerenderWidth={1200} />
      </PrerenderWidth.Provider>,
    );
    expect(seen[0]).toBeNull();
  });
});
