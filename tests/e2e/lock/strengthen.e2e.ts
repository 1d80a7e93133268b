// A lock turned on where WebAssembly does not run has a PBKDF2 passphrase wrapper. On the first
// unlock with the passphrase in a browser where it runs, the wrapper is made again with Argon2id
// (in the background, once the app shows): the same passphrase opens the lock after a reload,
// and the recovery key's wrapper is untouched. The unlocks are offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { finishFirstRun, goOffline, goOnline, openApp, waitForServiceWorker } from '../support/app';
import { chooseLock, confirmRecoveryKey, storedRows, unlock } from './lock-page';
import { firstPage, launchOnProfile } from './profile-files';

const profile = mkdtempSync(join(tmpdir(), 'koers-strengthen-'));

afterAll(() => {
  rmSync(profile, { recursive: true, force: true });
});

/** The stored wrapper of `kind`: its id and its KDF's name. */
async function wrapper(page: Parameters<typeof storedRows>[0], kind: string) {
  const row = (await storedRows(page, 'lockKeys')).find((stored) => stored.kind === kind);
  return { id: row?.id, kdf: (row?.kdf as { name?: string } | undefined)?.name };
}

it('makes a PBKDF2 passphrase wrapper again with Argon2id at the first unlock where WebAssembly runs', {
  timeout: 240_000,
}, async () => {
  // A browser without WebAssembly, as far as the lock's worker can tell: the worker's script is
  // served without it (the service worker is kept out, so the route sees the request).
  const old = await launchOnProfile(profile, { serviceWorkers: 'block' });
  const before = await (async () => {
    try {
      let served = 0;
      await old.route(/\/assets\/lock\.worker-[^/]+\.js$/, async (route) => {
        const response = await route.fetch();
        served += 1;
        await route.fulfill({
          response,
          body: `delete globalThis.WebAssembly;\n${await response.text()}`,
        });
      });
      const page = await firstPage(old);
      await openApp(page);
      await finishFirstRun(page, 'client', 'en');
      await chooseLock(page);
      await confirmRecoveryKey(page);
      await page.getByText('The lock is on.', { exact: false }).waitFor({ timeout: 120_000 });
      expect(served).toBeGreaterThan(0);
      return {
        passphrase: await wrapper(page, 'passphrase'),
        recovery: await wrapper(page, 'recovery'),
      };
    } finally {
      await old.close();
    }
  })();
  expect(before.passphrase.kdf).toBe('pbkdf2-sha256');

  const now = await launchOnProfile(profile);
  try {
    const page = await firstPage(now);
    await openApp(page);
    await page.locator('#lock-title').waitFor();
    await waitForServiceWorker(page);
    await goOffline(now);
    await page.reload();
    await page.locator('#lock-title').waitFor();
    await unlock(page);
    await expect
      .poll(() => wrapper(page, 'passphrase'), { timeout: 60_000 })
      .toEqual({ id: expect.not.stringMatching(String(before.passphrase.id)), kdf: 'argon2id' });
    expect(await wrapper(page, 'recovery')).toEqual(before.recovery);
    // The same passphrase opens the lock through the new wrapper.
    await page.reload();
    await page.locator('#lock-title').waitFor();
    await unlock(page);
    expect(
      (await storedRows(page, 'lockKeys')).filter((row) => row.kind === 'passphrase'),
    ).toHaveLength(1);
  } finally {
    // Brings the app's server back up for the next test.
    await goOnline(now);
    await now.close();
  }
});
