// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from './csp';
import { formatHeadersFile, headersForPath, parseHeadersFile, siteHeaderRules } from './static-headers';

const rules = parseHeadersFile(formatHeadersFile(siteHeaderRules()));

describe('the _headers file, read as a static host reads it', () => {
  it('reads back what it writes', () => {
    expect(rules).toEqual(siteHeaderRules());
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

  it('keeps hashed assets for good and nothing else', () => {
    expect(headersForPath(rules, '/assets/index-abc123.js')['Cache-Control']).toContain('immutable');
    expect(headersForPath(rules, '/data/index.json')['Cache-Control']).toBeUndefined();
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
