// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHeadersFile, siteHeaderRules } from '../scripts/static-headers';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from '../scripts/csp';
import { chooseEncoding, startStaticServer, type RunningServer } from './static-server';

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
  writeFileSync(join(dir, '_headers'), formatHeadersFile(siteHeaderRules()));
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

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
  });
});

describe('the static server', () => {
  it('sends text compressed with brotli, or gzip, as the browser accepts, and says it varies by that', async () => {
    const br = await get('/assets/app-1234.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get('/assets/app-1234.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get('/assets/app-1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
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
    expect(home.headers['cache-control']).toBeUndefined();
    expect(brotliDecompressSync(home.body).toString()).toContain('<title>home</title>');
    expect((await get('/embed/x/')).headers['content-security-policy']).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect((await get('/assets/app-1234.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const peer = await get('/peer.html');
    expect(peer.headers['content-security-policy']).toBeUndefined();
    expect(peer.headers['x-content-type-options']).toBe('nosniff');
  });

  it("serves a folder's index.html, redirects a folder without its slash, and answers 404 with 404.html", async () => {
    expect((await get('/vi/')).body.toString()).toContain('<title>vi</title>');
    const redirect = await get('/vi?lang=vi');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/vi/?lang=vi');
    for (const path of ['/nothing-here/', '/_headers', '/%2e%2e/%2e%2e/etc/passwd']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.body.toString()).toContain('<title>not found</title>');
      expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get('/', 'gzip', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });
});
