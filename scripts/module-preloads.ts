/** The part of Vite's build manifest (`build.manifest`) that says which chunk imports which. */
export type BuildManifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/**
 * The chunks a page's view needs, as `<link rel="modulepreload">` tags: the view's own chunk and
 * every chunk it imports statically, less those the page's entry already loads. The view is
 * imported by the entry once it runs; preloading it from the HTML fetches it beside the entry
 * instead of after it.
 */
export function modulePreloadTags(manifest: BuildManifest, view: string, entry: string): string {
  const chunkOf = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no chunk for ${key}`);
    return chunk;
  };
  const needed = (key: string, into = new Set<string>()): Set<string> => {
    const chunk = chunkOf(key);
    if (into.has(key)) return into;
    into.add(key);
    for (const imported of chunk.imports ?? []) needed(imported, into);
    return into;
  };
  const loadedByEntry = needed(entry);
  return [...needed(view)]
    .filter((key) => !loadedByEntry.has(key))
    .map((key) => `<link rel="modulepreload" crossorigin href="./${chunkOf(key).file}">`)
    .join('\n    ');
}
