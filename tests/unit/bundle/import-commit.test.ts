// Integration (fake-indexeddb, the whole pipeline): an export made as the app makes it,
// opened and committed on another device; one's own export coming home makes no client; a
// first import's counts match the records; a change made after the preview is respected.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptJson, importBundle } from '../../../src/bundle/bundle';
import { manifestFor, payloadJson } from '../../../src/bundle/export-json';
import { type BundleRecords, emptyRecords } from '../../../src/bundle/format';
import { generateKeyPair, type KeyPair } from '../../../src/bundle/keys';
import { summarizePlan } from '../../../src/bundle/merge';
import type { OpenedBundle } from '../../../src/bundle/signed-payload';
import { commitImport, type ImportDevice, previewImport } from '../../../src/db/bundle-import';
import { countClientRecords } from '../../../src/db/clients';
import type { KoersDexie } from '../../../src/db/database';
import { setSigningKey } from '../../../src/db/keys';
import { recordById } from '../../../src/db/read';
import { resetSettingsCache, updateSettings } from '../../../src/db/settings';
import { exportPreparation } from '../../../src/features/share/export-prep';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { isSealed } from '../../../src/lock/envelope';
import { keyHolder } from '../../../src/lock/key-holder';
import { CLIENT, COACH, diary, session, uuid } from '../coach/records';
import { freshDatabase, storeLockMode } from '../db/helpers';
import { deviceOf, knownKey, testSigner } from './helpers';

/** The client's device signing key. */
const CLIENT_SIGNER = testSigner(5);
/** The coach's device, which has not met this client before. */
const COACH_DEVICE = deviceOf(COACH, 'coach');
/** The client's own device, whose key signs the client's exports. */
async function clientDevice(): Promise<ImportDevice> {
  return { ...deviceOf(CLIENT, 'client'), ownKey: await knownKey(CLIENT_SIGNER) };
}

let db: KoersDexie;
let coach: KeyPair;
beforeEach(async () => {
  db = freshDatabase();
  coach ??= await generateKeyPair();
});
afterEach(async () => {
  await updateSettings({ profileId: null });
  resetSettingsCache();
  await db.delete();
});

const TOMBSTONE = '2026-03-02T09:00:00.000Z';

/** The client's records: live ones, a tombstone and a private one. */
function clientRecords(): BundleRecords {
  const records = emptyRecords();
  records.diaryEntries = [
    diary(10, CLIENT),
    diary(11, CLIENT),
    diary(12, CLIENT, { rev: 2, deletedAt: TOMBSTONE }),
    diary(13, CLIENT, { private: true }),
  ];
  records.focusingSessions = [session(20, CLIENT)];
  return records;
}

/** Exports as ExportScreen does (prepared JSON, manifest, worker encryption), then opens it. */
async function exportAndOpen(records: BundleRecords): Promise<OpenedBundle> {
  const prep = exportPreparation(records, 'client-export', () => Promise.resolve());
  const manifest = manifestFor(
    {
      appVersion: '0.1.0',
      schemaVersion: 2,
      kind: 'client-export',
      sender: { profileId: CLIENT, displayName: 'Jeroen', signingKey: CLIENT_SIGNER.publicKey },
      scope: { sections: ['diaryEntries', 'focusingSessions'] },
    },
    prep.records,
  );
  const [bytes] = await Promise.all([
    encryptJson(
      payloadJson(manifest, await prep.json()),
      { type: 'recipients', recipients: [coach.recipient] },
      CLIENT_SIGNER,
    ),
    prep.checked(),
  ]);
  return importBundle(bytes, { type: 'identity', identity: coach.identity });
}

