import { useCallback, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';

/**
 * Whether a `<details>` is open, for content drawn only once it is. Also read from the element as
 * the component hydrates: a prerendered `<details>` the reader opened before then (its `toggle`
 * event reached no handler) shows its content rather than an empty open list.
 */
export function useDetailsOpen() {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useLayoutEffect(() => {
    // The element's state from before hydration, read once.
    if (ref.current?.open) setOpen(true);
  }, []);
  const onToggle = useCallback((e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open), []);
  return { ref, open, onToggle };
}
