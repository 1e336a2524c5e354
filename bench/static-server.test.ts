// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHeadersFile, IMMUTABLE, siteHeaderRules } from '../scripts/static-headers';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from '../scripts/csp';
import { encodedPathOf, parseRequestPath, startStaticServer, type RunningServer } from './static-server';

const script = `export const figures = [${Array.from({ length: 2000 }, (_, i) => i % 97).join(', ')}];\n`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'vi'));
  mkdirSync(join(dir, 'embed', 'x'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'vi', 'index.html'), '<!doctype html><title>vi</title>');
  writeFileSync(join(dir, 'embed', 'x', 'index.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dir, 'peer.html'), '<!doctype html><title>peer</title>');
  writeFileSync(join(dir, 'assets', 'app-1234.js'), script);
  writeFileSync(join(dir, 'assets', 'card.png'), png);
  writeFileSync(join(dir, 'assets', 'gone-5678.js'), script);
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  writeFileSync(join(dir, 'assets', 'a $&+,;=@ tên.txt'), 'named');
  writeFileSync(join(dir, '_headers'), formatHeadersFile(siteHeaderRules(['assets/app-1234.js', 'assets/card.png', 'assets/gone-5678.js'])));
  server = await startStaticServer({ root: dir, port: 0, extraRules: [{ pattern: '/peer.html', detach: ['Content-Security-Policy'], set: [] }] });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body is read as sent, not decoded (as fetch would). */
function get(path: string, acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  const url = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('parseRequestPath', () => {
  it('decodes each segment, drops empty ones and keeps the query', () => {
    expect(parseRequestPath('/vi//charts/a%20b/?x=1')).toEqual({ ok: true, segments: ['vi', 'charts', 'a b'], trailingSlash: true, query: 'x=1' });
    expect(parseRequestPath('/')).toEqual({ ok: true, segments: [], trailingSlash: false, query: '' });
  });

  it('refuses dot segments, encoded or not, encoded separators, bad escapes and a target that is not a path', () => {
    for (const target of ['/embed/..%2f', '/%2e%2e/x', '/a/%2E/b', '/a/../b', '/a/./b', '/x%5c..%5cy', '/a%00b', '/%', '/%zz', 'http://evil/', '*']) {
      expect(parseRequestPath(target).ok, target).toBe(false);
    }
  });

  it('gives, for any target it accepts, segments free of dot segments and separators, which encode back to the same path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('', '.', '..', '%2e', '%2f', '%5c', '%', '%2', '%00', '//', 'a', 'é', '%C3%A9'), fc.string()), { maxLength: 8 }), (parts) => {
        const parsed = parseRequestPath(`/${parts.join('/')}`);
        if (!parsed.ok) return;
        for (const segment of parsed.segments) {
          expect(['', '.', '..']).not.toContain(segment);
          expect(segment).not.toMatch(/[/\\\0]/);
        }
        const again = parseRequestPath(encodedPathOf(parsed.segments, parsed.trailingSlash));
        expect(again).toEqual({ ...parsed, query: '' });
        expect(encodedPathOf(parsed.segments, parsed.trailingSlash)).toMatch(/^\/(?!\/)/);
      }),
    );
  });
});

