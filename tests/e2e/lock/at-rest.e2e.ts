// The app lock's promise, checked on disk: with the lock on, a marker written in a diary form,
// a valuation and a focusing session appears in no file of the browser profile (UTF-8, UTF-16
// either way round), while a record id, plain by design, does (so the scan can find text).
// Reopened, the app shows the lock screen and nothing of the content; a wrong passphrase, a
// typo in the recovery key and a damaged stored key each get their own message; the recovery
// key unlocks. Offline from the first entry on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOnTimeline, fillForm, saveForm } from '../diary/diary-page';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  goOnline,
  openApp,
  waitForServiceWorker,
} from '../support/app';
import { addValuation } from '../zkm/zkm-page';
import {
  chooseLock,
  confirmRecoveryKey,
  goUnlocked,
  navigateInApp,
  PASSPHRASE,
  sidewaysOverflow,
  storedRows,
} from './lock-page';
import { firstPage, launchOnProfile, profileFilesHolding } from './profile-files';

const MARKER = 'Qx7lockmarkerZw';
const profile = mkdtempSync(join(tmpdir(), 'koers-lock-'));

const launch = () => launchOnProfile(profile);

/** The files of the profile that hold `text` in UTF-8, UTF-16LE or UTF-16BE. */
function filesHolding(text: string): string[] {
  return profileFilesHolding(profile, text);
}

afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe('the app lock on disk', () => {
  let recoveryKey = '';
  let entryId = '';

  it('keeps a marker out of every file of the profile', async () => {
    const context = await launch();
    try {
      const page = await firstPage(context);
      await openApp(page);
      await finishFirstRun(page, 'client', 'en');
      await waitForServiceWorker(page);
      await goOffline(context);

      recoveryKey = await chooseLock(page);
      expect(recoveryKey).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5})+$/);
      await expectNoAxeViolations(page, 'settings, the recovery key shown once');
      expect(await sidewaysOverflow(page)).toBe(0);
      await confirmRecoveryKey(page);
      await page.getByText('The lock is on.', { exact: false }).waitFor({ timeout: 120_000 });
      await expectNoAxeViolations(page, 'settings, the lock on');
      expect(await sidewaysOverflow(page)).toBe(0);

      await goUnlocked(page, '/diary/new');
      await fillForm(page, {
        situation: `${MARKER} diary situation`,
        thinking: `${MARKER} thought`,
      });
      await saveForm(page);
      await expectOnTimeline(page, `${MARKER} diary situation`);

      await goUnlocked(page, '/zkm/new');
      await page.locator('#zkm-new-name').waitFor();
      await page.locator('section[aria-labelledby="zkm-new-title"] button[type="submit"]').click();
      await page.waitForURL(/\/valuations$/);
      await addValuation(page, `${MARKER} valuation`, 1);

      await goUnlocked(page, '/focusing/quick');
      await page.locator('#felt-sense').fill(`${MARKER} felt sense`);
      await page.locator('#note').fill(`${MARKER} note`);
      await page.getByRole('button', { name: 'Save session' }).click();
      await page.locator('dl.details').getByText(`${MARKER} note`).waitFor();

      const entries = await storedRows(page, 'diaryEntries');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toHaveProperty('sealed');
      expect(JSON.stringify(entries)).not.toContain(MARKER);
      entryId = String(entries[0]?.id);
    } finally {
      await goOnline(context);
      await context.close();
    }

    // The control: the entry's id is plain by design, so the scan does find stored text.
    expect(filesHolding(entryId).length).toBeGreaterThan(0);
    expect(filesHolding(MARKER)).toEqual([]);
  });

  it('reopens on the lock screen, tells its errors apart, and opens with the recovery key', async () => {
    const context = await launch();
    try {
      const page = await firstPage(context);
      await goOffline(context);
      await openApp(page, '/diary');
      await page.locator('#lock-title').waitFor();
      expect(await page.locator('#main-nav').count()).toBe(0);
      expect(await page.content()).not.toContain(MARKER);
      await expectNoAxeViolations(page, 'lock screen');
      expect(await sidewaysOverflow(page)).toBe(0);

      // A wrong passphrase is the user's to retry.
      await page.locator('#lock-passphrase').fill('amber lantern quietly folds six maps');
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await page.getByText('This passphrase does not open the lock.', { exact: false }).waitFor({
        timeout: 60_000,
      });

      // A typo in the recovery key is caught by its check, before any key is tried.
      await page
        .getByRole('button', { name: 'I forgot my passphrase: use the recovery key' })
        .click();
      const [first = '', ...rest] = recoveryKey.split('-');
      const swapped =
        first.length > 1 && first[0] !== first[1]
          ? `${first[1]}${first[0]}${first.slice(2)}`
          : `${first.slice(0, -1)}${first.endsWith('A') ? 'B' : 'A'}`;
      await page.locator('#lock-recovery').fill([swapped, ...rest].join('-'));
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await page.getByText('This recovery key has a typo', { exact: false }).waitFor();

      // The recovery key opens the lock; the marker is back on the timeline.
      await page.locator('#lock-recovery').fill(recoveryKey);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await page.locator('#main-nav').waitFor({ state: 'attached', timeout: 60_000 });
      await expectOnTimeline(page, `${MARKER} diary situation`);

      // Locked again, with the stored passphrase key damaged: no passphrase can help.
      await navigateInApp(page, '/settings');
      await page.getByRole('button', { name: 'Lock now' }).click();
      await page.locator('#lock-title').waitFor();
      expect(await page.content()).not.toContain(MARKER);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('koers');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const store = open.result
                .transaction('lockKeys', 'readwrite')
                .objectStore('lockKeys');
              const all = store.getAll();
              all.onsuccess = () => {
                const wrapper = all.result.find(
                  (row: { kind: string }) => row.kind === 'passphrase',
                );
                wrapper.createdAt = '2020-01-01T00:00:00.000Z';
                const put = store.put(wrapper);
                put.onsuccess = () => {
                  open.result.close();
                  resolve();
                };
                put.onerror = () => reject(put.error);
              };
            };
          }),
      );
      await unlockExpectingError(page);
    } finally {
      await goOnline(context);
      await context.close();
    }
  });
});

async function unlockExpectingError(page: Page): Promise<void> {
  await page.locator('#lock-passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page
    .getByText('The lock’s stored key on this device is damaged', { exact: false })
    .waitFor({
      timeout: 60_000,
    });
  expect(await page.locator('#main-nav').count()).toBe(0);
}
