import { vi } from 'vitest';

/** jsdom has no ResizeObserver: one that observes nothing, for components that measure themselves. */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}
