import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for Chromium on a machine whose network is closed but for the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * The browser, in this order: one named by CHROMIUM_PATH, Debian's /usr/bin/chromium, then
 * Playwright's own download (`npx playwright install chromium`), for which no path is needed.
 */
export function findChromium(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names ${named}, which does not exist.`);
    return named;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found. Looked for: $CHROMIUM_PATH (not set), ' +
      "/usr/bin/chromium (missing; Debian: 'apt-get install -y chromium'), and Playwright's own browser " +
      "(missing; 'npx playwright install chromium').",
  );
}
