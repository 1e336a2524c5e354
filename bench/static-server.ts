/**
 * The server `npm start`, the end-to-end tests, the benchmark and the Lighthouse run serve the
 * built site through, so that all of them meet what a reader of the deployed site would. It does
 * what a static host (Cloudflare Pages) does: each path with the headers the site's `_headers`
 * gives it (read by `headersForPath`), text compressed with brotli or gzip as the browser accepts,
 * a folder's index.html, a folder asked for without its slash redirected to it, and 404.html for
 * what the site lacks.
 *
 * Files are sent by sirv (ETag, Last-Modified, ranges, types) and compressed by the `compression`
 * middleware; what sits in front of them decides which file a request names, once:
 * - the path is decoded segment by segment; a segment that does not decode is a 400, and one that
 *   decodes to `.`, `..` or holds a `/`, `\` or NUL (`..%2f`, `%2e%2e`) is refused with a 400, so
 *   no encoded path can reach a file, or a header rule, other than the one it names;
 * - the headers of `_headers` are matched on that same normalised, decoded path;
 * - a redirect's Location is that path, re-encoded, after a single `/`: never another host;
 * - every answer, errors and redirects included, carries the site's security headers, and no
 *   error carries a cache lifetime (a 404 under `/assets/` must not be kept for a year);
 * - files whose name starts with a dot, and `_headers` itself, are not served;
 * - it reads the folder afresh on each request: a file removed is a 404 at once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../scripts/static-headers';

/** Types sent with their charset (sirv names the charset for HTML only). */
const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/** A request's path, decoded and normalised, or why it is refused. */
export type RequestPath =
  | { ok: true; segments: string[]; trailingSlash: boolean; query: string }
  | { ok: false; status: 400; reason: string };

/**
 * Decodes a request target's path one segment at a time. Empty segments (`//`) are dropped, so
 * the result always starts with a single `/`. A segment that does not decode, or decodes to a dot
 * segment or to something holding a separator, refuses the whole request.
 */
export function parseRequestPath(target: string): RequestPath {
  const queryAt = target.indexOf('?');
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt + 1);
  if (!rawPath.startsWith('/')) return { ok: false, status: 400, reason: 'the path does not start with /' };
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'the path is not valid percent-encoding' };
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return { ok: false, status: 400, reason: 'the path holds a dot segment or an encoded separator' };
    segments.push(segment);
  }
  return { ok: true, segments, trailingSlash: rawPath.endsWith('/') && segments.length > 0, query };
}

/** The normalised path: a single leading `/`, decoded segments, the trailing slash kept. */
export function pathOf(segments: readonly string[], trailingSlash: boolean): string {
  return `/${segments.join('/')}${trailingSlash && segments.length > 0 ? '/' : ''}`;
}

/** The same path encoded for a URL (a Location header), each segment percent-encoded. */
export function encodedPathOf(segments: readonly string[], trailingSlash: boolean): string {
  return pathOf(segments.map(encodeURIComponent), trailingSlash);
}

/**
 * The same path encoded for sirv, which decodes with `decodeURI`: that leaves the escapes of
 * `$&+,:;=@` as they are, so those characters are written plainly.
 */
function sirvPathOf(segments: readonly string[]): string {
  return pathOf(
    segments.map((s) => encodeURIComponent(s).replace(/%(24|26|2B|2C|3A|3B|3D|40)/g, (escape) => decodeURIComponent(escape))),
    false,
  );
}

export interface StaticServerOptions {
  /** The built site's folder. */
  root: string;
  /** Rules read after the site's own `_headers` (none if the site has no such file). */
  extraRules?: HeaderRule[];
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function staticHandler({ root: rootDir, extraRules = [] }: StaticServerOptions): Handler {
  const root = resolve(rootDir);
  const headersFile = join(root, '_headers');
  const rules = [...(existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []), ...extraRules];
  // `dev`: the folder is read on each request, not listed once at start.
  const files = sirv(root, { dev: true, etag: true, dotfiles: false, extensions: [] });
  // Brotli at quality 5, about what hosts use on the fly; gzip at its default level.
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });
  const isFile = (file: string) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };

  /** Headers of an answer that is not the file asked for: the site-wide ones, kept for no time. */
  const setErrorHeaders = (res: ServerResponse) => {
    for (const [name, value] of Object.entries(headersForPath(rules, '/404.html'))) {
      if (name.toLowerCase() !== 'cache-control') res.setHeader(name, value);
    }
    res.setHeader('Cache-Control', 'no-store');
  };
  const plain = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
    setErrorHeaders(res);
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
    res.end(text);
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = join(root, '404.html');
    if (!isFile(page)) { plain(res, 404, 'Not found'); return; }
    setErrorHeaders(res);
    const body = readFileSync(page);
    res.writeHead(404, { 'Content-Type': TEXT_TYPES['.html'] ?? 'text/html', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const serve: Handler = (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') { plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' }); return; }
    const parsed = parseRequestPath(req.url ?? '/');
    if (!parsed.ok) { plain(res, parsed.status, `Bad request: ${parsed.reason}`); return; }
    const { segments, trailingSlash, query } = parsed;
    const hidden = segments.some((s) => s.startsWith('.')) || (segments.length === 1 && segments[0] === '_headers');
    if (hidden) { notFound(req, res); return; }
    const target = join(root, ...segments);
    let served: string[] | null = null;
    if (!trailingSlash && isFile(target)) served = segments;
    else if (isFile(join(target, 'index.html'))) {
      if (!trailingSlash && segments.length > 0) {
        setErrorHeaders(res);
        res.writeHead(301, { Location: `${encodedPathOf(segments, true)}${query ? `?${query}` : ''}` });
        res.end();
        return;
      }
      served = [...segments, 'index.html'];
    }
    if (!served) { notFound(req, res); return; }
    for (const [name, value] of Object.entries(headersForPath(rules, pathOf(segments, trailingSlash)))) res.setHeader(name, value);
    const type = TEXT_TYPES[extname(served.at(-1) ?? '').toLowerCase()];
    if (type) res.setHeader('Content-Type', type);
    req.url = sirvPathOf(served);
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => files(req, res, () => notFound(req, res)));
  };

  return (req, res) => {
    try {
      serve(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    }
  };
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on host:port (port 0: any free port; host 127.0.0.1 unless given) until closed. */
export async function startStaticServer(options: StaticServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(staticHandler(options));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, done);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
