// A screen that crashes shows a clear message inside the frame; navigation still works and
// "Try again" renders the screen again once the cause is gone.
import { expect } from 'vitest';
import { appUrl, finishFirstRun, openApp } from '../support/app';
import { test } from '../support/fixtures';

test('shows a clear error in the frame when a screen crashes, and recovers', async ({ page }) => {
  await openApp(page);
  await finishFirstRun(page);
  // Make the platform's unit formatting fail, as a broken browser API would: the settings
  // screen uses it to show storage use.
  await page.evaluate(() => {
    const original = Intl.NumberFormat;
    const failing = function (this: unknown, ...args: ConstructorParameters<typeof original>) {
      if ((args[1] as Intl.NumberFormatOptions | undefined)?.style === 'unit') {
        if ((window as unknown as { breakUnits?: boolean }).breakUnits) {
          throw new RangeError('unit formatting unavailable');
        }
      }
      return new original(...args);
    } as unknown as typeof Intl.NumberFormat;
    (window as unknown as { breakUnits: boolean }).breakUnits = true;
    Intl.NumberFormat = failing;
  });
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'Something went wrong' }).waitFor();
  expect(await alert.textContent()).toContain('Your saved data and drafts are safe');
  // The frame still works: the header and the menu are there.
  expect(await page.getByRole('link', { name: 'New diary form' }).count()).toBe(1);

  // Going elsewhere leaves the crashed screen behind.
  await page.getByRole('link', { name: 'Koers' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await page.goBack();
  await alert.getByRole('heading', { name: 'Something went wrong' }).waitFor();

  await page.evaluate(() => {
    (window as unknown as { breakUnits: boolean }).breakUnits = false;
  });
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  expect(page.url()).toBe(new URL('/settings', appUrl()).href);
});
