// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsetWithin1024Bytes, cutTemplate, pageTemplate, type PageParts } from './page-template';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
    <meta name="description" content="Default." />
    <script src="./view-check.js"></script>
    <title>Default title</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const PATTERNS = ['$&', '$`', "$'", '$$', '$<', '$1', '$<name>'];

const parts = (text: string): PageParts => ({
  lang: 'en',
  htmlAttributes: ` data-series="${text}"`,
  head: `<title>${text}</title>`,
  afterEntry: `<!-- ${text} -->`,
  root: `<p>${text}</p>`,
  afterRoot: `<script type="application/json">${JSON.stringify({ title: text })}</script>`,
});

describe('pageTemplate', () => {
  it('puts each part in its place, the charset first and the default title and description out', () => {
    const html = pageTemplate(TEMPLATE)(parts('T'));
    expect(html).toContain('<html lang="en" data-series="T">');
    expect(html).toContain('<meta charset="UTF-8" />\n    <title>T</title>\n    <link rel="icon"');
    expect(html).not.toContain('Default');
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-abc.js"></script>\n    <!-- T -->');
    expect(html).toContain('<div id="root"><p>T</p></div><script type="application/json">{"title":"T"}</script>');
  });

  it('writes $&, $`, $\', $$ and $< as they are, never as replacement patterns', () => {
    for (const p of PATTERNS) {
      const text = `Process node ${p} marker`;
      const html = pageTemplate(TEMPLATE)(parts(text));
      expect(html.split(text)).toHaveLength(6);
      const json = /<script type="application\/json">(.*)<\/script>/.exec(html)?.[1];
      expect(JSON.parse(json ?? '')).toEqual({ title: text });
    }
  });

  it('keeps every text as written, whatever it holds (property)', () => {
    const text = fc.stringMatching(/^[$&`'<>a-z ]{0,40}$/);
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const fill = cutTemplate('[A]-[B]-[C]', { a: '[A]', b: '[B]', c: '[C]' });
        expect(fill({ a, b, c })).toBe(`${a}-${b}-${c}`);
      }),
    );
  });

  it('refuses a template without a place, or with one twice, naming the file', () => {
    expect(() => pageTemplate(TEMPLATE.replace('<div id="root"></div>', ''), 'dist/index.html')).toThrow('dist/index.html: has no "<div id=\\"root\\"></div>" (root)');
    expect(() => cutTemplate('xx', { a: 'x' }, 'f.html')).toThrow('f.html: has "x" (a) more than once');
    expect(() => pageTemplate(TEMPLATE.replace(/<script type="module"[^>]*><\/script>/, ''), 'dist/index.html')).toThrow('dist/index.html: the template has no module script');
  });
});

describe('charsetWithin1024Bytes', () => {
  it('finds the charset in the first 1,024 bytes only', () => {
    expect(charsetWithin1024Bytes(pageTemplate(TEMPLATE)(parts('x')))).toBe(true);
    expect(charsetWithin1024Bytes(`<head>${'é'.repeat(510)}<meta charset="UTF-8" />`)).toBe(false);
    expect(charsetWithin1024Bytes(`<head>${'e'.repeat(990)}<meta charset="UTF-8" />`)).toBe(true);
  });
});
