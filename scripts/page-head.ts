/** What each built page says of itself in its `<head>` (link previews, canonical address, languages), and the sitemap. */
import type { Lang } from '../src/data/schema';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface PageMeta {
  lang: Lang;
  title: string;
  description: string;
  siteName: string;
  /** Absolute URLs. */
  canonical: string;
  alternates: { lang: Lang; href: string }[];
  image: { url: string; width: number; height: number; alt: string };
  /** An embed: not to be indexed; its canonical address is its chart's page. */
  noindex: boolean;
}

const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', vi: 'vi_VN' };

export function headTags(meta: PageMeta): string {
  const e = escapeHtml;
  const property = (name: string, content: string | number) => `<meta property="${name}" content="${e(String(content))}" />`;
  const named = (name: string, content: string) => `<meta name="${name}" content="${e(content)}" />`;
  return [
    `<title>${e(meta.title)}</title>`,
    named('description', meta.description),
    ...(meta.noindex ? [named('robots', 'noindex')] : []),
    `<link rel="canonical" href="${e(meta.canonical)}" />`,
    ...meta.alternates.map((a) => `<link rel="alternate" hreflang="${a.lang}" href="${e(a.href)}" />`),
    ...meta.alternates.filter((a) => a.lang === 'en').map((a) => `<link rel="alternate" hreflang="x-default" href="${e(a.href)}" />`),
    property('og:type', 'website'),
    property('og:site_name', meta.siteName),
    property('og:locale', OG_LOCALE[meta.lang]),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', meta.canonical),
    property('og:image', meta.image.url),
    property('og:image:type', 'image/png'),
    property('og:image:width', meta.image.width),
    property('og:image:height', meta.image.height),
    property('og:image:alt', meta.image.alt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image.url),
  ].join('\n    ');
}

export interface SitemapEntry {
  loc: string;
  lastmod?: string | undefined;
  alternates: { lang: Lang; href: string }[];
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const e = escapeHtml;
  const urls = entries.map((entry) =>
    [
      '  <url>',
      `    <loc>${e(entry.loc)}</loc>`,
      ...(entry.lastmod ? [`    <lastmod>${entry.lastmod}</lastmod>`] : []),
      ...entry.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${e(a.href)}" />`),
      '  </url>',
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
