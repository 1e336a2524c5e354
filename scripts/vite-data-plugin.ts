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
        const path = join(dataDir, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        if (!path.startsWith(dataDir + sep) || !path.endsWith('.json')) return next();
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

/**
 * Writes `dist/_headers` (the format static hosts such as Netlify and Cloudflare Pages read) with
 * the security headers, so that a deploy of `dist/` serves them.
 */
export function securityHeadersFile(headers: Record<string, string>): Plugin {
  return {
    name: 'security-headers-file',
    apply: 'build',
    generateBundle() {
      const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}
