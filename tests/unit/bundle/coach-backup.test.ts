// Integration (fake-indexeddb): a coach's backup carries the device's client list, so a
// restored coach device lists its clients again, with the coach's names for them and their
// keys for replies; a client row the device already has is kept as it is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptJson, importBundle } from '../../../src/bundle/bundle';
import { manifestFor, payloadJson } from '../../../src/bundle/export-json';
import { emptyRecords } from '../../../src/bundle/format';
import { generateKeyPair, type KeyPair } from '../../../src/bundle/keys';
import type { OpenedBundle } from '../../../src/bundle/signed-payload';
import { commitImport } from '../../../src/db/bundle-import';
import { backupClients, registerImport } from '../../../src/db/clients';
import type { KoersDexie } from '../../../src/db/database';
import { exportPreparation } from '../../../src/features/share/export-prep';
import { CLIENT, COACH, diary, note, OTHER_CLIENT, session } from '../coach/records';
import { freshDatabase } from '../db/helpers';
import { deviceOf, knownKey, testSigner } from './helpers';

/** The coach's device signing key. */
const COACH_SIGNER = testSigner(3);

const KEY = `age1${'q'.repeat(58)}`;
let devices: KoersDexie[] = [];
let coachKey: KeyPair;
beforeEach(async () => {
  coachKey ??= await generateKeyPair();
});
afterEach(async () => {
  for (const device of devices) await device.delete();
  devices = [];
});

function device(): KoersDexie {
  const db = freshDatabase();
  devices.push(db);
  return db;
}

/** A coach's device with two clients imported, one renamed and archived. */
async function coachDevice(): Promise<KoersDexie> {
  const db = device();
  await db.diaryEntries.bulkPut([diary(10, CLIENT), diary(11, CLIENT), diary(12, OTHER_CLIENT)]);
  await db.focusingSessions.bulkPut([session(20, CLIENT)]);
  await db.coachNotes.bulkPut([note(30, CLIENT)]);
  for (const [clientId, displayName] of [
    [CLIENT, 'Jeroen'],
    [OTHER_CLIENT, 'Anouk'],
  ] as const) {
    await registerImport(db, {
      clientId,
      displayName,
      kind: 'client-export',
      bundleCreatedAt: '2026-03-01T10:00:00.000Z',
      importedAt: '2026-03-01T11:00:00.000Z',
      added: {},
      updated: {},
      deleted: {},
      ...(clientId === CLIENT ? { recipient: KEY } : {}),
    });
  }
  await db.clients.update(CLIENT, {
    alias: 'Jeroen (lab)',
    archivedAt: '2026-03-05T09:00:00.000Z',
  });
  return db;
}

/** The coach's backup of `db`, made as ExportScreen makes it, opened again. */
async function backupOf(db: KoersDexie): Promise<OpenedBundle> {
  const records = emptyRecords();
  records.diaryEntries = await db.diaryEntries.toArray();
  records.focusingSessions = await db.focusingSessions.toArray();
  records.coachNotes = await db.coachNotes.toArray();
  const prep = exportPreparation(records, 'backup', () => Promise.resolve());
  const manifest = manifestFor(
    {
      appVersion: '0.1.0',
      schemaVersion: 3,
      kind: 'backup',
      sender: { profileId: COACH, displayName: 'Coach', signingKey: COACH_SIGNER.publicKey },
      scope: { sections: ['diaryEntries', 'focusingSessions', 'coachNotes'] },
      clients: await backupClients(db),
      signingSecretKey: COACH_SIGNER.secretKey,
      deviceRole: 'coach',
    },
    prep.records,
  );
  const [bytes] = await Promise.all([
    encryptJson(
      payloadJson(manifest, await prep.json()),
      { type: 'recipients', recipients: [coachKey.recipient] },
      COACH_SIGNER,
    ),
    prep.checked(),
  ]);
  return importBundle(bytes, { type: 'identity', identity: coachKey.identity });
}

describe('a coach’s backup', () => {
  it('restores the client list with names, archive, keys and fresh counts', async () => {
    const payload = await backupOf(await coachDevice());
    expect(payload.manifest.clients?.map((client) => client.id).sort()).toEqual(
      [CLIENT, OTHER_CLIENT].sort(),
    );
    const restored = device();
    await commitImport(payload, restored, { device: deviceOf(null, 'coach') });
    const jeroen = await restored.clients.get(CLIENT);
    expect(jeroen).toMatchObject({
      displayName: 'Jeroen',
      alias: 'Jeroen (lab)',
      archivedAt: '2026-03-05T09:00:00.000Z',
      recipient: KEY,
      lastBundleAt: '2026-03-01T10:00:00.000Z',
    });
    expect(jeroen?.recordCounts).toMatchObject({ diaryEntries: 2, focusingSessions: 1 });
    expect((await restored.clients.get(OTHER_CLIENT))?.recordCounts).toMatchObject({
      diaryEntries: 1,
    });
    // A backup is the device itself: no import is logged.
    expect(await restored.importLog.count()).toBe(0);
  });

  it('keeps a client row the device already has (the coach’s own device, restoring)', async () => {
    const payload = await backupOf(await coachDevice());
    const current = device();
    const own = { ...deviceOf(COACH, 'coach'), ownKey: await knownKey(COACH_SIGNER) };
    await registerImport(current, {
      clientId: CLIENT,
      displayName: 'Jeroen',
      kind: 'client-export',
      bundleCreatedAt: '2026-04-01T10:00:00.000Z',
      importedAt: '2026-04-01T11:00:00.000Z',
      added: {},
      updated: {},
      deleted: {},
    });
    await current.clients.update(CLIENT, { alias: 'J.' });
    await commitImport(payload, current, { device: own });
    expect(await current.clients.get(CLIENT)).toMatchObject({
      alias: 'J.',
      lastBundleAt: '2026-04-01T10:00:00.000Z',
    });
    expect(await current.clients.count()).toBe(2);
  });

  it('leaves the client list out of every other kind of bundle', () => {
    const manifest = manifestFor(
      {
        appVersion: '0.1.0',
        schemaVersion: 3,
        kind: 'coach-return',
        sender: { profileId: COACH, displayName: 'Coach', signingKey: COACH_SIGNER.publicKey },
        scope: { sections: ['coachNotes'] },
        clients: [
          {
            id: CLIENT,
            displayName: 'Jeroen',
            firstImportAt: '2026-03-01T11:00:00.000Z',
            lastImportAt: '2026-03-01T11:00:00.000Z',
            lastBundleAt: '2026-03-01T10:00:00.000Z',
          },
        ],
      },
      emptyRecords(),
    );
    expect(manifest.clients).toBeUndefined();
  });
});
