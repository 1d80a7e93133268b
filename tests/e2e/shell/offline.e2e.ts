// The app loads, a service worker takes control, and the app starts offline with the data
// saved before still there.
import { expect } from 'vitest';
import { finishFirstRun, goOffline, openApp, waitForServiceWorker } from '../support/app';
import { test } from '../support/fixtures';

test('is controlled by the service worker and reloads offline with saved data intact', async ({
  context,
  page,
}) => {
  await openApp(page);
  await finishFirstRun(page);
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'Example data loaded' }).count())
    .toBe(1);

  await goOffline(context);
  await page.reload();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  // The example is still there: the button now offers to remove it.
  await page.getByRole('button', { name: 'Remove example data' }).waitFor();

  // Every screen opens offline, also ones never visited before (lazy chunks are precached).
  await page.goto(new URL('/settings', page.url()).href);
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await page.goto(new URL('/zkm', page.url()).href);
  await page.getByRole('heading', { name: 'Self-investigation' }).waitFor();

  // Switching the language works offline too.
  await page.goto(new URL('/settings', page.url()).href);
  await page.locator('input[name="language"][value="nl"]').check();
  await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
  // The shell's own words follow (the navigation's name is from the shell's messages).
  await page.locator('nav[aria-label="Hoofdmenu"]').waitFor({ state: 'attached' });
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
});
