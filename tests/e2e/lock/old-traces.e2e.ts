// Clearing old traces: text written before the lock was on lies in plain in the browser's
// files (the scan finds it: the control); after "Clear old traces" it is in no file of the
// profile, while the entry still opens. The same for the display name, kept in the settings'
// own database. A clearing cut short (the tab closed while another
// tab held the database open) has copied nothing yet, and the next start finds every entry (a
// clearing cut short after its copy is finished from the rescue copy: store-rebuild.test.ts); a
// tab that was already open waits for the clearing and then goes on with the rebuilt store.
// Offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOnTimeline, fillForm, saveForm } from '../diary/diary-page';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  goOnline,
  openApp,
  waitForServiceWorker,
} from '../support/app';
import {
  chooseLock,
  confirmRecoveryKey,
  navigateInApp,
  PASSPHRASE,
  sidewaysOverflow,
  unlock,
} from './lock-page';
import { firstPage, launchOnProfile, profileFilesHolding } from './profile-files';

const MARKER = 'Qx7oldtraceZw';
/** The display name, kept in the settings' own database (koers-settings). */
const NAME = 'Qx7oldnameZw';
const SECOND = 'Qx7secondtraceZw';
const profile = mkdtempSync(join(tmpdir(), 'koers-traces-'));

const launch = () => launchOnProfile(profile);

/** Writes a diary entry with `situation` and waits until the timeline shows it. */
async function writeEntry(page: Page, situation: string): Promise<void> {
  await go(page, '/diary/new');
  await fillForm(page, { situation });
  await saveForm(page);
  await expectOnTimeline(page, situation);
}

/** The stage the rebuild's journal holds (null: none). */
function journalStage(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('koers.rebuild.koers'));
}

/**
 * Opens the app's database in `page` outside the app and keeps it open, as an old tab would:
 * a deletion waits for it. Returns what closes it.
 */
