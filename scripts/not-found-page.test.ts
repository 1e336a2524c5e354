// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { notFoundHtml, rootPath } from './not-found-page';

const links = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('notFoundHtml', () => {
  it('links to the dashboards by absolute paths from the root of SITE_URL', () => {
    expect(links(notFoundHtml('http://localhost:4173/'))).toEqual(['/', '/vi/']);
    expect(links(notFoundHtml('https://example.org/reports/tech'))).toEqual(['/reports/tech/', '/reports/tech/vi/']);
  });

  it('reaches the root from any depth it is served at', () => {
    for (const depth of ['/a', '/a/b/c/', '/reports/tech/x/y']) {
      const href = rootPath('https://example.org/reports/tech/', 'vi');
      expect(new URL(href, `https://example.org${depth}`).href).toBe('https://example.org/reports/tech/vi/');
    }
  });

  it('declares its charset within its first 1,024 bytes', () => {
    expect(Buffer.from(notFoundHtml('http://localhost/'), 'utf8').subarray(0, 1024).toString('latin1')).toContain('<meta charset="UTF-8" />');
  });
});

describe('the 404 page search', () => {
  const forms = (html: string) => [...html.matchAll(/<form role="search" method="get" action="([^"]*)">[\s\S]*?<input id="([^"]*)" type="search" name="q"/g)].map((m) => [m[1], m[2]]);

  it('sends the words to the dashboard in each language as ?q=, by a plain GET form with a label', () => {
    const html = notFoundHtml('https://example.org/reports/tech/');
    expect(forms(html)).toEqual([
      ['/reports/tech/', 'search-en'],
      ['/reports/tech/vi/', 'search-vi'],
    ]);
    expect(html).toContain('<label for="search-en">Search</label>');
    expect(html).toContain('<label for="search-vi">Tìm kiếm</label>');
  });
});
