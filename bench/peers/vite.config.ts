/**
 * The peer pages (the same charts drawn with Vega-Lite, Observable Plot and ECharts), built like
 * the dashboard: `npx vite build --config bench/peers/vite.config.ts` → bench/.build/peers/.
 * The build holds no data: serve it from a folder that also contains `data/`. Under `vite dev`
 * the pages read `data/` (or the folder named by BENCH_DATA) at `./data/`.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { serveDataFolder } from '../../scripts/vite-data-plugin.ts';

const root = import.meta.dirname;
const dataDir = resolve(process.env.BENCH_DATA ?? resolve(root, '../../data'));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  // Only the dev server's middleware: a build must not copy the data in.
  plugins: [{ ...serveDataFolder(dataDir), generateBundle: undefined, apply: 'serve' }],
  build: {
    outDir: '../.build/peers',
    emptyOutDir: true,
    // Vega and ECharts are large libraries; the size is what it is.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        vegalite: resolve(root, 'vegalite.html'),
        plot: resolve(root, 'plot.html'),
        echarts: resolve(root, 'echarts.html'),
      },
    },
  },
});
