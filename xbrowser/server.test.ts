// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../scripts/csp';
import { formatHeadersFile, siteHeaderRules } from '../scripts/static-headers';
import { COLLECTOR_PATH, startSuiteServer, suitePage, type SuiteServer } from './server';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script>check()</script>
    <link rel="preload" as="fetch" id="dashboard-data" href="page-data/x.json" crossorigin fetchpriority="low" />
  </head>
  <body><div id="root"><p>$& drawn</p></div>
  </body>
</html>`;

describe('a page as the cross-browser suite serves it', () => {
  it('has the collector as its first script, and is otherwise the page', () => {
    const page = suitePage(PAGE, false);
    expect(page.indexOf(`<script src="${COLLECTOR_PATH}"></script>`)).toBeLessThan(page.indexOf('<script>check()'));
    expect(page.replace(`\n    <script src="${COLLECTOR_PATH}"></script>`, '')).toBe(PAGE);
  });

  it('drawn afresh, lacks only the link to its data', () => {
    const page = suitePage(PAGE, true);
    expect(page).not.toContain('dashboard-data');
    expect(page).toContain('<p>$& drawn</p>');
    expect(page).toBe(suitePage(PAGE, false).replace('\n    <link rel="preload" as="fetch" id="dashboard-data" href="page-data/x.json" crossorigin fetchpriority="low" />', ''));
    expect(() => suitePage(page.replace(`<script src="${COLLECTOR_PATH}"></script>`, ''), true, 'x.html')).toThrow('x.html: has no embedded data to leave out');
  });
});

describe('the suite’s server', () => {
  let dir = '';
  let server: SuiteServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xb-server-'));
    writeFileSync(join(dir, '_headers'), formatHeadersFile(siteHeaderRules()));
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'app.js'), 'run()');
    server = await startSuiteServer(dir, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves pages, the collector and files under the site’s own policy', async () => {
    for (const path of ['/', COLLECTOR_PATH, '/app.js']) {
      const answer = await fetch(`${server.url}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(await (await fetch(`${server.url}/`)).text()).toContain('dashboard-data');
    expect(await (await fetch(`${server.url}/`, { headers: { cookie: 'a=b; xb-fresh=1' } })).text()).not.toContain('dashboard-data');
  });
});
