// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allowedScriptHashes, blockedInlineScripts, checkBuiltInlineScripts, inlineScripts, pagePath } from './inline-scripts';
import { pageTemplate } from './page-template';
import { formatHeadersFile, headersForPath, parseHeadersFile, siteHeaderRules } from './static-headers';
import { inlineViewCheck, scriptHashSource, VIEW_CHECK_HASH_SOURCE, VIEW_CHECK_MARKER, VIEW_CHECK_SCRIPT } from './view-check';

/** `index.html` as the build turns it into the page template, through the plugin's own hook. */
function builtTemplate(): string {
  const hook = inlineViewCheck().transformIndexHtml;
  if (!hook || typeof hook === 'function') throw new Error('the plugin has no ordered transformIndexHtml hook');
  const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
  const out = hook.handler.call({} as never, html, { filename: '/x/index.html', path: '/index.html' });
  if (typeof out !== 'string') throw new Error('the hook did not return the page');
  return out;
}

const headers = parseHeadersFile(formatHeadersFile(siteHeaderRules(['assets/app-1.js'])));
const policyAt = (path: string) => headersForPath(headers, path)['Content-Security-Policy'];

describe('the view check, inline in every page', () => {
  it('hashes as the CSP specification’s own example does', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('is written where index.html asks, and is the only script the template runs inline', () => {
    const template = builtTemplate();
    expect(template).not.toContain(VIEW_CHECK_MARKER);
    expect(template).not.toContain('view-check.js"');
    expect(inlineScripts(template)).toEqual([VIEW_CHECK_SCRIPT]);
    expect(VIEW_CHECK_SCRIPT).toContain("classList.add('view-pending')");
  });

  it('has its hash in the policy _headers gives every page, and every page made from the template carries exactly that script', () => {
    const fill = pageTemplate(builtTemplate());
    const pages = {
      '/': fill({ lang: 'en', htmlAttributes: '', head: '<title>x</title>', afterEntry: '', root: '<p>$&amp; $1</p>', afterRoot: '<script type="application/json" id="dashboard-data">{"a":"<\\u002fscript>"}</script>' }),
      '/vi/': fill({ lang: 'vi', htmlAttributes: '', head: '<base href="../" />', afterEntry: '', root: '', afterRoot: '' }),
      '/charts/x/': fill({ lang: 'en', htmlAttributes: ' data-page="chart" data-series="x"', head: '', afterEntry: '', root: '', afterRoot: '' }),
      '/embed/x/': fill({ lang: 'en', htmlAttributes: ' data-page="embed" data-series="x"', head: '', afterEntry: '', root: '', afterRoot: '' }),
      '/vi/embed/x/': fill({ lang: 'vi', htmlAttributes: ' data-page="embed" data-series="x"', head: '', afterEntry: '', root: '', afterRoot: '' }),
    };
    for (const [path, html] of Object.entries(pages)) {
      const scripts = inlineScripts(html);
      expect(scripts, path).toEqual([VIEW_CHECK_SCRIPT]);
      expect(allowedScriptHashes(policyAt(path) ?? ''), path).toEqual([scriptHashSource(scripts[0]!)]);
      expect(blockedInlineScripts(html, policyAt(path), path)).toEqual([]);
    }
    expect(VIEW_CHECK_HASH_SOURCE).toBe(scriptHashSource(VIEW_CHECK_SCRIPT));
  });

  it('reads a script’s runnable type: JSON data blocks and external scripts are not inline scripts', () => {
    const html = [
      '<script src="./a.js"></script>',
      '<script type="module" src="/b.js"></script>',
      '<script type="application/json" id="d">{"x":1}</script>',
      '<script>one()</script>',
      "<script type='module'>two()</script>",
      '<SCRIPT type="text/javascript">three()</SCRIPT >',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['one()', 'two()', 'three()']);
  });

  it('names the page and the hash of a script the policy would block', () => {
    const problems = blockedInlineScripts('<script>evil()</script>', policyAt('/'), 'index.html');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('index.html: an inline script (6 characters, hash ' + scriptHashSource('evil()'));
    expect(problems[0]).toContain(`script-src allows ${VIEW_CHECK_HASH_SOURCE}`);
  });

  it('serves a page at its folder’s address', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath(join('vi', 'embed', 'x', 'index.html'))).toBe('/vi/embed/x/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('the build’s check of a built site', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function site(pages: Record<string, string>) {
    dir = mkdtempSync(join(tmpdir(), 'inline-scripts-'));
    writeFileSync(join(dir, '_headers'), formatHeadersFile(siteHeaderRules()));
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
    return dir;
  }
  const page = (script: string) => `<html><head><script>${script}</script></head><body><div id="root"></div></body></html>`;

  it('passes a site whose every page carries the view check its policy allows', () => {
    const result = checkBuiltInlineScripts(site({ 'index.html': page(VIEW_CHECK_SCRIPT), 'vi/embed/x/index.html': page(VIEW_CHECK_SCRIPT), '404.html': '<html><body>404</body></html>' }));
    expect(result).toEqual({ pages: 3, scripts: 2, problems: [] });
  });

  it('fails a page whose inline script differs by one character, naming the page and the hash', () => {
    const changed = `${VIEW_CHECK_SCRIPT} `;
    const { problems } = checkBuiltInlineScripts(site({ 'index.html': page(VIEW_CHECK_SCRIPT), [join('vi', 'index.html')]: page(changed) }));
    expect(problems).toEqual([
      `${join('vi', 'index.html')}: has no inline view check (src/view-check.js) in its head`,
      expect.stringContaining(`${join('vi', 'index.html')}: an inline script (${changed.length} characters, hash ${scriptHashSource(changed)}) is not allowed`),
    ]);
  });
});
