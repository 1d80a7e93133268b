// A coach's backup and restore: the coach imports a client's file, renames the client and makes
// a backup; on a new laptop (a fresh browser profile) restoring it brings back the client list
// with the coach's name for the client, and the client's diary, offline.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { goOnline } from '../support/app';
import { test } from '../support/fixtures';
import {
  CRAFT_PASSPHRASE,
  CRAFT_SITUATION,
  craftSigned,
  databaseCounts,
  go,
  makeWithOwnPassphrase,
  startOffline,
  upload,
} from './share-page';

const PASSPHRASE = 'harbour lantern willow quartz meadow ember';
const ALIAS = 'Crafted (Tuesday group)';

describe("a coach's backup", () => {
  test('restores the client list with the coach’s own name for the client', async ({
    newProfile,
  }) => {
    const oldContext = await newProfile({ viewport: { width: 1280, height: 900 } });
    const newLaptop = await newProfile({ viewport: { width: 1280, height: 900 } });
    const old = await startOffline(oldContext, 'coach');
    // Signed as the client's app signs it: the coach's device pins the client's key.
    await upload(old, 'client.koers', await craftSigned());
    await old.getByLabel('Passphrase').fill(CRAFT_PASSPHRASE);
    await old.getByRole('button', { name: 'Open', exact: true }).click();
    await old.getByTestId('preview-table').waitFor({ timeout: 30_000 });
    await old.getByRole('button', { name: 'Import', exact: true }).click();
    await old.getByTestId('import-done').waitFor();
    await go(old, '/coach');
    await old.getByRole('button', { name: 'Rename: Crafted Client' }).click();
    await old.getByLabel('Your name for this client').fill(ALIAS);
    await old.getByRole('button', { name: 'Save name' }).click();
    await old.getByRole('heading', { name: ALIAS }).waitFor();
    const held = await databaseCounts(old);

    await go(old, '/share/export?kind=backup');
    await expect.poll(() => old.getByLabel('Backup', { exact: true }).isChecked()).toBe(true);
    await old.getByTestId('export-summary').waitFor();
    const file = await makeWithOwnPassphrase(old, PASSPHRASE);
    const backup = readFileSync((await file.path()) ?? '');

    // The new laptop: nothing there, the list of clients is empty until the restore.
    await goOnline(oldContext);
    const laptop = await startOffline(newLaptop, 'coach');
    await go(laptop, '/coach');
    await laptop.locator('h1').first().waitFor();
    expect(await laptop.getByRole('heading', { name: ALIAS }).count()).toBe(0);
    await upload(laptop, file.suggestedFilename(), backup);
    await laptop.getByLabel('Passphrase').fill(PASSPHRASE);
    await laptop.getByRole('button', { name: 'Open', exact: true }).click();
    await laptop.getByTestId('preview-table').waitFor({ timeout: 60_000 });
    await laptop.getByRole('button', { name: 'Import', exact: true }).click();
    await laptop.getByTestId('import-done').waitFor();

    // Every record is back, and so is the client, under the coach's own name for them, and
    // the client's pinned key. The import log stays behind: it told what each import brought
    // to the old laptop.
    expect(held.senderKeys).toBe(1);
    expect(await databaseCounts(laptop)).toEqual({ ...held, importLog: 0 });
    await go(laptop, '/coach');
    const card = laptop.getByRole('article').filter({ hasText: ALIAS });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Diary forms\s*2/);
    await card.getByRole('link', { name: ALIAS }).first().click();
    await laptop.locator('#client-title').waitFor();
    // The client's diary, one step from their overview.
    await laptop
      .getByRole('navigation', { name: 'Pages about this client' })
      .getByRole('link', { name: 'Diary', exact: true })
      .click();
    await laptop.getByText(CRAFT_SITUATION).first().waitFor();
  });
});
