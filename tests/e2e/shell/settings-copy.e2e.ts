// The first render comes from a synchronous copy of the settings in localStorage, and the
// settings in IndexedDB stay the truth: a stale or damaged copy is corrected on start, offline.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  finishFirstRun,
  goOffline,
  openApp,
  patchSettings,
  storedSettings,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';

/** The app's copy of the settings, as stored in localStorage. */
const copyOf = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('koers-settings') ?? 'null'));

test('starts from the copy and lets the stored settings correct a stale or damaged one', async ({
  context,
  page,
}) => {
  await openApp(page);
  await finishFirstRun(page, 'client', 'en');
  await waitForServiceWorker(page);
  await goOffline(context);
  // The first run's choices are in the copy as they are in IndexedDB.
  await expect.poll(() => copyOf(page)).toEqual(await storedSettings(page));

  // Changed elsewhere without the copy following: the stored language wins after a reload.
  await patchSettings(page, { language: 'nl', theme: 'dark' }, { copy: false });
  await page.reload();
  await page.getByRole('heading', { name: 'Vandaag' }).waitFor();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect.poll(() => copyOf(page)).toMatchObject({ language: 'nl', theme: 'dark' });

  // A damaged copy is no copy: the app starts from IndexedDB as on a first visit.
  await page.evaluate(() => localStorage.setItem('koers-settings', '{"role":'));
  await page.reload();
  await page.getByRole('heading', { name: 'Vandaag' }).waitFor();
  await expect.poll(() => copyOf(page)).toEqual(await storedSettings(page));
});
