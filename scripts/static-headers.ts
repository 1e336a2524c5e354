/**
 * `dist/_headers`, as static hosts (Cloudflare Pages, Netlify) read it: a path gets the headers of
 * every rule it matches, in the order of the file; two values of one header are joined with a
 * comma; `! Name` drops the value an earlier rule gave. The same reading serves `npm start` and
 * the end-to-end tests (bench/static-server.ts), so the tests meet the headers a deploy serves.
 */
import type { Plugin } from 'vite';
import { EMBED_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp.ts';

export interface HeaderRule {
  /** A path pattern: `*` matches anything, `:name` one path segment. */
  pattern: string;
  /** Header names an earlier rule set, dropped before this rule's own are added. */
  detach: string[];
  set: [name: string, value: string][];
}

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const HOST_RULE_LIMIT = 100;

/** A year, for a file whose name carries a hash of its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The site's rules: security headers everywhere, framing for embeds only, and each hashed asset
 * the build wrote kept for good. The assets are named one by one, not as `/assets/*`: a host
 * applies a rule to whatever answers its path, a 404 included, and a page loaded before a
 * redeploy that asks for a chunk the deploy removed must not be told to keep that 404 for a year.
 */
export function siteHeaderRules(hashedAssets: readonly string[] = []): HeaderRule[] {
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
    ...[...hashedAssets].sort().map((file): HeaderRule => ({ pattern: `/${file}`, detach: [], set: [['Cache-Control', IMMUTABLE]] })),
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

/** The files of a bundle under `assets/`, whose names Vite gives a hash of their content. */
export function hashedAssetsOf(bundle: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(bundle).filter((file) => file.startsWith('assets/') && !/[*?:\s]/.test(file));
}

/** Writes `dist/_headers` from the site's rules. */
export function headersFile(): Plugin {
  return {
    name: 'headers-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const rules = siteHeaderRules(hashedAssetsOf(bundle));
      if (rules.length > HOST_RULE_LIMIT) {
        this.warn(`_headers has ${rules.length} rules; Cloudflare Pages reads the first ${HOST_RULE_LIMIT} only, so the last assets will be revalidated rather than kept`);
      }
      this.emitFile({ type: 'asset', fileName: '_headers', source: formatHeadersFile(rules) });
    },
  };
}
