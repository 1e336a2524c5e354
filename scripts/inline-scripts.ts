/**
 * The build's last check: every inline script of every built page is allowed by the
 * Content-Security-Policy `_headers` serves that page with (its hash listed in `script-src`), so
 * that no page ships a script its own policy blocks. Run by `npm run build` on the new site, and by
 * the cross-browser suite on `dist/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { headersForPath, parseHeadersFile } from './static-headers.ts';
import { scriptHashSource, VIEW_CHECK_SCRIPT } from './view-check.ts';

/** Script types a browser runs; any other (`application/json`) is a data block the policy ignores. */
const RUNNABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** The text of each inline script of `html` a browser would run (no `src`, a runnable type). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (RUNNABLE_TYPES.has(value)) found.push(match[2] ?? '');
  }
  return found;
}

/** The hash sources a policy's `script-src` lists. */
export function allowedScriptHashes(policy: string): string[] {
  const scriptSrc = policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '));
  return (scriptSrc?.split(/\s+/).slice(1) ?? []).filter((source) => /^'sha(256|384|512)-/.test(source));
}

/** What is wrong with `html`'s inline scripts under `policy`: one line per script the policy would block. */
export function blockedInlineScripts(html: string, policy: string | undefined, file: string): string[] {
  const allowed = allowedScriptHashes(policy ?? '');
  return inlineScripts(html)
    .map((text) => ({ text, hash: scriptHashSource(text) }))
    .filter(({ hash }) => !allowed.includes(hash))
    .map(({ text, hash }) => `${file}: an inline script (${text.length} characters, hash ${hash}) is not allowed by the Content-Security-Policy it is served with (${policy === undefined ? 'none' : `script-src allows ${allowed.join(' ') || 'no hash'}`})`);
}

/** The address a built page is served at: `vi/index.html` at `/vi/`, `404.html` at `/404.html`. */
export function pagePath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(sep).some((part) => part.startsWith('.')))
    .sort();
}

/**
 * Checks every HTML page of a built site against the policy its `_headers` serves it with; returns
 * the pages read and what would be blocked (empty when every inline script is allowed).
 */
export function checkBuiltInlineScripts(dir: string): { pages: number; scripts: number; problems: string[] } {
  const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  const files = htmlFiles(dir);
  let scripts = 0;
  const problems = files.flatMap((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const inline = inlineScripts(html);
    scripts += inline.length;
    // A page made from the dashboard's template decides its view before it paints.
    const missing = html.includes('<div id="root">') && !inline.includes(VIEW_CHECK_SCRIPT) ? [`${file}: has no inline view check (src/view-check.js) in its head`] : [];
    return [...missing, ...blockedInlineScripts(html, headersForPath(rules, pagePath(file))['Content-Security-Policy'], file)];
  });
  return { pages: files.length, scripts, problems };
}
