/**
 * A static server that serves a built site as a static host (Cloudflare Pages) does: each path
 * with the headers the site's `_headers` gives it (read by `headersForPath`), text compressed
 * with brotli or gzip as the browser accepts, `Vary: Accept-Encoding`, a folder's index.html, a
 * folder asked for without its slash redirected to it, and 404.html for what the site lacks.
 * The benchmark and the Lighthouse run serve through it, so both meet what a reader would.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../scripts/static-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to answer an Accept-Encoding with: brotli before gzip, neither if refused (q=0). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find((m) => m !== null);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  // Brotli at quality 5, about what hosts use on the fly; gzip at its default level.
  if (encoding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (encoding === 'gzip') return gzipSync(body);
  return body;
}

export interface StaticServerOptions {
  /** The built site's folder. */
  root: string;
  /** Rules read after the site's own `_headers` (none if the site has no such file). */
  extraRules?: HeaderRule[];
}

export function staticHandler({ root: rootDir, extraRules = [] }: StaticServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(rootDir);
  const headersFile = join(root, '_headers');
  const rules = [...(existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []), ...extraRules];
  // Each file is compressed once per encoding (and again if it changes).
  const cache = new Map<string, Buffer>();
  const body = (file: string, encoding: Encoding): Buffer => {
    const key = `${file}\0${statSync(file).mtimeMs}\0${encoding}`;
    let out = cache.get(key);
    if (!out) {
      out = compress(readFileSync(file), encoding);
      cache.set(key, out);
    }
    return out;
  };
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

  return (req, res) => {
    const [rawPath = '/', query] = (req.url ?? '/').split('?');
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      path = '\0';
    }
    const target = join(root, path);
    const inside = target === root || target.startsWith(root + sep);
    let file: string | null = null;
    let status = 200;
    if (inside && !path.includes('\0') && path !== '/_headers') {
      if (isFile(target)) file = target;
      else if (isFile(join(target, 'index.html'))) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${rawPath}/${query ? `?${query}` : ''}` });
          res.end();
          return;
        }
        file = join(target, 'index.html');
      }
    }
    if (!file) {
      status = 404;
      file = isFile(join(root, '404.html')) ? join(root, '404.html') : null;
    }
    for (const [name, value] of Object.entries(headersForPath(rules, path))) res.setHeader(name, value);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const compressible = COMPRESSIBLE.test(type);
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
    const out = body(file, encoding);
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', out.length);
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : out);
  };
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on host:port (port 0: any free port) until closed. */
export async function startStaticServer(options: StaticServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(staticHandler(options));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, done);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
