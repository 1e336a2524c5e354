/**
 * `dist/_headers`, as static hosts (Cloudflare Pages, Netlify) read it: a path gets the headers of
 * every rule it matches, in the order of the file; two values of one header are joined with a
 * comma; `! Name` drops the value an earlier rule gave. The same reading serves `vite preview`,
 * so the tests meet the headers a deploy serves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { EMBED_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp.ts';

export interface HeaderRule {
  /** A path pattern: `*` matches anything, `:name` one path segment. */
  pattern: string;
  /** Header names an earlier rule set, dropped before this rule's own are added. */
  detach: string[];
  set: [name: string, value: string][];
}

/** The site's rules: security headers everywhere, framing for embeds only, hashed assets kept for good. */
export function siteHeaderRules(): HeaderRule[] {
  const embed = (pattern: string): HeaderRule => ({
    pattern,
    // Without the detach, both policies would apply and the site-wide 'none' would refuse the frame.
    detach: ['Content-Security-Policy'],
    set: [['Content-Security-Policy', EMBED_CONTENT_SECURITY_POLICY]],
  });
  return [
    { pattern: '/*', detach: [], set: Object.entries(SECURITY_HEADERS) },
    embed('/embed/*'),
    embed('/vi/embed/*'),
    // File names under assets/ carry a hash of their content: a browser may keep them for good.
    { pattern: '/assets/*', detach: [], set: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ];
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) => [rule.pattern, ...rule.detach.map((name) => `  ! ${name}`), ...rule.set.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** Reads a `_headers` file; a line it cannot read is an error that names it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), detach: [], set: [] });
      return;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!rule || (!detach && !header)) throw new Error(`_headers line ${i + 1}: not a path, a header or a detach: ${JSON.stringify(line)}`);
    if (detach) rule.detach.push(detach[1] ?? '');
    else if (header) rule.set.push([header[1] ?? '', header[2] ?? '']);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers a path is served with. Names are compared without regard to case, as HTTP does. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(path)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const earlier = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), { name, value: earlier ? `${earlier.value}, ${value}` : value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}

/** Writes `dist/_headers` from the site's rules. */
export function headersFile(): Plugin {
  return {
    name: 'headers-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: formatHeadersFile(siteHeaderRules()) });
    },
  };
}

/** `vite preview` serves each path with the headers the built `_headers` gives it, read as a static host reads it. */
export function previewWithHeadersFile(): Plugin {
  return {
    name: 'preview-with-headers-file',
    configurePreviewServer(server) {
      const file = join(server.config.root, server.config.build.outDir, '_headers');
      const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : siteHeaderRules();
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        for (const [name, value] of Object.entries(headersForPath(rules, path))) res.setHeader(name, value);
        next();
      });
    },
  };
}
