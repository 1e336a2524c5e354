import { useSyncExternalStore } from 'react';

let version = 0;

function subscribe(onChange: () => void): () => void {
  const bump = () => {
    version++;
    onChange();
  };
  // The reader's choice is written on <html data-theme>; "system" follows the colour scheme.
  const observer = new MutationObserver(bump);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  media?.addEventListener('change', bump);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', bump);
  };
}

/**
 * A number that changes whenever the page's theme may have changed colours: for drawings that
 * read colours once (a canvas) and must draw again.
 */
export function useThemeVersion(): number {
  return useSyncExternalStore(
    subscribe,
    () => version,
    () => 0,
  );
}
