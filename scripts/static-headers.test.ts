// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from './csp';
import { formatHeadersFile, hashedAssetsOf, headersForPath, HOST_RULE_LIMIT, IMMUTABLE, parseHeadersFile, siteHeaderRules } from './static-headers';

const assets = ['assets/index-abc123.js', 'assets/export-Dx_9-q.js', 'assets/style-00ff.css'];
const rules = parseHeadersFile(formatHeadersFile(siteHeaderRules(assets)));

describe('the _headers file, read as a static host reads it', () => {
  it('reads back what it writes', () => {
    expect(rules).toEqual(siteHeaderRules(assets));
  });

  it('refuses framing of every page but the embeds', () => {
    for (const path of ['/', '/index.html', '/vi/', '/charts/nvidia-china-ai-chip-share/', '/vi/charts/x/']) {
      expect(headersForPath(rules, path)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('gives an embed page its own policy alone, so that any site may frame it', () => {
    for (const path of ['/embed/nvidia-china-ai-chip-share/', '/vi/embed/x/index.html']) {
      const headers = headersForPath(rules, path);
      expect(headers['Content-Security-Policy']).toBe(EMBED_CONTENT_SECURITY_POLICY);
      expect(headers['Content-Security-Policy']).toContain('frame-ancestors *');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('joins two values of one header with a comma, as the host does, unless the first is detached', () => {
    const joined = parseHeadersFile('/*\n  Content-Security-Policy: a\n/embed/*\n  Content-Security-Policy: b\n');
    expect(headersForPath(joined, '/embed/x/')['Content-Security-Policy']).toBe('a, b');
    const detached = parseHeadersFile('/*\n  Content-Security-Policy: a\n/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: b\n');
    expect(headersForPath(detached, '/embed/x/')['Content-Security-Policy']).toBe('b');
  });

  it('keeps the hashed assets the build wrote for good and nothing else', () => {
    for (const file of assets) expect(headersForPath(rules, `/${file}`)['Cache-Control']).toBe(IMMUTABLE);
    expect(headersForPath(rules, '/data/index.json')['Cache-Control']).toBeUndefined();
    expect(headersForPath(rules, '/index.html')['Cache-Control']).toBeUndefined();
  });

  it('gives no cache lifetime to an asset path the build did not write, which a host answers with a 404', () => {
    // A page loaded before a redeploy asks for a chunk the deploy removed.
    expect(headersForPath(rules, '/assets/index-old999.js')['Cache-Control']).toBeUndefined();
    expect(headersForPath(rules, '/assets/')['Cache-Control']).toBeUndefined();
  });

  it("takes the hashed assets from the build's bundle, and stays within the host's rule limit for this site", () => {
    const bundle = { 'assets/a-1.js': {}, 'assets/b-2.css': {}, 'index.html': {}, '_headers': {}, 'assets/odd:name.js': {} };
    expect(hashedAssetsOf(bundle).sort()).toEqual(['assets/a-1.js', 'assets/b-2.css']);
    expect(siteHeaderRules(assets).length).toBeLessThanOrEqual(HOST_RULE_LIMIT);
  });

  it('matches a placeholder to one path segment only', () => {
    const placeholder = parseHeadersFile('/charts/:id/\n  X-Test: yes\n');
    expect(headersForPath(placeholder, '/charts/a/')['X-Test']).toBe('yes');
    expect(headersForPath(placeholder, '/charts/a/b/')['X-Test']).toBeUndefined();
  });

  it('names a line it cannot read', () => {
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });
});
