// The screen stays awake during a guided session where the browser allows it: the lock is
// taken on start, taken again after the browser dropped it (page hidden and shown again),
// and released when the session screen is left. navigator.wakeLock is replaced by a fake
// that counts, since headless Chromium does not grant a real one.
import { expect } from 'vitest';
import { finishFirstRun, openApp } from '../support/app';
import { test } from '../support/fixtures';

interface Wake {
  requests: number;
  releases: number;
  sentinel?: { released: boolean };
}

test('holds a wake lock during a guided session, re-acquires it, and releases it on leaving', async ({
  context,
}) => {
  await context.addInitScript(() => {
    const wake: Wake = { requests: 0, releases: 0 };
    (window as unknown as { wake: Wake }).wake = wake;
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async () => {
          wake.requests += 1;
          const sentinel = {
            released: false,
            release: async () => {
              if (sentinel.released) return;
              sentinel.released = true;
              wake.releases += 1;
            },
          };
          wake.sentinel = sentinel;
          return sentinel;
        },
      },
    });
  });
  const page = await context.newPage();
  const wake = () => page.evaluate(() => (window as unknown as { wake: Wake }).wake);
  await openApp(page);
  await finishFirstRun(page);
  expect((await wake()).requests).toBe(0);

  await page.goto(new URL('/focusing/new', page.url()).href);
  await page.locator('#stage-title').waitFor();
  await expect.poll(async () => (await wake()).requests).toBe(1);

  // The browser drops the lock while the page is hidden; on visible again it is re-taken.
  await page.evaluate(() => {
    const state = (window as unknown as { wake: Wake }).wake;
    if (state.sentinel) state.sentinel.released = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(async () => (await wake()).requests).toBe(2);

  // Leaving the session screen releases the lock.
  await page.locator('#main-nav a[href="/focusing"]').evaluate((link) => {
    (link as HTMLAnchorElement).click();
  });
  await page.getByRole('heading', { name: 'Focusing', exact: true }).waitFor();
  await expect.poll(async () => (await wake()).releases).toBe(1);
});
