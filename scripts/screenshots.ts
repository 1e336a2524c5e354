/**
 * `npm run screenshots`: the README's pictures of the built site (`npm run build` first), taken in
 * Chromium as a reader sees them, into docs/screenshots/. Run it after a change to the page's layout.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../bench/static-server';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs', 'screenshots');

interface Shot {
  file: string;
  path: string;
  width: number;
  height: number;
  /** The whole page, not the first screen only. */
  fullPage?: boolean;
}

const SHOTS: readonly Shot[] = [
  { file: 'dashboard-1440.jpg', path: '/', width: 1440, height: 900 },
  { file: 'dashboard-vi-1440.jpg', path: '/vi/', width: 1440, height: 900 },
  { file: 'dashboard-390.jpg', path: '/', width: 390, height: 844 },
  { file: 'dashboard-event-1440.jpg', path: '/?event=deepseek-r1', width: 1440, height: 1800 },
  { file: 'chart-page-1440.jpg', path: '/charts/nvidia-china-share/', width: 1440, height: 900 },
];

await mkdir(out, { recursive: true });
const server = await startStaticServer({ root: resolve(root, 'dist'), port: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
    await page.goto(new URL(shot.path, server.url).href);
    await page.getByText(/Loading…|Đang tải…/).first().waitFor({ state: 'detached' }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(out, shot.file), type: 'jpeg', quality: 80, fullPage: shot.fullPage ?? false });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
