/**
 * "Is this the prerendered view?" is decided before the first paint by a small script written
 * inline in every page's `<head>` (its source: `src/view-check.js`), so that no page waits for a
 * request before it can paint. The Content-Security-Policy allows that one script by the hash of
 * its exact text (`script-src 'self' 'sha256-…'`, see `csp.ts`) and no other inline script; the
 * build refuses a page whose inline script the policy it is served with would block
 * (`inline-scripts.ts`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { cutTemplate } from './page-template.ts';

/** Where `index.html` asks for the script. */
export const VIEW_CHECK_MARKER = '<!-- view-check: inlined by scripts/view-check.ts -->';

/** The script's text, exactly as it is written between `<script>` and `</script>`. */
export const VIEW_CHECK_SCRIPT = readFileSync(new URL('../src/view-check.js', import.meta.url), 'utf8').trimEnd();

/** A CSP hash source for an inline script's text: `'sha256-…'` of its UTF-8 bytes. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const VIEW_CHECK_HASH_SOURCE = scriptHashSource(VIEW_CHECK_SCRIPT);

/** Writes the script into `index.html` where the marker is, for the dev server and the build alike. */
export function inlineViewCheck(): Plugin {
  return {
    name: 'inline-view-check',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        // The dashboard's template (every built page is made from it); the gallery is a dev page.
        if (!context.filename.endsWith('index.html')) return html;
        const fill = cutTemplate(html, { marker: VIEW_CHECK_MARKER }, context.filename);
        return fill({ marker: `<script>${VIEW_CHECK_SCRIPT}</script>` });
      },
    },
  };
}
