import { createContext, useContext, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

/**
 * The width charts are laid out at before anything can be measured: on the server, which
 * prerenders the page, and in the browser while it hydrates that page (the first render must be
 * the server's). Null in a page drawn by the browser alone, where a chart waits for its width.
 */
export const PrerenderWidth = createContext<number | null>(null);

const noSubscription = () => () => {};

/**
 * True while React renders markup the build wrote (on the server, and in the browser while it
 * hydrates that markup, whenever a part of the page is hydrated); false for an element the browser
 * mounts afresh (a card loaded later, the timeline's marks in place of its dots), which has no
 * prerendered markup to match.
 */
const useFromPrerenderedMarkup = () => useSyncExternalStore(noSubscription, () => false, () => true);

/**
 * The width of an element, updated when it resizes; charts lay themselves out to it. Until it is
 * measured it is the prerender width while the page is prerendered or hydrated, or null (before
 * the first paint), so that a chart drawn in the browser is laid out once, at its real width.
 */
export function useElementWidth<T extends HTMLElement>(prerenderWidth?: number) {
  const ref = useRef<T>(null);
  const prerendering = useContext(PrerenderWidth);
  const fromMarkup = useFromPrerenderedMarkup();
  // An element mounted afresh waits for its own width rather than being laid out twice.
  const [width, setWidth] = useState<number | null>(prerendering === null || !fromMarkup ? null : (prerenderWidth ?? prerendering));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth((prev) => (prev === w ? prev : w));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
