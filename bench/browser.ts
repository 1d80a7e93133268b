// Chromium for the benchmark: Debian's binary with the same flags as the browser suite, the
// phone viewport, and CPU throttling through the DevTools protocol.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** The flags of tests/e2e/support/app.ts launchBrowser: no traffic of Chromium's own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

/** Headless Chromium. */
export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

/** The phone profile of the issues: 360 x 740, English, light. */
export const phone = {
  viewport: { width: 360, height: 740 },
  locale: 'en-GB',
  colorScheme: 'light' as const,
  serviceWorkers: 'allow' as const,
};

/** A fresh profile with the phone viewport. */
export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(phone);
}

/** A profile kept on disk, so a relaunch is a real cold start with the worker installed. */
export function launchProfile(
  executablePath: string,
  userDataDir: string,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    ...phone,
  });
}

/** Slows the page's main thread `rate` times (4: a mid-range phone against this machine). */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Waits until a service worker controls the page (precache complete). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
}
