// Forged files, tried as a hostile sender would: each ends with its own message and nothing
// written, compared as a digest of every store (the records database, the keys and the
// settings) before and after. And the genuine files still import, saying who signed them.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { coachCodeText } from '../../../src/bundle/coach-code';
import { emptyRecords } from '../../../src/bundle/format';
import { generateKeyPair } from '../../../src/bundle/keys';
import { expectNoAxeViolations, storedSettings, waitForAppDatabase } from '../support/app';
import { test } from '../support/fixtures';
import {
  CRAFT_PASSPHRASE,
  CRAFT_SENDER,
  craft,
  craftInput,
  craftJson,
  craftSigned,
  craftSigner,
  errorText,
  go,
  startOffline,
  upload,
} from './share-page';

const STRANGER = '5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b';
const COACH_PROFILE = '6f3e2d1c-0b9a-4f8e-9d7c-6b5a4f3e2d1c';
const AT = '2026-11-20T09:30:00.000Z';

/** Every row of every store the app keeps (records, keys, settings), as one string. */
async function digest(page: Page): Promise<string> {
  await waitForAppDatabase(page);
  return page.evaluate(async () => {
    const dump = async (name: string) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const out: Record<string, unknown> = {};
      for (const store of [...db.objectStoreNames].sort()) {
        out[store] = await new Promise((resolve, reject) => {
          const tx = db.transaction(store, 'readonly').objectStore(store);
          const keys = tx.getAllKeys();
          const values = tx.getAll();
          values.onsuccess = () => resolve([keys.result, values.result]);
          values.onerror = () => reject(values.error);
        });
      }
      db.close();
      return out;
    };
    return JSON.stringify({
      koers: await dump('koers'),
      keys: await dump('koers-keys'),
      settings: await dump('koers-settings'),
    });
  });
}

/** Opens a crafted passphrase file and returns the error shown, after "nothing has changed". */
async function refused(page: Page, file: Buffer): Promise<string> {
  await upload(page, 'forged.koers', file);
  await page.getByLabel('Passphrase').fill(CRAFT_PASSPHRASE);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const text = await errorText(page);
  await page.getByText('Nothing on this device has changed.').waitFor();
  return text;
}

/** Opens a crafted passphrase file up to its preview and returns the signature line. */
async function previewOf(page: Page, file: Buffer): Promise<string> {
  await upload(page, 'file.koers', file);
  await page.getByLabel('Passphrase').fill(CRAFT_PASSPHRASE);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByTestId('preview-signature').waitFor({ timeout: 30_000 });
  return (await page.getByTestId('preview-signature').textContent()) ?? '';
}

/** Imports what the preview shows and waits for the result. */
async function importShown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
}

describe('forged files on a coach’s device', () => {
  test('a second key, an unsigned file for a pinned client, notes in an export, a stranger’s backup', async ({
    context,
  }) => {
    const page = await startOffline(context, 'coach');
    // The client's genuine first file: signed, its key pinned, the fingerprint shown.
    const client = await craftSigner(11);
    const first = await previewOf(page, await craftSigned());
    expect(first).toContain('This is the first file from Crafted Client on this device');
    expect(first).toContain(client.fingerprint);
    await expectNoAxeViolations(page, 'preview of a first signed file');
    await importShown(page);
    const before = await digest(page);

    // The same client claimed, signed with another key.
    const other = await craftSigner(12);
    const second = await refused(page, await craftSigned(craftInput(), other));
    expect(second).toContain(
      'This file says it is from Crafted Client, but it is signed with another key than the files from Crafted Client this device knows.',
    );
    expect(second).toContain(
      `Known key: ${client.fingerprint}. This file’s key: ${other.fingerprint}.`,
    );
    expect(await digest(page)).toBe(before);

    // The same client claimed, unsigned (as a file made by hand with age would be).
    const unsigned = await refused(page, await craft(craftJson()));
    expect(unsigned).toContain('whose files to this device are signed, but this one is not signed');
    expect(await digest(page)).toBe(before);

    // A client's export carrying a note that the coach's pages would show as the coach's.
    const notes = craftInput();
    notes.sender = { profileId: STRANGER, displayName: 'Someone' };
    notes.records = emptyRecords();
    notes.records.coachNotes = [
      {
        id: '7d0c1e2f-3a4b-4c5d-8e6f-0000000000a1',
        ownerId: STRANGER,
        createdAt: AT,
        updatedAt: AT,
        rev: 1,
        clientId: CRAFT_SENDER,
        text: 'Written as if by the coach',
        visibility: 'report',
      },
    ];
    notes.scope = { sections: ['coachNotes'] };
    const withNotes = await refused(page, await craftSigned(notes, await craftSigner(13)));
    expect(withNotes).toContain('its contents are not valid Koers data');
    expect(withNotes).toContain(
      'Coach notes: a file of the kind “For my coach” may not carry these.',
    );
    expect(await digest(page)).toBe(before);

    // A coach's backup from elsewhere, on this device that holds a client.
    const backup = craftInput('backup');
    backup.sender = { profileId: STRANGER, displayName: 'Another coach' };
    backup.records = emptyRecords();
    backup.deviceRole = 'coach';
    const foreign = await refused(page, await craftSigned(backup, await craftSigner(14)));
    expect(foreign).toContain('This is a backup of another device.');
    expect(await digest(page)).toBe(before);
    await expectNoAxeViolations(page, 'a refused backup');
  });
});

