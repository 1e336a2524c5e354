/**
 * The suite's server: the built site as the project's own server serves it (bench/static-server.ts,
 * with the headers `_headers` gives each path, the Content-Security-Policy included), with two
 * additions for the test, neither of which loosens the policy:
 * - every page gets `<script src="/__xb/collector.js">` as its first script, a same-origin file
 *   that records errors and policy violations from before the page's own scripts run (WebKit's
 *   driver cannot read the console);
 * - a request with the cookie `xb-fresh=1` gets the page without the data the build embedded in
 *   it, so that the app draws the page afresh (`src/main.tsx` hydrates only a page with its data):
 *   the reference the hydrated timeline is compared with.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseRequestPath, pathOf, staticHandler } from '../bench/static-server';
import { cutTemplate } from '../scripts/page-template';
import { headersForPath, parseHeadersFile } from '../scripts/static-headers';

export const COLLECTOR_PATH = '/__xb/collector.js';
const COLLECTOR = readFileSync(new URL('./collector.js', import.meta.url), 'utf8');
const CHARSET = '<meta charset="UTF-8" />';
const EMBEDDED_DATA = /\s*<link\b[^>]*\bid="dashboard-data"[^>]*>/;

/** A built page as the suite serves it: the collector first; without the link to its data if `fresh`. */
export function suitePage(html: string, fresh: boolean, file = 'the page'): string {
  const fill = cutTemplate(html, { charset: CHARSET }, file);
  const page = fill({ charset: `${CHARSET}\n    <script src="${COLLECTOR_PATH}"></script>` });
  if (!fresh) return page;
  const data = EMBEDDED_DATA.exec(page);
  if (!data) throw new Error(`${file}: has no embedded data to leave out`);
  return page.slice(0, data.index) + page.slice(data.index + data[0].length);
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

export interface SuiteServer {
  url: string;
  close: () => Promise<void>;
}

export async function startSuiteServer(rootDir: string, port: number): Promise<SuiteServer> {
  const root = resolve(rootDir);
  const files = staticHandler({ root });
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const parsed = parseRequestPath(req.url ?? '/');
    if (!parsed.ok || req.method !== 'GET') {
      files(req, res);
      return;
    }
    const path = pathOf(parsed.segments, parsed.trailingSlash);
    const send = (body: string, type: string) => {
      for (const [name, value] of Object.entries(headersForPath(rules, path))) res.setHeader(name, value);
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === COLLECTOR_PATH) {
      send(COLLECTOR, 'text/javascript; charset=utf-8');
      return;
    }
    const page = join(root, ...parsed.segments, 'index.html');
    if ((parsed.trailingSlash || parsed.segments.length === 0) && isFile(page)) {
      const fresh = /(^|;\s*)xb-fresh=1(;|$)/.test(req.headers.cookie ?? '');
      send(suitePage(readFileSync(page, 'utf8'), fresh, page), 'text/html; charset=utf-8');
      return;
    }
    files(req, res);
  };
  const server = createServer(handle);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
