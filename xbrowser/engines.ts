/**
 * The two engines besides Chromium, each behind the same small interface: Firefox (Debian's
 * firefox-esr) driven by puppeteer-core over WebDriver BiDi, and WebKit (WebKitGTK's MiniBrowser)
 * driven by selenium-webdriver through WebKitWebDriver, under Xvfb. Page code is always passed
 * as text, never as a function: a function compiled by tsx carries helpers the page does not have.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Builder, Key, Origin, type WebDriver } from 'selenium-webdriver';

export type EngineName = 'firefox' | 'webkit';

export interface EnginePage {
  engine: EngineName;
  /** Loads `url` and resolves once its `load` event has fired. */
  goto: (url: string) => Promise<void>;
  /** The viewport's size in CSS px (the window's, for MiniBrowser, which has no toolbar when automated). */
  setViewport: (width: number, height: number) => Promise<void>;
  /** Evaluates a JavaScript expression in the page (a promise is awaited) and returns its value. */
  run: <T>(expression: string) => Promise<T>;
  /** A click by pointer at a point of the viewport, as a reader's mouse makes it. */
  clickAt: (x: number, y: number) => Promise<void>;
  /** Presses a key (`ArrowRight`…) in the element that has the focus. */
  press: (key: 'ArrowRight') => Promise<void>;
  /** Gives the browser's window the input focus (Xvfb has no window manager to do it); says how. */
  focusWindow: () => Promise<string>;
  /** Sets (value) or removes (null) a cookie of the site being tested. */
  cookie: (name: string, value: string | null) => Promise<void>;
  /** What the browser itself logged as an error, where the driver can read it (Firefox). */
  nativeErrors: () => string[];
  close: () => Promise<void>;
}

export interface EngineInfo {
  engine: EngineName;
  /** Why it cannot run here, and how to install it; null when it can. */
  missing: string | null;
}

export const FIREFOX_PATH = process.env.XB_FIREFOX ?? '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = process.env.XB_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, command))) return join(dir, command);
  return null;
}

export function engineInfo(engine: EngineName): EngineInfo {
  if (engine === 'firefox') {
    return { engine, missing: existsSync(FIREFOX_PATH) ? null : `${FIREFOX_PATH} is missing (Debian: apt-get install -y firefox-esr; or set XB_FIREFOX to a Firefox binary)` };
  }
  const lacking = [
    onPath('WebKitWebDriver') ? null : 'WebKitWebDriver (apt-get install -y webkit2gtk-driver)',
    existsSync(MINIBROWSER_PATH) ? null : `${MINIBROWSER_PATH} (apt-get install -y webkit2gtk-driver; or set XB_MINIBROWSER)`,
    process.env.DISPLAY || onPath('Xvfb') ? null : 'a display: Xvfb (apt-get install -y xvfb) or $DISPLAY',
  ].filter((x) => x !== null);
  return { engine, missing: lacking.length === 0 ? null : `missing ${lacking.join('; ')}` };
}

/** Polls `probe` (never a fixed wait) until it returns a value other than false/null, or fails naming `what`. */
export async function waitFor<T>(probe: () => Promise<T | false | null>, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: string | null = null;
  for (;;) {
    try {
      const value = await probe();
      if (value !== false && value !== null) return value;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function launchFirefox(origin: string): Promise<EnginePage> {
  const browser: Browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  const host = new URL(origin).hostname;
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    run: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    focusWindow: () => Promise.resolve('headless'),
    cookie: async (name, value) => {
      if (value === null) await browser.deleteCookie(...(await browser.cookies()).filter((c) => c.name === name && c.domain === host));
      else await browser.setCookie({ name, value, domain: host, path: '/' });
    },
    nativeErrors: () => errors.splice(0),
    close: () => browser.close(),
  };
}

/** Starts a process and waits until `ready` answers, or fails with what it printed. */
async function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: () => Promise<boolean>, what: string): Promise<ChildProcess> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitFor(async () => child.exitCode === null && (await ready()), what, 15_000);
  } catch (error) {
    child.kill();
    throw new Error(`${String(error)}\n${output}`);
  }
  return child;
}

export async function launchWebKit(display: number, driverPort: number): Promise<EnginePage> {
  const children: ChildProcess[] = [];
  let env = process.env;
  if (!process.env.DISPLAY || process.env.XB_XVFB === '1') {
    const socket = `/tmp/.X11-unix/X${display}`;
    children.push(await startProcess('Xvfb', [`:${display}`, '-screen', '0', '2000x4000x24', '-nolisten', 'tcp'], process.env, () => Promise.resolve(existsSync(socket)), `Xvfb on :${display}`));
    env = { ...process.env, DISPLAY: `:${display}` };
  }
  const driverUrl = `http://127.0.0.1:${driverPort}`;
  const answers = async () => (await fetch(`${driverUrl}/status`).then((r) => r.ok).catch(() => false));
  try {
    children.push(await startProcess('WebKitWebDriver', [`--port=${driverPort}`], env, answers, `WebKitWebDriver on port ${driverPort}`));
  } catch (error) {
    for (const c of children) c.kill();
    throw error;
  }
  let driver: WebDriver;
  try {
    driver = await new Builder()
      .usingServer(driverUrl)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] } })
      .build();
  } catch (error) {
    for (const c of children) c.kill();
    throw error;
  }
  // Xvfb has no window manager: the window has the focus only when given it, and keys need it.
  const focusWindow = () => {
    const found = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'MiniBrowser'], { env, encoding: 'utf8', timeout: 5000 });
    for (const id of (found.stdout || '').split('\n').filter(Boolean)) spawnSync('xdotool', ['windowfocus', '--sync', id], { env, stdio: 'ignore', timeout: 5000 });
    return found.stdout.trim();
  };
  return {
    engine: 'webkit',
    // WebDriver's navigation waits for the page's load, as its default page-load strategy says.
    goto: (url) => driver.get(url),
    setViewport: async (width, height) => {
      // The window is resized after the command answers: the page's own width is what counts,
      // and a resize the display did not take is asked for again.
      const inner = () => driver.executeScript<number>('return window.innerWidth');
      for (let attempt = 1; ; attempt++) {
        await driver.manage().window().setRect({ width, height });
        try {
          await waitFor(async () => (await inner()) === width, `a ${width} px viewport`, 3000);
          return;
        } catch (error) {
          if (attempt === 3) throw new Error(`WebKit: asked three times for a ${width} px viewport, the page has ${await inner()} px (${String(error)})`);
        }
      }
    },
    run: <T>(expression: string) => driver.executeScript<T>(`return (${expression});`),
    clickAt: (x, y) => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
    press: (key) => driver.actions().sendKeys({ ArrowRight: Key.ARROW_RIGHT }[key]).perform(),
    focusWindow: () => {
      const windows = onPath('xdotool') ? focusWindow() : '';
      return Promise.resolve(windows ? `focused X window ${windows.replace(/\n/g, ', ')}` : 'xdotool found no MiniBrowser window (apt-get install -y xdotool)');
    },
    cookie: async (name, value) => {
      if (value === null) await driver.manage().deleteCookie(name);
      else await driver.manage().addCookie({ name, value, path: '/' });
    },
    nativeErrors: () => [],
    close: async () => {
      await driver.quit().catch(() => undefined);
      for (const c of children.reverse()) c.kill();
    },
  };
}

/** The engines' versions, for the report. */
export function engineVersion(engine: EngineName): string {
  if (engine === 'firefox') return spawnSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const dpkg = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
  return `WebKitGTK ${dpkg.status === 0 ? dpkg.stdout.trim() : '(version unknown)'}`;
}
