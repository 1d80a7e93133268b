// The update flow: the server switches to a new build, the app offers the update as a notice
// (never reloading by itself), unsaved input survives applying it, and the new version runs.
import { afterAll, expect } from 'vitest';
import { appUrl, finishFirstRun, openApp, switchBuild, waitForServiceWorker } from '../support/app';
import { test } from '../support/fixtures';

afterAll(async () => {
  await switchBuild('v1');
});

test('offers a new version, keeps unsaved input through the update and runs the new version', async ({
  page,
}) => {
  await openApp(page);
  await finishFirstRun(page);
  await waitForServiceWorker(page);
  await page.goto(new URL('/settings', appUrl()).href);
  await page.getByText('Version 0.1.0+e2e-1').waitFor();

  // Unsaved input: typed, never submitted.
  await page.getByLabel('Display name').fill('Ruben, nog niet opgeslagen');

  await switchBuild('v2');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const notice = page.getByText('A new version of Koers is ready.');
  await notice.waitFor({ timeout: 30_000 });
  // Nothing reloads by itself: the input is still in the field of the same page.
  expect(await page.getByLabel('Display name').inputValue()).toBe('Ruben, nog niet opgeslagen');
  expect(await page.getByText('Version 0.1.0+e2e-1').count()).toBe(1);

  await Promise.all([
    page.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Update now' }).click(),
  ]);
  await page.getByText('Version 0.1.0+e2e-2').waitFor({ timeout: 30_000 });
  await expect
    .poll(() => page.getByLabel('Display name').inputValue())
    .toBe('Ruben, nog niet opgeslagen');
});
