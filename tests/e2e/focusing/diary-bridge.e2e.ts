// "Focus on this situation" on a diary form starts a guided session linked to it, with the
// situation as the concern; the finished session names the diary form.
import { expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  openApp,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';

test('starts a guided session about a diary form, offline', async ({ context, page }) => {
  await openApp(page);
  await finishFirstRun(page);
  await waitForServiceWorker(page);
  await goOffline(context);

  await page.goto(new URL('/diary/new', page.url()).href);
  await page.locator('#diary-situation').fill('The meeting where I kept quiet');
  await page.locator('button[type="submit"]').click();
  // Saved, the diary opens; the entry opens from there.
  await page.getByRole('link', { name: /The meeting where I kept quiet/ }).click();
  await page.locator('#diary-detail-title').waitFor();
  await expectNoAxeViolations(page, 'diary form with the focusing bridge');

  await page.getByRole('link', { name: 'Focus on this situation' }).click();
  await page.locator('#stage-title', { hasText: 'At the start' }).waitFor();
  const parts = page.getByRole('navigation', { name: 'Parts of the session' });
  await parts.getByRole('button', { name: 'Felt sense', exact: true }).click();
  await page.locator('#stage-title', { hasText: 'Felt sense' }).waitFor();
  // The situation is the concern, already chosen, so the distance to it is asked.
  expect(await page.locator('#chosen-concern-text').inputValue()).toBe(
    'The meeting where I kept quiet',
  );
  expect(
    await page.getByRole('radio', { name: 'The meeting where I kept quiet' }).isChecked(),
  ).toBe(true);
  await page.getByRole('group', { name: 'Now that you have chosen it' }).waitFor();

  await parts.getByRole('button', { name: 'At the end', exact: true }).click();
  await page.getByRole('button', { name: 'Finish session' }).click();
  const details = page.locator('dl.details');
  await details.getByText('Diary forms').waitFor();
  await details.getByText('The meeting where I kept quiet', { exact: false }).first().waitFor();
});
