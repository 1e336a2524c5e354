import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * An address the site has no page for answers 404 with the site's own page, in both languages,
 * rather than the dashboard at a depth where its relative asset paths break. Static hosts do the
 * same with `404.html` (Cloudflare Pages, Netlify, GitHub Pages).
 */
export function notFoundPage(): Plugin {
  return {
    name: 'not-found-page',
    configurePreviewServer(server) {
      const dist = join(server.config.root, server.config.build.outDir);
      return () => {
        server.middlewares.use((req, res, next) => {
          // Runs after the fallback that maps `/` and `/vi/` to their index.html, before the page is served.
          const path = join(dist, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
          if (path.startsWith(dist) && existsSync(path) && statSync(path).isFile()) {
            next();
            return;
          }
          const url = (req.url ?? '/').split('?');
          if (existsSync(join(path, 'index.html'))) {
            // A folder asked for without its slash (`/vi`): its page, at the address with the slash.
            res.statusCode = 301;
            res.setHeader('Location', `${url[0] ?? ''}/${url[1] ? `?${url[1]}` : ''}`);
            res.end();
            return;
          }
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(readFileSync(join(dist, '404.html')));
        });
      };
    },
  };
}