describe('forged files on a client’s phone', () => {
  test('a return not signed by the coach code’s key, and a stranger’s backup', async ({
    context,
  }) => {
    const page = await startOffline(context, 'client');
    // The coach's code, with the coach's signing key, added on the Keys screen.
    const coachKey = await generateKeyPair();
    const coachSigner = await craftSigner(21);
    await go(page, '/share/keys');
    await page
      .getByLabel('Coach code')
      .fill(coachCodeText(coachKey.recipient, coachSigner.publicKey));
    await page.getByRole('button', { name: 'Check the code' }).click();
    await page.getByText('This code also carries your coach’s signature key').waitFor();
    await page.getByLabel('My coach sees the same fingerprint').check();
    await page.getByRole('button', { name: 'Save the coach code' }).click();
    await page.getByTestId('coach-signing-fingerprint').waitFor();
    expect(await page.getByTestId('coach-signing-fingerprint').textContent()).toBe(
      coachSigner.fingerprint,
    );

    const own = String((await storedSettings(page)).profileId);
    const giveBack = (notes: string) => {
      const input = craftInput('coach-return');
      input.sender = { profileId: COACH_PROFILE, displayName: 'Coach Mira' };
      input.records = emptyRecords();
      input.records.assignments = [
        {
          id: '7d0c1e2f-3a4b-4c5d-8e6f-0000000000b1',
          ownerId: COACH_PROFILE,
          createdAt: AT,
          updatedAt: AT,
          rev: 1,
          clientId: own,
          title: notes,
        },
      ];
      input.scope = { sections: ['assignments'] };
      return input;
    };
    // A return claiming the coach, signed by someone else (who has the client's public key),
    // before any genuine one: checked against the coach code's key.
    const forger = await craftSigner(22);
    const empty = await digest(page);
    const forged = await refused(
      page,
      await craftSigned(giveBack('Send me your passphrase'), forger),
    );
    expect(forged).toContain(
      'This file says it is from your coach (Coach Mira), but it is not signed with the key in the coach code you added.',
    );
    expect(await digest(page)).toBe(empty);

    // The genuine return, signed with the coach code's key: imported, the coach's key pinned.
    const genuine = await previewOf(
      page,
      await craftSigned(giveBack('Keep the diary'), coachSigner),
    );
    expect(genuine).toContain('Signed with your coach’s key, the one in the coach code you added');
    await importShown(page);
    const before = await digest(page);

    // The forgery again: now refused against the key pinned for the coach.
    const again = await refused(
      page,
      await craftSigned(giveBack('Send me your passphrase'), forger),
    );
    expect(again).toContain(
      'This file says it is from Coach Mira, but it is signed with another key than the files from Coach Mira this device knows.',
    );
    expect(await digest(page)).toBe(before);

    // A stranger's backup on this phone, which now holds data of its own.
    const backup = craftInput('backup');
    backup.sender = { profileId: STRANGER, displayName: 'Someone' };
    backup.deviceRole = 'client';
    backup.records = emptyRecords();
    const foreign = await refused(page, await craftSigned(backup, await craftSigner(23)));
    expect(foreign).toContain('This is a backup of another device.');
    expect(await digest(page)).toBe(before);
  });
});
