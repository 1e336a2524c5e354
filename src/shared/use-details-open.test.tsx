import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDetailsOpen } from './use-details-open';

function Listed() {
  const { ref, open, onToggle } = useDetailsOpen();
  return (
    <details ref={ref} onToggle={onToggle}>
      <summary>2 events moved this</summary>
      {open && <ul><li>the list</li></ul>}
    </details>
  );
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  container.remove();
});

describe('useDetailsOpen', () => {
  it('shows the content of a prerendered <details> the reader opened before it hydrated', async () => {
    container.innerHTML = renderToString(<Listed />);
    // Opened by the reader while the page was still prerendered: no handler saw it.
    container.querySelector('details')!.open = true;
    await act(async () => {
      hydrateRoot(container, <Listed />);
      await Promise.resolve();
    });
    expect(container.querySelector('li')?.textContent).toBe('the list');
  });

  it('draws the content when opened after hydration, and drops it when closed', async () => {
    container.innerHTML = renderToString(<Listed />);
    await act(async () => {
      hydrateRoot(container, <Listed />);
      await Promise.resolve();
    });
    expect(container.querySelector('li')).toBeNull();
    const details = container.querySelector('details')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
      await Promise.resolve();
    });
    expect(container.querySelector('li')?.textContent).toBe('the list');
    await act(async () => {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
      await Promise.resolve();
    });
    expect(container.querySelector('li')).toBeNull();
  });
});
