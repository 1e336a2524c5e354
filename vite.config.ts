/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { notFoundPage } from './scripts/not-found.ts';
import { headersFile } from './scripts/static-headers.ts';
import { serveDataFolder } from './scripts/vite-data-plugin.ts';
import { inlineViewCheck } from './scripts/view-check.ts';

/**
 * Our modules in the dashboard's first load: everything under src/ but what is loaded on demand,
 * and what the app's entry (src/start.tsx) needs. Not the entries themselves: the page's
 * (src/main.tsx) and its stylesheets load before the page paints, the app's after, each its own
 * chunk (the app's code must run when it is imported, which a module merged into a group does
 * not); not the fonts the exports embed (src/fonts/*?inline): the page loads them as font files.
 */
const FIRST_LOAD_SOURCES =
  /[\\/]src[\\/](?!main\.tsx|start\.tsx|fonts\.css|styles[\\/]global\.css|fonts[\\/]|i18n[\\/]messages-|export[\\/]|timeline[\\/](?!event-time|timeline-domain)|dashboard[\\/](timeline-section|share-fields)|pages[\\/]chart-page|charts[\\/](data-table|figure-provenance|figure-citation)|i18n[\\/]citation|shared[\\/](quote|copy-field)|data[\\/](schema|validate|loaders[\\/](fetch-data-file|read-data-file))|search[\\/](?!site-search))/;

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
        // TanStack Query, zustand), which every page needs, and the dashboard's own code. One file
        // compresses better than the pieces a split by importer makes. What loads later (export,
        // the timeline, the chart page, panels opened on demand, the schemas) stays apart.
        codeSplitting: {
          groups: [
            // Vite's helper for dynamic imports on its own: the entry needs it, and nothing else, before the page paints.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/ },
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|zustand|react-error-boundary)[\\/]/ },
            { name: 'dashboard', test: FIRST_LOAD_SOURCES },
          ],
        },
      },
    },
  },
  plugins: [react(), inlineViewCheck(), serveDataFolder('data'), headersFile(), notFoundPage()],
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'xbrowser/**/*.test.ts'],
  },
});
