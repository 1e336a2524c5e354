/**
 * The data a prerendered page was built from: a JSON file beside the page, preloaded by the
 * `<link rel="preload" as="fetch" id="dashboard-data">` in its head (so this read is served from
 * the preload, not a second request).
 *
 * Null when the page has no such link, or its file cannot be read (a site deployed again since
 * the page was loaded, a network failure, a file cut short): the page is then drawn afresh from
 * the data files, which report their own errors, and a warning names the file and what went wrong.
 */
export async function readPageData(link: Element | null): Promise<unknown> {
  if (!(link instanceof HTMLLinkElement) || !link.getAttribute('href')) return null;
  try {
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return (await response.json()) as unknown;
  } catch (error) {
    console.warn(`${link.getAttribute('href')}: the page's data could not be read (${error instanceof Error ? error.message : String(error)}); the page is drawn from the data files instead`);
    return null;
  }
}
