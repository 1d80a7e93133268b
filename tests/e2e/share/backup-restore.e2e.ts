// Backup and restore: a client backs up with a passphrase, settings say when; on a new device
// (a fresh browser profile, empty database) the app offers to restore, and restoring brings
// every record back, the client's own entries included, under the client's own profile.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import {
  finishFirstRun,
  goOffline,
  goOnline,
  openApp,
  patchSettings,
  storedSettings,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';
import {
  databaseCounts,
  go,
  loadExampleData,
  makeWithOwnPassphrase,
  recordTotal,
  startOffline,
} from './share-page';

const DAY = 86_400_000;

const SITUATION = 'Backup test: the appraisal where I finally asked for what I need';
const PASSPHRASE = 'lantern orchard velvet compass marble tundra';

describe('backup and restore', () => {
  test('backs up, shows when, and restores everything on an empty device', async ({
    newProfile,
  }) => {
    const oldContext = await newProfile();
    const phoneContext = await newProfile();
    const old = await startOffline(oldContext);
    await loadExampleData(old);
    // One entry of the client's own, written through the diary form.
    await go(old, '/diary/new');
    await old.locator('#diary-situation').fill(SITUATION);
    await old.locator('form button[type="submit"]').click();
    await old.getByRole('heading', { name: 'Diary', exact: true }).waitFor();
    await old.getByText(SITUATION).waitFor();
    const held = await databaseCounts(old);

    // Never backed up, with entries of one's own: settings say so and remind.
    await go(old, '/settings');
    await old.getByTestId('last-backup').getByText('No backup made yet.').waitFor();
    await old.getByTestId('backup-reminder').waitFor();
    // Without any backup the reminder does not speak of a "last backup".
    expect(await old.getByTestId('backup-reminder').textContent()).toContain(
      'You have entries that are in no backup yet.',
    );

    // The backup: kind preset by the link, everything goes, protected with an own passphrase.
    await go(old, '/share');
    await old.getByRole('link', { name: 'Make a backup', exact: true }).click();
    await expect.poll(() => old.getByLabel('Backup', { exact: true }).isChecked()).toBe(true);
    // The summary lists what goes once the records are read ("Loading…" until then).
    const summaryTotal = async () => {
      const summary = await old.getByTestId('export-summary').locator('li').allTextContents();
      return summary.reduce((sum, line) => sum + Number(line.split(': ').at(-1)), 0);
    };
    await expect.poll(summaryTotal).toBe(recordTotal(held));
    const total = await summaryTotal();
    const file = await makeWithOwnPassphrase(old, PASSPHRASE);
    expect(file.suggestedFilename()).toMatch(/backup.*\.koers$/);
    const backup = readFileSync((await file.path()) ?? '');
    // The time of the backup is stored just after the file is shown: leave once it is.
    await expect.poll(async () => typeof (await storedSettings(old)).lastBackupAt).toBe('string');

    // Settings now say when, in the app's language; no reminder right after a backup.
    await go(old, '/settings');
    // The day of the stored time, told in the browser's time zone (the tests' Amsterdam, not
    // this machine's): near midnight the two are different days.
    const date = await old.evaluate(
      (at) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(at)),
      String((await storedSettings(old)).lastBackupAt),
    );
    await expect
      .poll(() => old.getByTestId('last-backup').textContent())
      .toContain(`Last backup: ${date}`);
    expect(await old.getByTestId('backup-reminder').count()).toBe(0);
    // The reminder comes back 14 days after the last backup when entries changed since.
    const today = Date.now();
    for (const [days, shown] of [
      [13, 0],
      [15, 1],
    ] as const) {
      // When the last backup was made, rewritten as if time passed.
      await patchSettings(old, {
        lastBackupAt: new Date(today - days * DAY - 60_000).toISOString(),
      });
      await old.reload();
      await old.getByTestId('last-backup').waitFor();
      await expect.poll(() => old.getByTestId('backup-reminder').count()).toBe(shown);
    }

    // A new phone: after the first run, the empty app offers to restore. (The server comes
    // back only so the phone can install the app; it restores offline.)
    await goOnline(oldContext);
    const phone = await phoneContext.newPage();
    await openApp(phone);
    // The first run already says where restoring happens.
    await phone.getByText('New phone, or restoring a backup?', { exact: false }).waitFor();
    await finishFirstRun(phone);
    await waitForServiceWorker(phone);
    await goOffline(phoneContext);
    expect(recordTotal(await databaseCounts(phone))).toBe(0);
    await phone.getByRole('heading', { name: 'New device?' }).waitFor();
    await phone.getByRole('link', { name: 'Restore a backup' }).click();
    await phone.getByRole('heading', { name: 'Open a file' }).waitFor();
    await phone
      .locator('#import-file')
      .setInputFiles({ name: file.suggestedFilename(), mimeType: '', buffer: backup });
    await phone.getByLabel('Passphrase').fill(PASSPHRASE);
    await phone.getByRole('button', { name: 'Open', exact: true }).click();
    await phone.getByTestId('preview-table').waitFor({ timeout: 60_000 });
    await phone.getByText('Backup', { exact: true }).waitFor();
    await phone.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => phone.getByTestId('import-done').textContent())
      .toMatch(new RegExp(`^${total} new, 0 updated, 0 unchanged, 0 left alone`));

    // Every record is back, table by table; the own entry shows in the diary.
    expect(await databaseCounts(phone)).toEqual(held);
    await go(phone, '/diary');
    await phone.getByText(SITUATION).waitFor();
    await go(phone, '/');
    await phone.getByRole('button', { name: 'Remove example data' }).waitFor();
    expect(await phone.getByRole('heading', { name: 'New device?' }).count()).toBe(0);

    // Restoring the same backup again changes nothing.
    await go(phone, '/share/import');
    await phone
      .locator('#import-file')
      .setInputFiles({ name: 'again.koers', mimeType: '', buffer: backup });
    await phone.getByLabel('Passphrase').fill(PASSPHRASE);
    await phone.getByRole('button', { name: 'Open', exact: true }).click();
    await phone.getByTestId('preview-table').waitFor({ timeout: 60_000 });
    await phone.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => phone.getByTestId('import-done').textContent())
      .toMatch(new RegExp(`^0 new, 0 updated, ${total} unchanged`));
    expect(await databaseCounts(phone)).toEqual(held);
  });
});
