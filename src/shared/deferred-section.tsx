import { lazy, memo, type ComponentType, type ReactNode } from 'react';
import type { Lang } from '../data/schema';
import { loadChunk } from './chunk-error';
import { ChunkBoundary } from './chunk-reload';
import { GatedPart } from './hydration-gate';

let release: () => void = () => {};
const released = new Promise<void>((resolve) => (release = resolve));

/**
 * Lets the deferred sections load. Until then a prerendered section stays as the build drew it,
 * visible but not yet hydrated; the page calls this when it is idle after hydrating the rest, or
 * at once when it draws without prerendered HTML (and on the server, which renders everything).
 */
export function releaseDeferredSections(): void {
  release();
}

/**
 * A section whose code is not part of the first load: `load` runs once the sections are released
 * (or the reader reaches the section: its gate, `gateId`, on an element around it). Memoised, so
 * that a parent's re-render before then leaves the prerendered HTML in place rather than asking
 * React to hydrate it early. A click on it before its code has arrived is replayed once it has.
 * Code that does not arrive throws a `ChunkLoadError`, for the boundary around the section to show.
 */
export function deferredSection<P extends object>(gateId: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode) {
  const Section = lazy(async () => {
    await released;
    return { default: await loadChunk(load) };
  });
  return memo(function DeferredSection(props: P) {
    return (
      <GatedPart id={gateId} lazy fallback={fallback}>
        <Section {...props} />
      </GatedPart>
    );
  });
}

/**
 * A component shown only after the reader asks for it (a figure's source panel, a data table):
 * its code is not part of the first load. It loads when first shown, or once the page is idle,
 * whichever comes first, so that it is usually there before it is wanted. Should its code not
 * arrive when shown, it says so in its place, with a Reload button (`ChunkBoundary`).
 */
export function componentOnFirstUse<P extends { lang: Lang }>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  // A failed load is forgotten, so that the next attempt fetches the code again.
  const loadOnce = () =>
    (loading ??= loadChunk(load).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  // Fetched ahead when idle; should that fail, first use tries again and reports it there.
  void released.then(loadOnce).catch(() => undefined);
  const Part = lazy(async () => ({ default: await loadOnce() }));
  return function OnFirstUse(props: P) {
    return (
      <ChunkBoundary lang={props.lang}>
        <Part {...props} />
      </ChunkBoundary>
    );
  };
}
