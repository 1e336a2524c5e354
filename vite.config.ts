/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serveDataFolder } from './scripts/vite-data-plugin.ts';

export default defineConfig({
  // Relative asset paths: `dist/` works from any sub-path of a static host.
  base: './',
  plugins: [react(), serveDataFolder('data')],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
});
