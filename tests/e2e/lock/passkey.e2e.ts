// Unlocking with a passkey, through Chromium's virtual authenticator (the DevTools protocol's
// WebAuthn domain, with the PRF extension on): the passkey is added in the settings behind
// the passphrase, opens the lock screen after a lock and after a reload, and a passkey that is
// gone is told plainly while the passphrase still opens. An authenticator without PRF is
// told apart, and nothing is stored for it.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { appUrl, expectNoAxeViolations, finishFirstRun, go } from '../support/app';
import { test } from '../support/fixtures';
import {
  chooseLock,
  confirmRecoveryKey,
  navigateInApp,
  PASSPHRASE,
  storedLockState,
  storedRows,
  unlock,
} from './lock-page';

/** Adds a virtual platform authenticator (user verified, presence simulated) to `page`. */
async function virtualAuthenticator(page: Page, prf: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      hasPrf: prf,
    },
  });
  return {
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    clear: () => cdp.send('WebAuthn.clearCredentials', { authenticatorId }),
  };
}

/**
 * A client whose lock is on, on the settings screen. The app is opened as `localhost`: a
 * passkey belongs to a domain, and WebAuthn refuses an IP address such as the test server's.
 */
async function lockedClient(page: Page): Promise<void> {
  const url = new URL('/', appUrl());
  url.hostname = 'localhost';
  await page.goto(url.href);
  await page.locator('#app > *').first().waitFor();
  await finishFirstRun(page, 'client', 'en');
  await chooseLock(page);
  await confirmRecoveryKey(page);
  await page.getByText('The lock is on.', { exact: false }).waitFor({ timeout: 120_000 });
  expect(await storedLockState(page)).toBe('on');
}

/** Adds a passkey through the settings (the passphrase first, then the passkey's own tap). */
async function addPasskey(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.locator('#passkey-passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('unlocking with a passkey', () => {
  test('adds a passkey behind the passphrase, unlocks with it, and falls back to the passphrase', async ({
    page,
  }) => {
    const authenticator = await virtualAuthenticator(page, true);
    await lockedClient(page);

    // A wrong passphrase makes no passkey.
    await addPasskey(page, 'amber lantern quietly folds eight maps');
    await page
      .getByText('This passphrase does not open the lock', { exact: false })
      .waitFor({ timeout: 60_000 });
    expect(await authenticator.credentials()).toHaveLength(0);
    await page.locator('#passkey-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Make the passkey' }).click();
    await page.getByText('The passkey is added.', { exact: false }).waitFor({ timeout: 60_000 });
    await expectNoAxeViolations(page, 'settings with a passkey');

    // One credential on the authenticator, one passkey wrapper naming it, beside the others.
    const credentials = await authenticator.credentials();
    expect(credentials).toHaveLength(1);
    const wrappers = await storedRows(page, 'lockKeys');
    expect(wrappers.map((row) => row.kind).sort()).toEqual(['passkey', 'passphrase', 'recovery']);
    const stored = await page.evaluate(async () => {
      const open = indexedDB.open('koers');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<{ kind: string; credentialId: Uint8Array }[]>(
        (resolve, reject) => {
          const all = db.transaction('lockKeys').objectStore('lockKeys').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        },
      );
      db.close();
      const passkey = rows.find((row) => row.kind === 'passkey');
      return passkey ? btoa(String.fromCharCode(...passkey.credentialId)) : '';
    });
    const base64url = (text: string) =>
      text.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    expect(base64url(stored)).toBe(base64url(credentials[0]?.credentialId ?? '?'));

    // Locked: the passkey opens, and again after a reload (which drops the key).
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.locator('#lock-title').waitFor();
    const passkeyButton = page.getByRole('button', { name: 'Unlock with a passkey' });
    await passkeyButton.waitFor();
    await expectNoAxeViolations(page, 'lock screen with a passkey');
    await passkeyButton.click();
    await page.locator('#main-nav').waitFor({ state: 'attached', timeout: 60_000 });
    await go(page, '/diary');
    await page.locator('#lock-title').waitFor();
    await page.getByRole('button', { name: 'Unlock with a passkey' }).click();
    await page.locator('#main-nav').waitFor({ state: 'attached', timeout: 60_000 });
    await page.getByText('No diary forms yet').waitFor();

    // The passkey is gone from the authenticator: told plainly; the passphrase still opens.
    await authenticator.clear();
    await navigateInApp(page, '/settings');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('button', { name: 'Unlock with a passkey' }).click();
    await page
      .getByText('The passkey was not used.', { exact: false })
      .waitFor({ timeout: 150_000 });
    await unlock(page);

    // Removed in the settings: the lock screen no longer offers it.
    await navigateInApp(page, '/settings');
    await page.getByRole('button', { name: 'Remove the passkey' }).click();
    await page.getByText('The passkey no longer opens Koers.', { exact: false }).waitFor();
    expect((await storedRows(page, 'lockKeys')).map((row) => row.kind).sort()).toEqual([
      'passphrase',
      'recovery',
    ]);
    await go(page, '/');
    await page.locator('#lock-title').waitFor();
    await page.locator('#lock-passphrase').waitFor();
    expect(await page.getByRole('button', { name: 'Unlock with a passkey' }).count()).toBe(0);
  }, 600_000);

  test('says so when the authenticator has no PRF, and stores nothing for it', async ({ page }) => {
    const authenticator = await virtualAuthenticator(page, false);
    await lockedClient(page);
    await addPasskey(page);
    await page.getByRole('button', { name: 'Make the passkey' }).click();
    await page
      .getByText('This passkey cannot unlock Koers', { exact: false })
      .waitFor({ timeout: 60_000 });
    // The passkey was made (the ceremony worked) but offers no PRF: nothing to store.
    expect(await authenticator.credentials()).toHaveLength(1);
    expect((await storedRows(page, 'lockKeys')).map((row) => row.kind).sort()).toEqual([
      'passphrase',
      'recovery',
    ]);
    await expectNoAxeViolations(page, 'settings after a passkey without PRF');
  }, 600_000);
});
