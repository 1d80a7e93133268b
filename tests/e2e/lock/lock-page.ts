// Page helpers for the app lock's browser tests: turn the lock on through the settings, unlock
// on the lock screen, and read the stored rows as they lie in IndexedDB (sealed or plain).
import type { BrowserContext, Page } from 'playwright-core';
import { finishFirstRun, go, goOffline, openApp, waitForServiceWorker } from '../support/app';

/** The passphrase the tests lock with (strong enough for the lock's check). */
export const PASSPHRASE = 'amber lantern quietly folds seven maps';

/** Turns the lock on from the settings and returns the recovery key shown once. */
export async function chooseLock(page: Page): Promise<string> {
  await go(page, '/settings');
  await page.locator('#lock-new').fill(PASSPHRASE);
  await page.locator('#lock-repeat').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Continue' }).click();
  const key = page.getByTestId('recovery-key');
  await key.waitFor({ timeout: 60_000 });
  return ((await key.textContent()) ?? '').trim();
}

/** Confirms the recovery key is saved and starts turning the lock on (or what `confirm` says). */
export async function confirmRecoveryKey(page: Page, confirm = 'Turn the lock on'): Promise<void> {
  await page.getByLabel('I have saved or written down the recovery key').check();
  await page.getByRole('button', { name: confirm }).click();
}

/** A new client's device, offline, with the lock turned on from the settings. */
export async function lockedOfflineClient(page: Page, context: BrowserContext): Promise<void> {
  await openApp(page);
  await finishFirstRun(page, 'client', 'en');
  await waitForServiceWorker(page);
  await goOffline(context);
  await chooseLock(page);
  await confirmRecoveryKey(page);
  await page.getByText('The lock is on.', { exact: false }).waitFor({ timeout: 120_000 });
}

/** Unlocks on the lock screen with `secret` and waits until the app's navigation is back. */
export async function unlock(page: Page, secret = PASSPHRASE): Promise<void> {
  await page.locator('#lock-passphrase').fill(secret);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.locator('#main-nav').waitFor({ state: 'attached', timeout: 60_000 });
}

/** A full navigation to `path` (which drops the key, as a reload does) and an unlock. */
export async function goUnlocked(page: Page, path: string): Promise<void> {
  await go(page, path);
  await page.locator('#lock-title').waitFor();
  await unlock(page);
}

/** Every row of `store` in the app's database, as stored. */
export function storedRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('koers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** The stored lock state ('off' when there is no row). */
export async function storedLockState(page: Page): Promise<string> {
  const [row] = await storedRows(page, 'lockState');
  return (row?.state as string | undefined) ?? 'off';
}

/** Goes to `href` within the app (no reload, so the key stays held) through the main menu. */
export async function navigateInApp(page: Page, href: string): Promise<void> {
  // The phone's menu is folded away; the link's own click is what a tap on it does.
  await page
    .locator(`#main-nav a[href="${href}"]`)
    .first()
    .evaluate((link) => {
      (link as HTMLAnchorElement).click();
    });
}

/** How far the page scrolls sideways at the phone's width (0: it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Changes one byte of the sealed ciphertext of the rows of `store` (only the row `id` when
 * given), as a damaged disk would leave them; returns how many were changed.
 */
export function damageSealedRows(page: Page, store: string, id?: string): Promise<number> {
  return page.evaluate(
    ({ name, wanted }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('koers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          const objectStore = tx.objectStore(name);
          const read = wanted === undefined ? objectStore.getAll() : objectStore.getAll(wanted);
          let count = 0;
          read.onsuccess = () => {
            for (const row of read.result as { sealed?: { ct: Uint8Array } }[]) {
              if (!row.sealed) continue;
              const ct = row.sealed.ct;
              ct[ct.length - 1] = (ct[ct.length - 1] ?? 0) ^ 0xff;
              objectStore.put(row);
              count += 1;
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(count);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, wanted: id },
  );
}