describe('the static server', () => {
  it('sends text compressed with brotli, or gzip, as the browser accepts, and says it varies by that', async () => {
    const br = await get('/assets/app-1234.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get('/assets/app-1234.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get('/assets/app-1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(plain.body.toString()).toBe(script);
  });

  it('sends an image as it is', async () => {
    const image = await get('/assets/card.png', 'br, gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.body.equals(png)).toBe(true);
  });

  it("applies the site's _headers by path, as the host reads them, with the rules added after", async () => {
    const home = await get('/', 'br');
    expect(home.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    // A page is revalidated on each visit: after a redeploy, the next visit gets the new one.
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(home.headers.etag).toBeTruthy();
    // Below a kilobyte, not worth compressing.
    expect(home.headers['content-encoding']).toBeUndefined();
    expect(home.body.toString()).toContain('<title>home</title>');
    expect((await get('/embed/x/')).headers['content-security-policy']).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect((await get('/assets/app-1234.js')).headers['cache-control']).toBe(IMMUTABLE);
    const peer = await get('/peer.html');
    expect(peer.headers['content-security-policy']).toBeUndefined();
    expect(peer.headers['x-content-type-options']).toBe('nosniff');
  });

  it("serves a folder's index.html, redirects a folder without its slash, and answers 404 with 404.html", async () => {
    expect((await get('/vi/')).body.toString()).toContain('<title>vi</title>');
    const redirect = await get('/vi?lang=vi');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/vi/?lang=vi');
    for (const path of ['/nothing-here/', '/_headers', '/.vite/manifest.json', '/embed/nothing/']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.body.toString()).toContain('<title>not found</title>');
      expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves a file whose name holds characters a URL escapes', async () => {
    const named = await get(`/assets/${encodeURIComponent('a $&+,;=@ tên.txt')}`);
    expect(named.status).toBe(200);
    expect(named.body.toString()).toBe('named');
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get('/', 'gzip', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(head.body.length).toBe(0);
  });
});

describe('the static server, under hostile requests', () => {
  const refused = (answer: Answer, what: string) => {
    expect([400, 404], what).toContain(answer.status);
    expect(answer.headers['content-security-policy'], what).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.body.toString(), what).not.toContain('<title>home</title>');
    expect(answer.body.toString(), what).not.toContain(dir);
  };

  it('refuses encoded dot segments instead of serving another page with the embed headers', async () => {
    for (const path of ['/embed/..%2f', '/embed/..%2f..%2f', '/vi/embed/..%2f..%2fembed/x/', '/embed/%2e%2e/', '/embed/x/%2E%2E/%2e%2e/', '/%2e%2e/%2e%2e/etc/passwd', '/embed/..%5c', '/embed/x/../../']) {
      const answer = await get(path);
      refused(answer, path);
      expect(answer.headers['content-security-policy'], path).not.toContain('frame-ancestors *');
    }
  });

  it('redirects a folder to a path on this host only', async () => {
    const foreign = await get('//127.0.0.1:1/..%2fvi');
    refused(foreign, 'the foreign-looking path');
    expect(foreign.headers.location).toBeUndefined();
    const doubled = await get('//vi');
    expect(doubled.status).toBe(301);
    expect(doubled.headers.location).toBe('/vi/');
    expect(doubled.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(doubled.headers['cache-control']).toBe('no-store');
    const nested = await get('//embed//x?a=%2F%2Fevil');
    expect(nested.headers.location).toBe('/embed/x/?a=%2F%2Fevil');
  });

  it('answers a malformed path with 400 and no stack trace, under the security headers', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/vi/%zz/']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(400);
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.body.toString()).not.toMatch(/at \w|\/work\/|node:internal|URIError/);
    }
  });

  it('answers POST and other methods with 405 and the security headers, without redirecting', async () => {
    for (const [method, path] of [['POST', '/'], ['PUT', '/vi'], ['DELETE', '/assets/app-1234.js']] as const) {
      const answer = await get(path, undefined, method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(answer.headers.location).toBeUndefined();
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never gives a 404 under /assets/ a cache lifetime, even for a hashed file the _headers named and the deploy removed', async () => {
    expect((await get('/assets/gone-5678.js')).headers['cache-control']).toBe(IMMUTABLE);
    unlinkSync(join(dir, 'assets', 'gone-5678.js'));
    for (const path of ['/assets/gone-5678.js', '/assets/never-there-0000.js']) {
      const answer = await get(path, 'br');
      expect(answer.status, path).toBe(404);
      expect(answer.headers['cache-control'], path).toBe('no-store');
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
