// Integration (fake-indexeddb, the whole pipeline): an export made as the app makes it,
// opened and committed on another device; one's own export coming home makes no client; a
// first import's counts match the records; a change made after the preview is respected.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptJson, importBundle } from '../../../src/bundle/bundle';
import { manifestFor, payloadJson } from '../../../src/bundle/export-json';
import { type BundlePayload, type BundleRecords, emptyRecords } from '../../../src/bundle/format';
import { generateKeyPair, type KeyPair } from '../../../src/bundle/keys';
import { summarizePlan } from '../../../src/bundle/merge';
import { commitImport, previewImport } from '../../../src/db/bundle-import';
import { countClientRecords } from '../../../src/db/clients';
import type { KoersDexie } from '../../../src/db/database';
import { resetSettingsCache, updateSettings } from '../../../src/db/settings';
import { exportPreparation } from '../../../src/features/share/export-prep';
import { CLIENT, COACH, diary, session, uuid } from '../coach/records';
import { freshDatabase } from '../db/helpers';

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
async function exportAndOpen(records: BundleRecords): Promise<BundlePayload> {
  const prep = exportPreparation(records, 'client-export', () => Promise.resolve());
  const manifest = manifestFor(
    {
      appVersion: '0.1.0',
      schemaVersion: 2,
      kind: 'client-export',
      sender: { profileId: CLIENT, displayName: 'Jeroen' },
      scope: { sections: ['diaryEntries', 'focusingSessions'] },
    },
    prep.records,
  );
  const [bytes] = await Promise.all([
    encryptJson(payloadJson(manifest, await prep.json()), {
      type: 'recipients',
      recipients: [coach.recipient],
    }),
    prep.checked(),
  ]);
  return importBundle(bytes, { type: 'identity', identity: coach.identity });
}

describe('an export imported on the coach’s device', () => {
  it('adds the records, leaves the private one home, and counts them as a recount does', async () => {
    const payload = await exportAndOpen(clientRecords());
    expect(summarizePlan((await previewImport(payload, db)).plan)).toMatchObject({
      added: 3,
      deleted: 1,
    });
    await commitImport(payload, db, { ownProfileId: COACH });
    expect(await db.diaryEntries.get(uuid(13))).toBeUndefined();
    const row = await db.clients.get(CLIENT);
    // Counted from the plan (nothing of the client was here): the same as reading them back.
    expect(row?.recordCounts).toEqual(await countClientRecords(db, CLIENT));
    expect(row?.recordCounts).toMatchObject({ diaryEntries: 2, focusingSessions: 1 });
  });

  it('counts again from the records on a later import', async () => {
    await commitImport(await exportAndOpen(clientRecords()), db, { ownProfileId: COACH });
    const next = clientRecords();
    next.diaryEntries[0] = diary(10, CLIENT, { rev: 2, deletedAt: TOMBSTONE });
    await commitImport(await exportAndOpen(next), db, { ownProfileId: COACH });
    expect((await db.clients.get(CLIENT))?.recordCounts).toMatchObject({ diaryEntries: 1 });
    expect((await db.clients.get(CLIENT))?.recordCounts).toEqual(
      await countClientRecords(db, CLIENT),
    );
  });

  it('never overwrites a change made between the preview and the commit', async () => {
    const payload = await exportAndOpen(clientRecords());
    const preview = summarizePlan((await previewImport(payload, db)).plan);
    expect(preview.added).toBe(3);
    // Meanwhile (another tab, an earlier import) a newer version of one entry arrives.
    await db.diaryEntries.put(diary(10, CLIENT, { rev: 5, situation: 'Newer' }));
    const done = summarizePlan((await commitImport(payload, db, { ownProfileId: COACH })).plan);
    expect(done).toMatchObject({ added: 2, skipped: 1 });
    expect((await db.diaryEntries.get(uuid(10)))?.situation).toBe('Newer');
  });
});

describe('one’s own export coming home', () => {
  it('merges the records without making a client row or a log entry', async () => {
    const payload = await exportAndOpen(clientRecords());
    await commitImport(payload, db, { ownProfileId: CLIENT });
    expect(await db.diaryEntries.count()).toBe(3);
    expect(await db.clients.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
  });

  it('knows the device’s own profile from the settings', async () => {
    await updateSettings({ profileId: CLIENT });
    await commitImport(await exportAndOpen(clientRecords()), db);
    expect(await db.diaryEntries.count()).toBe(3);
    expect(await db.clients.count()).toBe(0);
    // Another device (the coach's) does make the client.
    await updateSettings({ profileId: COACH });
    await commitImport(await exportAndOpen(clientRecords()), db);
    expect((await db.clients.get(CLIENT))?.displayName).toBe('Jeroen');
  });
});
