import { useEffect, useRef } from 'react';

/**
 * A form field the reader changed before the page hydrated (typed into, chose from): the change
 * reached no handler, but the field still shows it. Once the field answers, what it shows is
 * taken as the reader's choice (`apply`), so that the page does what the field says.
 */
export function useEarlyInput<T extends HTMLInputElement | HTMLSelectElement>(rendered: string, apply: (value: string) => void) {
  const ref = useRef<T>(null);
  const first = useRef({ rendered, apply });
  useEffect(() => {
    const field = ref.current;
    if (field && field.value !== first.current.rendered) first.current.apply(field.value);
  }, []);
  return ref;
}
