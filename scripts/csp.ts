import { VIEW_CHECK_HASH_SOURCE } from './view-check.ts';

/**
 * The Content-Security-Policy the built site is served with: scripts and styles only from the
 * site itself (no eval; one inline script, the view check in every page's head, allowed by the
 * hash of its text, no other; style attributes allowed, style elements not), images
 * also from data: and blob: URLs (the export draws through them), no plug-ins. No page may be
 * framed, except the embed pages, which any site may frame.
 */
const directives = (frameAncestors: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${VIEW_CHECK_HASH_SOURCE}`,
    "style-src 'self'",
    // Style attributes only (positions and sizes the prerendered HTML carries); no <style> element.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Forms submit to the site only: the 404 page's search is a plain GET to the dashboard.
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

export const CONTENT_SECURITY_POLICY = directives("'none'");

/** The embed pages' policy: the site's own, except that any page may frame them. */
export const EMBED_CONTENT_SECURITY_POLICY = directives('*');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
