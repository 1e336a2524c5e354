/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS } from './scripts/csp.ts';
import { notFoundPage } from './scripts/not-found.ts';
import { securityHeadersFile, serveDataFolder } from './scripts/vite-data-plugin.ts';

export default defineConfig({
  // Relative asset paths: `dist/` works from any sub-path of a static host.
  base: './',
  // Pages are real files (index.html, vi/index.html): an unknown address is a 404, not the dashboard.
  appType: 'mpa',
  plugins: [react(), serveDataFolder('data'), securityHeadersFile(SECURITY_HEADERS), notFoundPage()],
  // The built site is previewed, and tested end to end, under the policy it is deployed with.
  preview: { headers: SECURITY_HEADERS },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
  },
});
