/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import type { ChunkingContext } from 'rolldown';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { notFoundPage } from './scripts/not-found.ts';
import { lowPriorityEntry } from './scripts/low-priority-entry.ts';
import { headersFile } from './scripts/static-headers.ts';
import { serveDataFolder } from './scripts/vite-data-plugin.ts';
import { inlineViewCheck } from './scripts/view-check.ts';

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The modules a page runs before it answers input: what the app's entry (src/start.tsx) and the
 * dashboard's view (src/dashboard/app.tsx) import statically, and what those import, but not the
 * app's entry itself (its own chunk: its code must run when it is imported, which a module merged
 * into a group does not). Whatever is reached only through a dynamic import (a card's content,
 * the timeline, export, panels opened on demand, the schemas) is loaded when asked for. Worked
 * out from the module graph, so that a module moved behind a lazy boundary leaves the first load
 * without a list to keep in step.
 */
const APP_ENTRY = source('src/start.tsx');
const FIRST_LOAD_ROOTS = [APP_ENTRY, source('src/dashboard/app.tsx')];
/** A card's content (its chart, legend and actions), loaded when its part hydrates: one chunk, not one per module. */
const CARD_ROOTS = [source('src/dashboard/card-content.tsx')];

interface Chunking {
  firstLoad: Set<string>;
  card: Set<string>;
}
const chunkingByGraph = new WeakMap<object, Chunking>();

/** The modules `roots` import statically, and what those import, but not those in `leave`. */
function staticallyReached(ctx: ChunkingContext, roots: string[], leave: Set<string>): Set<string> {
  const reached = new Set<string>();
  const walk = (id: string) => {
    if (reached.has(id) || leave.has(id)) return;
    reached.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) walk(next);
  };
  for (const root of roots) walk(root);
  return reached;
}

function chunking(ctx: ChunkingContext): Chunking {
  const entry = ctx.getModuleInfo(APP_ENTRY);
  if (!entry) throw new Error(`vite.config.ts: the app's entry ${APP_ENTRY} is not in the module graph`);
  const known = chunkingByGraph.get(entry);
  if (known) return known;
  const firstLoad = staticallyReached(ctx, FIRST_LOAD_ROOTS, new Set());
  firstLoad.delete(APP_ENTRY);
  const card = staticallyReached(ctx, CARD_ROOTS, new Set([...firstLoad, APP_ENTRY]));
  const result = { firstLoad, card };
  chunkingByGraph.set(entry, result);
  return result;
}

/** Our own modules (not the fonts the exports embed, `src/fonts/*?inline`: the page loads them as font files). */
const OWN_SOURCES = /[\\/]src[\\/](?!fonts[\\/])/;

export default defineConfig({
  // Relative asset paths: `dist/` works from any sub-path of a static host.
  base: './',
  // Pages are real files (index.html, vi/index.html): an unknown address is a 404, not the dashboard.
  appType: 'mpa',
  // The built site is previewed, and tested end to end, under the headers it is deployed with.
  css: {
    modules: {
      // One name in every mode: the prerender renders through Vite's dev pipeline and the browser
      // hydrates the production build, so both must give a class the same name. The file and the
      // rule keep it readable in the inspector; the hash (of the file's path and the rule's name,
      // not of its content) keeps it unique, and the same from build to build.
      generateScopedName: '[name]_[local]_[hash:base64:4]',
    },
  },
  build: {
    // One stylesheet, linked from every prerendered page: a page is styled at first paint, with or
    // without JavaScript, whatever chunk its components' modules are bundled in.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Two chunks for what a page needs before it answers input: the framework (React,
        // zustand), which every page needs, and the dashboard's own code. One file compresses
        // better than the pieces a split by importer makes. What loads later (a card's content,
        // export, the timeline, the chart page, panels opened on demand, the schemas, and TanStack
        // Query, with the first data file the page did not embed) stays apart.
        codeSplitting: {
          groups: [
            // Vite's helper for dynamic imports on its own: the entry needs it, and nothing else, before the page paints.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/ },
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|zustand|react-error-boundary)[\\/]/ },
            { name: (id, ctx) => (chunking(ctx).firstLoad.has(id) ? 'dashboard' : null), debugName: 'dashboard', test: OWN_SOURCES },
            { name: (id, ctx) => (chunking(ctx).card.has(id) ? 'card' : null), debugName: 'card' },
            // The query library and the code that drives it, loaded together with the first file fetched.
            { name: 'queries', test: /node_modules[\\/]@tanstack[\\/]|[\\/]src[\\/]data[\\/]loaders[\\/]query-(engine|client)\.ts$/ },
          ],
        },
      },
    },
  },
  plugins: [react(), inlineViewCheck(), lowPriorityEntry(), serveDataFolder('data'), headersFile(), notFoundPage()],
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'xbrowser/**/*.test.ts'],
  },
});