async function holdDatabaseOpen(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('koers');
        open.onsuccess = () => {
          Object.assign(window, { heldConnection: open.result });
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  return () =>
    page.evaluate(() =>
      (window as unknown as { heldConnection: IDBDatabase }).heldConnection.close(),
    );
}

afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe('clearing old traces', () => {
  it('removes plain text from before the lock from every file of the profile', async () => {
    let context = await launch();
    try {
      const page = await firstPage(context);
      await openApp(page);
      await finishFirstRun(page, 'client', 'en');
      await waitForServiceWorker(page);
      await goOffline(context);
      await writeEntry(page, `${MARKER} situation`);
      await go(page, '/settings');
      await page.locator('#display-name').fill(NAME);
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.getByText('Saved.', { exact: true }).waitFor();
    } finally {
      await goOnline(context);
      await context.close();
    }
    // The control: written with the lock off, the text and the name are on disk.
    expect(profileFilesHolding(profile, MARKER).length).toBeGreaterThan(0);
    expect(profileFilesHolding(profile, NAME).length).toBeGreaterThan(0);

    context = await launch();
    try {
      const page = await firstPage(context);
      await goOffline(context);
      await openApp(page, '/diary');
      await chooseLock(page);
      await confirmRecoveryKey(page);
      await page.getByText('“Clear old traces” below removes them now').waitFor({
        timeout: 120_000,
      });
      await page.getByRole('button', { name: 'Clear old traces' }).click();
      await page.getByText('Done. The browser’s files now hold only encrypted text').waitFor({
        timeout: 60_000,
      });
      await expectNoAxeViolations(page, 'settings, old traces cleared');
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await journalStage(page)).toBeNull();
      // Still unlocked, the entry opens from the rebuilt store.
      await navigateInApp(page, '/diary');
      await expectOnTimeline(page, `${MARKER} situation`);
      // And the name from the rebuilt settings.
      await navigateInApp(page, '/settings');
      expect(await page.locator('#display-name').inputValue()).toBe(NAME);
    } finally {
      await goOnline(context);
      await context.close();
    }
    expect(profileFilesHolding(profile, MARKER)).toEqual([]);
    // The name is in no IndexedDB file and no session file (the settings screen showed it at
    // the end). Only the settings' quick copy from before the lock may linger in the browser's
    // localStorage files, which no page can rebuild (docs/security.md).
    const left = profileFilesHolding(profile, NAME);
    expect(left.filter((path) => !path.includes(`${sep}Local Storage${sep}`))).toEqual([]);
  });

  it('loses nothing when a clearing waiting for another tab is cut short', async () => {
    let context = await launch();
    try {
      const page = await firstPage(context);
      await goOffline(context);
      // Written under the lock: the full navigation drops the key, so it is unlocked there.
      await openApp(page, '/diary/new');
      await page.locator('#lock-title').waitFor();
      await unlock(page);
      await fillForm(page, { situation: `${SECOND} situation` });
      await saveForm(page);
      await expectOnTimeline(page, `${SECOND} situation`);
      await navigateInApp(page, '/settings');
      // Another tab holds the database open and does not let go: the clearing waits, says why.
      const holder = await context.newPage();
      await holder.goto(page.url());
      // Unlocked, so that the app there has its own connection open before the clearing starts
      // (on the lock screen it opens one only when the browser is idle, which can be too late).
      await holder.locator('#lock-title').waitFor();
      await unlock(holder);
      await holder.getByRole('button', { name: 'Clear old traces' }).waitFor();
      await holdDatabaseOpen(holder);
      await page.getByRole('button', { name: 'Clear old traces' }).click();
      await page.getByText('Koers is open in another tab or window').waitFor({ timeout: 60_000 });
      // It waits before it copies anything: the copy is read only once no other tab can write.
      expect(await journalStage(page)).toBeNull();
      // The app in the other tab stepped aside and says why (its own connection is closed).
      await holder
        .getByText('Koers cleared old traces from its storage in another tab.')
        .first()
        .waitFor();
      // The tab is closed halfway, then the other one.
      await page.close();
      await holder.close();
    } finally {
      await goOnline(context);
      await context.close();
    }

    context = await launch();
    try {
      const page = await firstPage(context);
      await goOffline(context);
      await openApp(page, '/diary');
      await page.locator('#lock-title').waitFor({ timeout: 60_000 });
      expect(await journalStage(page)).toBeNull();
      await unlock(page);
      await expectOnTimeline(page, `${SECOND} situation`);
      await expectOnTimeline(page, `${MARKER} situation`);
      const databases = await page.evaluate(async () =>
        (await indexedDB.databases()).map((database) => database.name),
      );
      expect(databases).not.toContain('koers-rebuild');
    } finally {
      await goOnline(context);
      await context.close();
    }
  });

  it('keeps a tab that was already open waiting until the clearing is done', async () => {
    const context = await launch();
    try {
      const page = await firstPage(context);
      await goOffline(context);
      await openApp(page, '/settings');
      await page.locator('#lock-title').waitFor({ timeout: 60_000 });
      await unlock(page);
      await page.getByRole('button', { name: 'Clear old traces' }).waitFor();
      // A second tab of the app, on its lock screen, also holds the database open itself.
      const other = await context.newPage();
      await other.goto(page.url());
      await other.locator('#lock-title').waitFor();
      const letGo = await holdDatabaseOpen(other);
      await page.getByRole('button', { name: 'Clear old traces' }).click();
      await page.getByText('Koers is open in another tab or window').waitFor({ timeout: 60_000 });
      // The other tab is unlocked while the old store is being deleted: it must not open (and
      // so create) an empty one in between, but wait for the rows to be back.
      await other.locator('#lock-passphrase').fill(PASSPHRASE);
      await other.getByRole('button', { name: 'Unlock', exact: true }).click();
      // It asks for the clearing's Web Lock, which the clearing tab holds until it is done.
      await other.waitForFunction(async () =>
        ((await navigator.locks.query()).pending ?? []).some(
          (lock) => lock.name === 'koers-rebuild-koers',
        ),
      );
      await letGo();
      await page.getByText('Done. The browser’s files now hold only encrypted text').waitFor({
        timeout: 60_000,
      });
      await other.locator('#main-nav').waitFor({ state: 'attached', timeout: 60_000 });
      await navigateInApp(other, '/diary');
      await expectOnTimeline(other, `${SECOND} situation`);
      await expectOnTimeline(other, `${MARKER} situation`);
    } finally {
      await goOnline(context);
      await context.close();
    }
  });
});
