// Changing the lock's passphrase through the settings: a wrong current passphrase is told
// beside its field and changes nothing; the right one saves the new passphrase, after which
// the lock screen refuses the old one with its wrong-passphrase message and opens with the
// new; a new recovery key, shown once, replaces the old one. And a lock state that does not parse: the app shows its own plain message (nothing of
// the content, no generic error), with help one tap away, and the stored rows stay as they were.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoAxeViolations, finishFirstRun, go, openApp } from '../support/app';
import { test } from '../support/fixtures';
import {
  chooseLock,
  confirmRecoveryKey,
  navigateInApp,
  PASSPHRASE,
  storedRows,
  unlock,
} from './lock-page';

const NEW_PASSPHRASE = 'willow compass counts nine quiet dykes';

/** How far the page scrolls sideways at the phone's width (0: it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('changing the passphrase', () => {
  test('refuses a wrong current one, then changes it: the old one is refused, the new one opens', async ({
    page,
  }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    const oldKey = await chooseLock(page);
    await confirmRecoveryKey(page);
    await page.getByText('The lock is on.', { exact: false }).waitFor({ timeout: 120_000 });
    const keysBefore = await storedRows(page, 'lockKeys');

    await page.getByRole('button', { name: 'Change the passphrase' }).click();
    const current = page.locator('#lock-change-passphrase');
    await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true);
    // Every field's rule shows beside it at once.
    await page.getByRole('button', { name: 'Save the new passphrase' }).click();
    await page
      .locator('#lock-change-passphrase-error')
      .getByText('Enter your passphrase.')
      .waitFor();
    await page.locator('#lock-change-new-error').waitFor();
    await expectNoAxeViolations(page, 'settings, changing the passphrase with errors');
    expect(await sidewaysOverflow(page)).toBe(0);

    // A wrong current passphrase: its own message beside the field, nothing stored changes.
    await current.fill('amber lantern quietly folds six maps');
    await page.locator('#lock-change-new').fill(NEW_PASSPHRASE);
    await page.locator('#lock-change-repeat').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Save the new passphrase' }).click();
    await page
      .locator('#lock-change-passphrase-error')
      .getByText('This passphrase does not open the lock.', { exact: false })
      .waitFor({ timeout: 60_000 });
    expect(await storedRows(page, 'lockKeys')).toEqual(keysBefore);

    await current.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Save the new passphrase' }).click();
    await page.getByText('The passphrase is changed.', { exact: false }).waitFor({
      timeout: 120_000,
    });
    // The form closes; the focus is back on the button that opened it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('lock-change-open');
    await expectNoAxeViolations(page, 'settings, the passphrase changed');
    expect(await sidewaysOverflow(page)).toBe(0);
    const keysAfter = await storedRows(page, 'lockKeys');
    expect(keysAfter.map((k) => k.kind).sort()).toEqual(['passphrase', 'recovery']);
    const recovery = (rows: Record<string, unknown>[]) => rows.find((k) => k.kind === 'recovery');
    expect(recovery(keysAfter)).toEqual(recovery(keysBefore));

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.locator('#lock-title').waitFor();
    await page.locator('#lock-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('This passphrase does not open the lock.', { exact: false }).waitFor({
      timeout: 60_000,
    });
    await unlock(page, NEW_PASSPHRASE);

    // A new recovery key, shown once; the old one stops working when the new one is confirmed.
    await navigateInApp(page, '/settings');
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await page.locator('#lock-renew-passphrase').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Make the new key' }).click();
    const shown = page.getByTestId('recovery-key');
    await shown.waitFor({ timeout: 60_000 });
    const newKey = ((await shown.textContent()) ?? '').trim();
    expect(newKey).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5})+$/);
    expect(newKey).not.toBe(oldKey);
    expect(await storedRows(page, 'lockKeys')).toEqual(keysAfter);
    await expectNoAxeViolations(page, 'settings, a new recovery key shown once');
    expect(await sidewaysOverflow(page)).toBe(0);
    await confirmRecoveryKey(page, 'Use the new recovery key');
    await page.getByText('The new recovery key is in use.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.locator('#lock-title').waitFor();
    await page
      .getByRole('button', { name: 'I forgot my passphrase: use the recovery key' })
      .click();
    await page.locator('#lock-recovery').fill(oldKey);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('does not belong to this lock', { exact: false }).waitFor({
      timeout: 60_000,
    });
    await page.locator('#lock-recovery').fill(newKey);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.locator('#main-nav').waitFor({ state: 'attached', timeout: 60_000 });
  });
});

describe('a lock state that cannot be read', () => {
  test('shows its own message in place of the app and changes nothing', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    // Visiting the diary opens the database, so the row can be written into it.
    await go(page, '/diary');
    await page.getByText('No diary forms yet').waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('koers');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('lockState', 'readwrite');
            // A torn write: the row is there, but says nothing the app knows.
            tx.objectStore('lockState').put({ id: 'lock', state: 'half' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );

    await page.reload();
    const title = page.getByRole('heading', {
      name: 'Koers cannot read its lock record on this device',
    });
    await title.waitFor({ timeout: 60_000 });
    await page.getByText('Nothing was changed or deleted', { exact: false }).waitFor();
    expect(await page.locator('#main-nav').count()).toBe(0);
    expect(await page.locator('.error-screen').count()).toBe(0);
    await expectNoAxeViolations(page, 'the unreadable lock state');
    expect(await sidewaysOverflow(page)).toBe(0);

    // Help is one tap away, and the way back too.
    await page.getByRole('button', { name: 'Where to get help now' }).click();
    await page.getByRole('heading', { name: 'Help now' }).waitFor();
    await expectNoAxeViolations(page, 'help from the unreadable lock state');
    await page.getByRole('button', { name: 'Back to the message' }).click();
    await title.waitFor();

    // The same with the lock on last time (the shell then opens the database at once).
    await page.evaluate(() => localStorage.setItem('koers.lock', 'on'));
    await page.reload();
    await title.waitFor({ timeout: 60_000 });
    expect(await page.locator('#lock-title').count()).toBe(0);

    // Nothing was written: the row is as it was.
    expect(await storedRows(page, 'lockState')).toEqual([{ id: 'lock', state: 'half' }]);
  });
});
