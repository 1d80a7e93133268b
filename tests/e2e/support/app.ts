// Page helpers for the browser suite: launch Debian's Chromium, open the app in a fresh
// profile, finish the first run, go offline, run axe, watch for foreign requests, read or
// change the stored settings, and wait for what the app does after a paint (focus moved by an
// effect, a draft autosaved on its debounce).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject, vi } from 'vitest';

// expect.poll gives up after 1 s by default: on a loaded CI machine a Dexie write and the live
// query after it can take longer than that. Poll as long as Playwright waits for an element.
// (Set per test file: every browser test imports this module, and Vitest resets it after.)
vi.setConfig({ expect: { poll: { timeout: 30_000 } } });

/** The app's address in this run. */
export const appUrl = () => inject('appUrl');

/** Chromium's switches for the suite: headless, and none of its own network traffic. */
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

/** Starts headless Chromium without any of its own network traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: chromiumArgs,
  });
}

/** An iPhone's Safari (as its user agent), for the iOS-only paths. */
export const IPHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/** Options for a fresh browser profile. */
export interface ContextOptions {
  locale?: 'nl-NL' | 'en-GB' | 'en-US';
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  hasTouch?: boolean;
  /** A phone's browser: the meta viewport is honoured and touch events are sent. */
  isMobile?: boolean;
  /**
   * The browser's time zone; Amsterdam unless a test needs another (never UTC by accident).
   * `null` emulates none: the page then shares the machine's zone with the service worker,
   * which the emulation does not reach.
   */
  timezoneId?: string | null;
  /** 'block' keeps the service worker out, so a route can stand in for an app file. */
  serviceWorkers?: 'allow' | 'block';
  /** Another browser's user agent (an iPhone's Safari, for the iOS-only paths). */
  userAgent?: string;
}

/** A new, empty browser profile with the phone viewport of the issues (360 x 740). */
export async function newContext(browser: Browser, options: ContextOptions = {}) {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 360, height: 740 },
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
    ...(options.timezoneId === null
      ? {}
      : { timezoneId: options.timezoneId ?? 'Europe/Amsterdam' }),
    serviceWorkers: options.serviceWorkers ?? 'allow',
    ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
  });
  return context;
}

/** Records every request to an origin other than the app's, page and worker alike. */
export function watchForeignRequests(context: BrowserContext): string[] {
  const origin = new URL(appUrl()).origin;
  const foreign: string[] = [];
  const check = (url: string) => {
    if (/^(data|blob|chrome-extension|about):/.test(url)) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  };
  context.on('request', (request) => check(request.url()));
  return foreign;
}

/** Opens `path` and waits until the app has rendered its first screen. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(new URL(path, appUrl()).href);
  await page.locator('#app > *').first().waitFor();
}

/** The first run's acknowledgment of "About Koers and your data", per language. */
export const aboutAcknowledge = { en: 'I understand, start', nl: 'Ik begrijp het, beginnen' };

/** The coach's lock step at the end of the first run: its "Not now", per language. */
export const lockNotNow = { en: 'Not now', nl: 'Nu niet' };

/**
 * Completes the first run with the keyboard-free defaults used across the suite: language,
 * role, then the acknowledgment of "About Koers and your data"; a coach then passes the lock
 * step with "Not now" (the lock's own tests turn it on there).
 */
export async function finishFirstRun(
  page: Page,
  role: 'client' | 'coach' = 'client',
  language: 'nl' | 'en' = 'en',
): Promise<void> {
  await page.locator(`input[name="language"][value="${language}"]`).check();
  // The language is stored, then rendered (the page's lang follows): only then does Start send
  // it, rather than the browser's language it replaces.
  // (Waited for in the page: this runs in beforeAll hooks too, where expect.poll cannot.)
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  await page.locator(`input[name="role"][value="${role}"]`).check();
  await page.locator('form button[type="submit"]').click();
  // "About Koers and your data": read, then acknowledged (the role's version is shown).
  await page.getByTestId(`about-${role}`).waitFor();
  await page.getByRole('button', { name: aboutAcknowledge[language] }).click();
  if (role === 'coach') await page.getByRole('button', { name: lockNotNow[language] }).click();
  await page.locator('#main-nav').waitFor({ state: 'attached' });
}

/** Waits until a service worker controls the page (precache complete). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Cuts the network for this profile and stops the server answering. */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await fetch(`${inject('adminUrl')}/down`);
}

/** Restores the network. */
export async function goOnline(context: BrowserContext): Promise<void> {
  await fetch(`${inject('adminUrl')}/up`);
  await context.setOffline(false);
}

/** Switches the server to another build (`v1` or `v2`). */
export async function switchBuild(name: 'v1' | 'v2'): Promise<void> {
  await fetch(`${inject('adminUrl')}/switch?to=${name}`);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Runs axe-core (WCAG 2.1 AA and best practices) and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(`${axeSource};0`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/**
 * Waits for the focus move that follows an in-app navigation (a link or a save that routes):
 * the shell puts focus on the new screen's <main> in an effect after the paint, so a key
 * pressed before it could land on the old focus or be taken away half-way through. (In a
 * test, not a hook: it polls with expect.poll.)
 */
export async function waitForScreenFocus(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
}

/**
 * Waits until the app has created its database (`koers`), without creating it: a test that
 * opened it first would make an empty database the app then has to upgrade. A start with the
 * lock off opens the database only once a screen reads records (home reads them after idle),
 * so a test that writes rows straight into storage waits for that first.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          (await indexedDB.databases()).some((db) => db.name === 'koers' && (db.version ?? 0) > 1),
        ),
      { timeout: 30_000, message: 'the app never opened its database on this screen' },
    )
    .toBe(true);
}

/**
 * Waits until an autosaved draft holding `value` (a field's whole text) is stored: drafts are
 * written on a debounce, so a reload right after typing could come before the write. (In a
 * test, not a hook: it polls with expect.poll.)
 */
export async function waitForDraft(page: Page, value: string): Promise<void> {
  const holds = () =>
    page.evaluate(
      (wanted) =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('koers');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => {
              open.result.close();
              const found = (node: unknown): boolean =>
                node === wanted ||
                (typeof node === 'object' && node !== null && Object.values(node).some(found));
              resolve(all.result.some((row: { value: unknown }) => found(row.value)));
            };
            all.onerror = () => reject(all.error);
          };
        }),
      value,
    );
  await expect.poll(holds).toBe(true);
}

/** Loads `path` of the app in `page` (a full navigation, served by the service worker). */
export const go = (page: Page, path: string) => page.goto(new URL(path, page.url()).href);

/** The settings as stored (idb-keyval's `koers-settings` / `settings`). */
export function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('koers-settings');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('settings');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result ?? {}) as Record<string, unknown>);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/**
 * Overwrites fields of the stored settings, as another tab or time passing would, and of the
 * app's synchronous copy of them unless `copy` is false (a copy gone stale).
 */
export async function patchSettings(
  page: Page,
  patch: Record<string, unknown>,
  { copy = true } = {},
): Promise<void> {
  await page.evaluate(
    ({ changes, copy }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('koers-settings');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const get = store.get('settings');
          get.onsuccess = () => {
            const next = { ...(get.result ?? {}), ...changes };
            store.put(next, 'settings');
            // The app's synchronous copy (src/db/settings.ts), so a reload starts from the patch.
            if (copy) localStorage.setItem('koers-settings', JSON.stringify(next));
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { changes: patch, copy },
  );
}
