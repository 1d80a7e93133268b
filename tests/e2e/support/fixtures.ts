// Vitest fixtures for the browser suite: one Chromium per test file, and per test a fresh
// profile (the project's phone viewport and Amsterdam time zone unless `contextOptions` says
// otherwise) with a page in it. Teardown brings the network and the server back up (a test may
// have gone offline) and closes the profile, so no test writes its own try/finally. A test
// that needs more profiles (two devices, one profile per language) asks `newProfile` for them:
// they are closed the same way.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { it } from 'vitest';
import { type ContextOptions, goOnline, launchBrowser, newContext } from './app';

/** What a browser test receives besides Vitest's own context. */
export interface BrowserFixtures {
  /** Options for this test's profile; override per suite with `test.override`. */
  contextOptions: ContextOptions;
  /** A fresh, empty profile, closed after the test. */
  context: BrowserContext;
  /** A page in `context`. */
  page: Page;
  /** Opens a further fresh profile (another device); every one is closed after the test. */
  newProfile: (options?: ContextOptions) => Promise<BrowserContext>;
}

/** Brings the network back (a test may have gone offline) and closes the profile. */
async function closeProfile(context: BrowserContext): Promise<void> {
  await goOnline(context);
  await context.close();
}

/** `it` with a browser per file and a fresh profile and page per test. */
export const test = it
  .extend<{ browser: Browser }>({
    browser: [
      // biome-ignore lint/correctness/noEmptyPattern: Vitest reads the fixtures a fixture needs from its first parameter, which must be a pattern.
      async ({}, use) => {
        const browser = await launchBrowser();
        await use(browser);
        await browser.close();
      },
      { scope: 'file' },
    ],
  })
  .extend<BrowserFixtures>({
    contextOptions: {},
    context: async ({ browser, contextOptions }, use) => {
      const context = await newContext(browser, contextOptions);
      await use(context);
      await closeProfile(context);
    },
    page: async ({ context }, use) => {
      await use(await context.newPage());
    },
    newProfile: async ({ browser }, use) => {
      const opened: BrowserContext[] = [];
      await use(async (options) => {
        const context = await newContext(browser, options);
        opened.push(context);
        return context;
      });
      for (const context of opened) await closeProfile(context);
    },
  });
