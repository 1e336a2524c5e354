/**
 * The README's listener, that fits an article's frame to the embed's height, run as an article
 * would run it: in a page on another site holding the embed and a foreign frame whose address
 * also contains `/embed/` and which asks to be 99,999 px tall.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/** The snippet as the README gives it. */
function readmeSnippet(): string {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```js\n((?:[ \t]*\/\/ The origin the embed is served from[^\n]*\n)[\s\S]*?)[ \t]*```/.exec(readme);
  if (!block?.[1]) throw new Error('README.md: the embed listener snippet (```js … // The origin the embed is served from …) was not found');
  return block[1].replace(/^ {2}/gm, '');
}

/** Serves one page at any path, on a port of its own: another origin. */
async function serve(html: string): Promise<{ origin: string; close: () => void }> {
  const server = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, close: () => server.close() };
}

test("the README's embed listener fits the embed's frame and no other, within a sane height", async ({ page, baseURL }) => {
  const embedOrigin = new URL(baseURL ?? '').origin;
  const snippet = readmeSnippet();
  expect(snippet).toContain("const EMBED_ORIGIN = 'https://example.org';");
  // A frame from a third site, at an address with /embed/ in it, that asks to be huge, again and again.
  const foreign = await serve(`<!doctype html><title>Advert</title><p>advert</p>
    <script>setInterval(() => parent.postMessage({ type: 'china-tech-race:embed-size', series: 'nvidia-china-share', height: 99999 }, '*'), 50);</script>`);
  const article = await serve(`<!doctype html><title>An article</title><h1>An article</h1>
    <iframe id="chart" title="The chart" src="${embedOrigin}/embed/nvidia-china-share/" style="border:0;width:100%"></iframe>
    <iframe id="advert" title="An advert" src="${foreign.origin}/embed/advert/" style="border:0;width:100%"></iframe>
    <p id="foreign-messages">0</p>
    <script>
      addEventListener('message', (e) => {
        if (e.origin === ${JSON.stringify(foreign.origin)}) document.getElementById('foreign-messages').textContent = String(Number(document.getElementById('foreign-messages').textContent) + 1);
      });
    </script>
    <script>${snippet.replace("'https://example.org'", JSON.stringify(embedOrigin))}</script>`);
  try {
    await page.goto(`${article.origin}/article.html`);
    const chartFrame = page.locator('#chart');
    const advert = page.locator('#advert');
    await expect(page.frameLocator('#chart').getByRole('img', { name: /Nvidia/ })).toBeVisible();

    // The embed's own height, as it reported it, and nothing from the advert.
    await expect(chartFrame).toHaveAttribute('style', /height: \d+px/);
    const fitted = Number(/height: (\d+)px/.exec((await chartFrame.getAttribute('style')) ?? '')?.[1]);
    expect(fitted).toBeGreaterThanOrEqual(120);
    expect(fitted).toBeLessThanOrEqual(4000);
    await expect.poll(async () => Number(await page.locator('#foreign-messages').textContent())).toBeGreaterThan(3);
    expect(await advert.getAttribute('style')).not.toContain('height');
    expect((await advert.boundingBox())?.height).toBeLessThan(1000);

    // From the embed's own origin, a height out of range is clamped and one that is not a number ignored.
    const embedFrame = page.frames().find((f) => f.url().startsWith(`${embedOrigin}/embed/`));
    if (!embedFrame) throw new Error('the embed frame is not in the page');
    await embedFrame.evaluate(() => parent.postMessage({ type: 'china-tech-race:embed-size', series: 'nvidia-china-share', height: 99999 }, '*'));
    await expect(chartFrame).toHaveAttribute('style', /height: 4000px/);
    for (const height of ['200', null, Number.POSITIVE_INFINITY, Number.NaN]) {
      await embedFrame.evaluate((h) => parent.postMessage({ type: 'china-tech-race:embed-size', series: 'nvidia-china-share', height: h }, '*'), height);
    }
    await embedFrame.evaluate(() => parent.postMessage({ type: 'china-tech-race:embed-size', series: 'nvidia-china-share', height: 5 }, '*'));
    await expect(chartFrame).toHaveAttribute('style', /height: 120px/);
  } finally {
    article.close();
    foreign.close();
  }
});
