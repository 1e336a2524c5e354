/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { notFoundPage } from './scripts/not-found.ts';
import { headersFile, previewWithHeadersFile } from './scripts/static-headers.ts';
import { serveDataFolder } from './scripts/vite-data-plugin.ts';

export default defineConfig({
  // Relative asset paths: `dist/` works from any sub-path of a static host.
  base: './',
  // Pages are real files (index.html, vi/index.html): an unknown address is a 404, not the dashboard.
  appType: 'mpa',
  // The built site is previewed, and tested end to end, under the headers it is deployed with.
  plugins: [react(), serveDataFolder('data'), headersFile(), previewWithHeadersFile(), notFoundPage()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
  },
});
