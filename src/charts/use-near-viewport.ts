import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is, or has been, near the viewport. With `enabled` false it is always true:
 * the dashboard draws every chart at once at its real size, and only defers drawing when there
 * are hundreds of charts.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled: boolean, margin = '800px'): boolean {
  const [near, setNear] = useState(!enabled);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, enabled, near, margin]);
  return near || !enabled;
}
