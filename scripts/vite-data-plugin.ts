import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * `data/` is the source of truth and is fetched at run time: served as-is under `/data/` in
 * development, copied to `dist/data/` in a build. Editing a data file needs no code change.
 */
export function serveDataFolder(dataDir: string): Plugin {
  return {
    name: 'serve-data-folder',
    // The page asks for its data files while its script is still loading: one round trip saved,
    // and the files arrive in parallel. The fetch() that uses each must match (cors, same-origin).
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html; // a build only: in development files change under the page
        return html.replace('</head>', `${preloadLinks(dataDir)}\n  </head>`);
      },
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        // A data file imported by a module (the gallery's fixtures) is Vite's to serve, as a module.
        const path = join(dataDir, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        if (/[?&]import\b/.test(req.url ?? '') || !path.startsWith(dataDir + sep) || !path.endsWith('.json')) {
          next();
          return;
        }
        try {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(readFileSync(path));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of listFiles(dataDir)) {
        this.emitFile({
          type: 'asset',
          fileName: join('data', relative(dataDir, file)).split(sep).join('/'),
          source: readFileSync(file),
        });
      }
    },
  };
}

/** `<link rel="preload">` for the data files the index lists, in the order the page needs them. */
export function preloadLinks(dataDir: string): string {
  const index = JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as {
    sources: string;
    events: string;
    series: { file: string }[];
  };
  const files = ['index.json', ...index.series.map((s) => s.file), index.events, index.sources];
  return files.map((f) => `  <link rel="preload" href="./data/${f}" as="fetch" crossorigin="anonymous" />`).join('\n');
}
