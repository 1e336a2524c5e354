/**
 * The page template `vite build` wrote, cut once at the places each page fills, and filled by
 * joining its parts. Never `String.prototype.replace` with the page's text as the replacement:
 * there `$&`, `` $` ``, `$'`, `$$` and `$<` in a title would be patterns, not text.
 */

/** `template` cut at each marker (each found exactly once); the function puts `fill[key]` where `markers[key]` was. */
export function cutTemplate<K extends string>(template: string, markers: Record<K, string>, name = 'the template'): (fill: Record<K, string>) => string {
  const places = (Object.keys(markers) as K[]).map((key) => {
    const marker = markers[key];
    const at = template.indexOf(marker);
    if (marker === '' || at < 0) throw new Error(`${name}: has no ${JSON.stringify(marker)} (${key})`);
    if (template.indexOf(marker, at + 1) >= 0) throw new Error(`${name}: has ${JSON.stringify(marker)} (${key}) more than once`);
    return { key, at, end: at + marker.length };
  });
  places.sort((a, b) => a.at - b.at);
  places.forEach((p, i) => {
    const next = places[i + 1];
    if (next && next.at < p.end) throw new Error(`${name}: the places of ${p.key} and ${next.key} overlap`);
  });
  const chunks: string[] = [];
  let from = 0;
  for (const p of places) {
    chunks.push(template.slice(from, p.at));
    from = p.end;
  }
  const tail = template.slice(from);
  return (fill) => {
    let out = '';
    places.forEach((p, i) => {
      out += (chunks[i] ?? '') + fill[p.key];
    });
    return out + tail;
  };
}

export interface PageParts {
  /** The `<html>` tag's attributes after `lang` (already escaped), e.g. ` data-page="chart"`. */
  lang: string;
  htmlAttributes: string;
  /** Tags put right after `<meta charset>`: the page's `<base>` and its head tags. */
  head: string;
  /** Tags put right after the entry script: the page's module preloads. */
  afterEntry: string;
  /** The prerendered markup inside `<div id="root">`. */
  root: string;
  /** What follows the root element. */
  afterRoot: string;
}

export const CHARSET = '<meta charset="UTF-8" />';

/**
 * The built `index.html` as a page template: its default title and description taken out (each
 * page has its own, in `head`), and each page's parts put in their places.
 */
export function pageTemplate(template: string, file = 'dist/index.html'): (parts: PageParts) => string {
  const entryScript = /<script type="module"[^>]*><\/script>/.exec(template)?.[0];
  if (!entryScript) throw new Error(`${file}: the template has no module script`);
  const title = /\s*<title>[^<]*<\/title>/.exec(template)?.[0];
  const description = /\s*<meta name="description"[^>]*>/.exec(template)?.[0];
  const fill = cutTemplate(
    template,
    {
      html: '<html lang="en">',
      charset: CHARSET,
      title: title ?? '<title>',
      description: description ?? '<meta name="description"',
      entry: entryScript,
      root: '<div id="root"></div>',
    },
    file,
  );
  return (parts) =>
    fill({
      html: `<html lang="${parts.lang}"${parts.htmlAttributes}>`,
      // The charset first, within the first 1,024 bytes as HTML asks; the base before any address.
      charset: `${CHARSET}\n    ${parts.head}`,
      title: '',
      description: '',
      entry: `${entryScript}\n    ${parts.afterEntry}`,
      root: `<div id="root">${parts.root}</div>${parts.afterRoot}`,
    });
}

/** Whether `html` declares its encoding within its first 1,024 bytes, as HTML requires. */
export function charsetWithin1024Bytes(html: string): boolean {
  const bytes = Buffer.from(html, 'utf8');
  return /<meta charset="?utf-8"?/i.test(bytes.subarray(0, 1024).toString('latin1'));
}