describe('an export imported on the coach’s device', () => {
  it('adds the records, leaves the private one home, and counts them as a recount does', async () => {
    const payload = await exportAndOpen(clientRecords());
    expect(summarizePlan((await previewImport(payload, db, COACH_DEVICE)).plan)).toMatchObject({
      added: 3,
      deleted: 1,
    });
    await commitImport(payload, db, { device: COACH_DEVICE });
    expect(await db.diaryEntries.get(uuid(13))).toBeUndefined();
    const row = await db.clients.get(CLIENT);
    // Counted from the plan (nothing of the client was here): the same as reading them back.
    expect(row?.recordCounts).toEqual(await countClientRecords(db, CLIENT));
    expect(row?.recordCounts).toMatchObject({ diaryEntries: 2, focusingSessions: 1 });
  });

  it('counts again from the records on a later import', async () => {
    await commitImport(await exportAndOpen(clientRecords()), db, { device: COACH_DEVICE });
    const next = clientRecords();
    next.diaryEntries[0] = diary(10, CLIENT, { rev: 2, deletedAt: TOMBSTONE });
    await commitImport(await exportAndOpen(next), db, { device: COACH_DEVICE });
    expect((await db.clients.get(CLIENT))?.recordCounts).toMatchObject({ diaryEntries: 1 });
    expect((await db.clients.get(CLIENT))?.recordCounts).toEqual(
      await countClientRecords(db, CLIENT),
    );
  });

  it('never overwrites a change made between the preview and the commit', async () => {
    const payload = await exportAndOpen(clientRecords());
    const preview = summarizePlan((await previewImport(payload, db, COACH_DEVICE)).plan);
    expect(preview.added).toBe(3);
    // Meanwhile (another tab, an earlier import) a newer version of one entry arrives.
    await db.diaryEntries.put(diary(10, CLIENT, { rev: 5, situation: 'Newer' }));
    const done = summarizePlan((await commitImport(payload, db, { device: COACH_DEVICE })).plan);
    expect(done).toMatchObject({ added: 2, skipped: 1 });
    expect((await db.diaryEntries.get(uuid(10)))?.situation).toBe('Newer');
  });
});

describe('one’s own export coming home', () => {
  it('merges the records without making a client row or a log entry', async () => {
    const payload = await exportAndOpen(clientRecords());
    await commitImport(payload, db, { device: await clientDevice() });
    expect(await db.diaryEntries.count()).toBe(3);
    expect(await db.clients.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
  });

  it('knows the device’s own profile and key from the settings and key stores', async () => {
    await updateSettings({ profileId: CLIENT, role: 'client' });
    await setSigningKey({
      ...CLIENT_SIGNER,
      fingerprint: (await knownKey(CLIENT_SIGNER)).fingerprint,
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    await commitImport(await exportAndOpen(clientRecords()), db);
    expect(await db.diaryEntries.count()).toBe(3);
    expect(await db.clients.count()).toBe(0);
    // Another device (the coach's) does make the client.
    await updateSettings({ profileId: COACH, role: 'coach' });
    await commitImport(await exportAndOpen(clientRecords()), db);
    expect((await db.clients.get(CLIENT))?.displayName).toBe('Jeroen');
  });
});

describe('an import with the app lock on', () => {
  it('stores the records sealed, reads them back, and plans a second import as unchanged', async () => {
    await db.open();
    await storeLockMode(db, 'on');
    keyHolder.hold(await importDataKey(newDataKeyBytes()));
    try {
      const payload = await exportAndOpen(clientRecords());
      await commitImport(payload, db, { device: COACH_DEVICE });
      const raw = await db.table('diaryEntries').toArray();
      expect(raw.length).toBe(3);
      expect(raw.every((row) => isSealed(row))).toBe(true);
      expect(JSON.stringify(raw)).not.toContain(diary(10, CLIENT).situation);
      expect((await recordById('diaryEntries', uuid(10)))?.situation).toBe(
        diary(10, CLIENT).situation,
      );
      // Diary 10, 11 and the tombstone 12, and session 20: all held, all the same.
      expect(summarizePlan((await previewImport(payload, db, COACH_DEVICE)).plan)).toMatchObject({
        added: 0,
        updated: 0,
        deleted: 0,
        unchanged: 4,
      });
      expect((await db.clients.get(CLIENT))?.recordCounts).toMatchObject({
        diaryEntries: 2,
        focusingSessions: 1,
      });
    } finally {
      keyHolder.lock();
    }
  });
});
