// A draft that cannot be read (its sealed bytes damaged on disk) does not block its form: the
// form starts empty, says why, and saves; before, it waited for the draft for ever with Save
// disabled. Offline, with the lock on.
import { expect } from 'vitest';
import { test } from '../support/fixtures';
import { damageSealedRows, goUnlocked, lockedOfflineClient, storedRows } from './lock-page';

test('lets a form with an unreadable draft be used, and says so', async ({ page, context }) => {
  await lockedOfflineClient(page, context);

  await goUnlocked(page, '/diary/new');
  await page.locator('#diary-situation').fill('A draft that will be damaged');
  await expect.poll(async () => (await storedRows(page, 'drafts')).length).toBeGreaterThan(0);
  // One byte of the sealed draft's ciphertext changed, as a damaged disk would leave it.
  const damaged = await damageSealedRows(page, 'drafts');
  expect(damaged).toBeGreaterThan(0);

  await goUnlocked(page, '/diary/new');
  await page
    .getByText('A draft of this form could not be read, so the form starts empty.', {
      exact: false,
    })
    .waitFor();
  // Read, and put away (it would fade by itself).
  await page.locator('.toasts').getByRole('button', { name: 'Close' }).click();
  const situation = page.locator('#diary-situation');
  expect(await situation.inputValue()).toBe('');
  await situation.fill('Written after the damaged draft');
  await page.locator('button[type="submit"]').click();
  await page
    .locator('.diary-card-situation', { hasText: 'Written after the damaged draft' })
    .waitFor();
});
