/**
 * The entry script and the modules it preloads are fetched at low priority: the page paints what
 * the build wrote before the app runs (`src/main.tsx` loads the app after the first paint), so on
 * a slow phone these must not share the network with the stylesheet and fonts the first paint
 * waits for. A module script is otherwise fetched at high priority, as if the paint needed it.
 */
import type { Plugin } from 'vite';

const ENTRY_TAGS = /<script type="module"(?![^>]*\bfetchpriority=)|<link rel="modulepreload"(?![^>]*\bfetchpriority=)/g;

/** `html` with `fetchpriority="low"` on its module scripts and module preloads (those without a priority of their own). */
export function entryAtLowPriority(html: string): string {
  return html.replace(ENTRY_TAGS, (tag) => `${tag} fetchpriority="low"`);
}

export function lowPriorityEntry(): Plugin {
  return {
    name: 'low-priority-entry',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: entryAtLowPriority },
  };
}
