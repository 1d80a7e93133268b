// Turning the lock on over 1,000 diary entries, cut short halfway (a batch's transaction fails
// as it would in a killed tab, then the page is closed), resumes after the next unlock and
// loses nothing: every entry ends sealed and reads back. Turning it off then opens every entry
// again and deletes the stored keys, without the lock screen on the way. A turn cut short can
// also be turned back off from the settings, behind the passphrase.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { seedEntries } from '../diary/diary-page';
import { expectNoAxeViolations, finishFirstRun, go, openApp } from '../support/app';
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

const ENTRIES = 1_000;

/** Makes the turn's second batch of diary entries fail inside its transaction. */
async function failSecondDiaryBatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    let diaryBatches = 0;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      const progress = (value as { progress?: Record<string, { last?: string; done: boolean }> })
        ?.progress?.diaryEntries;
      if (this.name === 'lockState' && progress?.last !== undefined && !progress.done) {
        diaryBatches += 1;
        if (diaryBatches === 2) throw new DOMException('The tab was closed', 'AbortError');
      }
      return put.call(this, value, key);
    };
  });
}

/**
 * Seeds `entries` diary forms and turns the lock on over them, its second batch of diary
 * entries failing inside its transaction as a tab killed at that moment would leave it: the
 * first batch committed, the rest untouched. Waits for the settings' message.
 */
async function turnOnCutShort(page: Page, entries: number): Promise<void> {
  // Visiting the diary opens the database, so the seed can write into it.
  await go(page, '/diary');
  await page.getByText('No diary forms yet').waitFor();
  await seedEntries(page, entries);
  await chooseLock(page);
  await failSecondDiaryBatch(page);
  await confirmRecoveryKey(page);
  await page
    .getByText('This could not be finished', { exact: false })
    .waitFor({ timeout: 120_000 });
}

describe('turning the lock on and off', () => {
  test('resumes after the page is killed halfway, without loss, and turns off again', async ({
    context,
    page,
  }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await turnOnCutShort(page, ENTRIES);
    // The settings offer to finish it now; this test leaves it to the next unlock instead.
    await page.getByRole('button', { name: 'Finish turning the lock on' }).waitFor();
    await page.close();

    const again = await context.newPage();
    await openApp(again);
    await again.locator('#lock-title').waitFor();
    expect(await storedLockState(again)).toBe('turning-on');
    const halfway = await storedRows(again, 'diaryEntries');
    const sealedHalfway = halfway.filter((row) => 'sealed' in row).length;
    expect(sealedHalfway).toBe(200);

    await unlock(again);
    expect(await storedLockState(again)).toBe('on');
    const after = await storedRows(again, 'diaryEntries');
    expect(after).toHaveLength(ENTRIES);
    expect(after.every((row) => 'sealed' in row && !('situation' in row))).toBe(true);

    await navigateInApp(again, '/diary');
    await again.locator('.diary-card-situation', { hasText: 'Situatie 0:' }).first().waitFor();

    // Turning it off asks for the passphrase, opens every entry and deletes the stored keys;
    // the app stays open (no lock screen on the way) and says so.
    await navigateInApp(again, '/settings');
    await again.getByRole('button', { name: 'Turn the lock off' }).click();
    // A backup is offered first, as before turning it on.
    await again.getByText('Make a backup first: turning the lock off', { exact: false }).waitFor();
    expect(
      await again.getByRole('link', { name: 'Make a backup', exact: true }).getAttribute('href'),
    ).toBe('/share/export?kind=backup');
    await again.locator('#lock-off-passphrase').fill(PASSPHRASE);
    await again.getByRole('button', { name: 'Turn the lock off' }).click();
    await again.getByText('The lock is off.', { exact: true }).waitFor({ timeout: 120_000 });
    expect(await again.locator('#lock-title').count()).toBe(0);
    expect(await storedLockState(again)).toBe('off');
    expect(await storedRows(again, 'lockKeys')).toEqual([]);
    const plain = await storedRows(again, 'diaryEntries');
    expect(plain).toHaveLength(ENTRIES);
    expect(plain.every((row) => !('sealed' in row) && typeof row.situation === 'string')).toBe(
      true,
    );
    await openApp(again);
    await again.locator('#main-nav').waitFor({ state: 'attached' });
    expect(await again.locator('#lock-title').count()).toBe(0);
  });

  test('finishes a turn cut short from the settings, without loss', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await turnOnCutShort(page, 500);
    await page.getByText('The lock is not on completely yet', { exact: false }).waitFor();
    expect(await storedLockState(page)).toBe('turning-on');
    await expectNoAxeViolations(page, 'settings, the lock halfway on');

    await page.getByRole('button', { name: 'Finish turning the lock on' }).click();
    await page.getByText('The lock is on.', { exact: false }).waitFor({ timeout: 120_000 });
    expect(await storedLockState(page)).toBe('on');
    const rows = await storedRows(page, 'diaryEntries');
    expect(rows).toHaveLength(500);
    expect(rows.every((row) => 'sealed' in row && !('situation' in row))).toBe(true);
    expect(await page.getByRole('button', { name: 'Finish turning the lock on' }).count()).toBe(0);
  });

  test('goes back from a turn cut short: the lock off, every entry open', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await turnOnCutShort(page, 500);
    await page.getByText('The lock is not on completely yet', { exact: false }).waitFor();
    const halfway = await storedRows(page, 'diaryEntries');
    expect(halfway.filter((row) => 'sealed' in row)).toHaveLength(200);

    await page.getByRole('button', { name: 'Turn the lock back off' }).click();
    // Going back changes every sealed entry again: a backup is offered first.
    await page.getByText('Make a backup first: turning the lock off', { exact: false }).waitFor();
    await page.locator('#lock-back-off-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Turn the lock back off' }).click();
    await page.getByText('The lock is off.', { exact: true }).waitFor({ timeout: 120_000 });
    expect(await storedLockState(page)).toBe('off');
    expect(await storedRows(page, 'lockKeys')).toEqual([]);
    const rows = await storedRows(page, 'diaryEntries');
    expect(rows).toHaveLength(500);
    expect(rows.every((row) => !('sealed' in row) && typeof row.situation === 'string')).toBe(true);
    expect(await page.getByRole('button', { name: 'Finish turning the lock on' }).count()).toBe(0);
    await navigateInApp(page, '/diary');
    await page.locator('.diary-card-situation', { hasText: 'Situatie 0:' }).first().waitFor();
    expect(await page.locator('#lock-title').count()).toBe(0);
  });
});
