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
