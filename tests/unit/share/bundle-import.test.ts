// Committing an import to Dexie: all or nothing, idempotent, never touching other owners,
// and an older bundle never overwriting newer data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPayload } from '../../../src/bundle/bundle';
import { BundleError } from '../../../src/bundle/errors';
import { emptyRecords } from '../../../src/bundle/format';
import { summarizePlan } from '../../../src/bundle/merge';
import type { OpenedBundle } from '../../../src/bundle/signed-payload';
import { isDatabaseEmpty, latestOwnChange, loadOwnRecords } from '../../../src/db/bundle-export';
import {
  type CommitOptions,
  commitImport as commit,
  countOwned,
  type ImportDevice,
  previewImport as preview,
} from '../../../src/db/bundle-import';
import { createDatabase, type KoersDexie } from '../../../src/db/database';
import { deviceOf, knownKey, SIGNER } from '../bundle/helpers';

const CLIENT = '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const COACH = '7c1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5c';

/**
 * These tests are about merging, not signatures: their files are unsigned (accepted as after
 * the preview's warning) and go to a coach's device, unless a test says otherwise.
 */
const COACH_DEVICE = deviceOf(COACH, 'coach');
const commitImport = (
  opened: OpenedBundle,
  db: KoersDexie,
  options: CommitOptions = { device: COACH_DEVICE, acceptUnsigned: true },
) => commit(opened, db, options);
const previewImport = (opened: OpenedBundle, db: KoersDexie) => preview(opened, db, COACH_DEVICE);

/** The client's own device, with the key that signs its files. */
async function clientDevice(): Promise<ImportDevice> {
  return { ...deviceOf(CLIENT, 'client'), ownKey: await knownKey(SIGNER) };
}

function theme(n: number, owner = CLIENT, extra: Record<string, unknown> = {}) {
  return {
    id: `3b7d3b52-4a0e-4c69-9f5e-6f3c8d9a1b2${n}`,
    ownerId: owner,
    createdAt: '2026-11-02T08:15:00.000Z',
    updatedAt: '2026-11-02T08:15:00.000Z',
    rev: 1,
    title: `Theme ${n}`,
    valuationIds: [],
    goals: [],
    actionPoints: [],
    phase: 'attending',
    phaseHistory: [{ phase: 'attending', since: '2026-11-02T08:15:00.000Z' }],
    ...extra,
  };
}

function payload(
  themes: ReturnType<typeof theme>[],
  sender = CLIENT,
  kind: 'client-export' | 'backup' = 'client-export',
): OpenedBundle {
  const records = emptyRecords();
  records.themes = themes as typeof records.themes;
  const built = buildPayload({
    appVersion: '0.1.0',
    schemaVersion: 1,
    kind,
    createdAt: '2026-11-24T10:00:00.000Z',
    sender: { profileId: sender, displayName: 'Ruud', signingKey: SIGNER.publicKey },
    scope: { sections: ['themes'] },
    records,
  });
  return { ...built, signature: { state: 'unsigned' } };
}

let db: KoersDexie;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`share-import-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const snapshot = async () => JSON.stringify(await db.themes.toArray());

describe('commitImport registers the import', () => {
  it('adds the client with the public key from the manifest, and logs what was new', async () => {
    const p = payload([theme(1), theme(2)]);
    p.manifest.sender.recipient = 'age1xusca0dc24cqpc0vk5xmqd6hnk6dv63k9zsf4p7yt2ye9gvf2qzq0v425q';
    await commitImport(p, db);
    const client = (await db.clients.get(CLIENT)) as { displayName: string; recipient?: string };
    expect(client.displayName).toBe('Ruud');
    expect(client.recipient).toBe(p.manifest.sender.recipient);
    const log = await db.importLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]?.added.themes?.sort()).toEqual([theme(1).id, theme(2).id].sort());
    // The same bundle again: logged, nothing new.
    await commitImport(p, db);
    const second = (await db.importLog.orderBy('importedAt').toArray()).at(-1);
    expect(second?.added).toEqual({});
  });

  it('does not log a backup', async () => {
    await commitImport(payload([theme(1)], CLIENT, 'backup'), db, {
      device: deviceOf(null, 'client'),
      acceptUnsigned: true,
    });
    expect(await db.clients.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
  });
});

describe('commitImport of a backup', () => {
  it('restores records of every owner, and never replaces a record held by another owner', async () => {
    // The coach's note on the client's phone is owned by the coach: a backup carries it.
    await db.themes.put(theme(3, COACH, { title: 'Held here by the coach' }) as never);
    const backup = payload(
      [theme(1, CLIENT), theme(2, COACH), theme(3, CLIENT, { title: 'Same id, other owner' })],
      CLIENT,
      'backup',
    );
    // The client's own backup, signed by the device's own key, on the client's own device.
    const own = await knownKey(SIGNER);
    await commitImport({ ...backup, signature: { state: 'signed', ...own } }, db, {
      device: await clientDevice(),
    });
    expect((await db.themes.get(theme(1).id))?.ownerId).toBe(CLIENT);
    expect((await db.themes.get(theme(2).id))?.ownerId).toBe(COACH);
    expect((await db.themes.get(theme(3).id))?.title).toBe('Held here by the coach');
  });

  it('still refuses records of others in a client export', async () => {
    await expect(
      commitImport(payload([theme(1, CLIENT), theme(2, COACH)]), db),
    ).rejects.toBeInstanceOf(BundleError);
    expect(await db.themes.count()).toBe(0);
  });
});

describe('commitImport', () => {
  it('adds new records, and importing the same bundle twice changes nothing', async () => {
    const p = payload([theme(1), theme(2)]);
    expect(summarizePlan((await previewImport(p, db)).plan).added).toBe(2);
    expect(await db.themes.count()).toBe(0); // the preview wrote nothing
    await commitImport(p, db);
    const after = await snapshot();
    const second = summarizePlan((await commitImport(p, db)).plan);
    expect(second).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 2, skipped: 0 });
    expect(await snapshot()).toBe(after);
  });

  it('never lets an older bundle overwrite newer data, and takes newer versions', async () => {
    await commitImport(payload([theme(1, CLIENT, { rev: 3, title: 'Newer' })]), db);
    const old = summarizePlan(
      (await commitImport(payload([theme(1, CLIENT, { rev: 2 })]), db)).plan,
    );
    expect(old.skipped).toBe(1);
    expect((await db.themes.toArray())[0]?.title).toBe('Newer');
    await commitImport(payload([theme(1, CLIENT, { rev: 4, title: 'Newest' })]), db);
    expect((await db.themes.toArray())[0]?.title).toBe('Newest');
  });

  it('applies tombstones', async () => {
    await commitImport(payload([theme(1)]), db);
    await commitImport(
      payload([theme(1, CLIENT, { rev: 2, deletedAt: '2026-11-03T00:00:00.000Z' })]),
      db,
    );
    expect((await db.themes.toArray())[0]?.deletedAt).toBe('2026-11-03T00:00:00.000Z');
  });

  it("never touches another owner's record with the same id (e.g. the coach's own)", async () => {
    await db.themes.put(theme(1, COACH, { title: 'Coach note', rev: 1 }) as never);
    const result = await commitImport(
      payload([theme(1, CLIENT, { rev: 9, title: 'Hostile' })]),
      db,
    );
    expect(result.foreign.themes).toBe(1);
    const held = await db.themes.get(theme(1).id);
    expect(held?.ownerId).toBe(COACH);
    expect(held?.title).toBe('Coach note');
  });

  it('keeps each client’s records apart by owner', async () => {
    const other = '5d1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5d';
    await commitImport(payload([theme(1)]), db);
    await commitImport(payload([theme(2, other)], other), db);
    expect(await countOwned(CLIENT, db)).toBe(1);
    expect(await countOwned(other, db)).toBe(1);
    expect((await loadOwnRecords(other, db)).themes.map((r) => r.id)).toEqual([theme(2).id]);
  });

  it('refuses records that do not belong to the sender, writing nothing', async () => {
    const p = payload([theme(1), theme(2, COACH)]);
    const before = await snapshot();
    const error = await commitImport(p, db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).kind).toBe('invalid-contents');
    expect((error as BundleError).details.path).toBe('records.themes[1].ownerId');
    expect(await snapshot()).toBe(before);
  });

  it('is all or nothing when a write fails midway', async () => {
    await commitImport(payload([theme(1)]), db);
    const before = await snapshot();
    const p = payload([theme(1, CLIENT, { rev: 2, title: 'Changed' }), theme(2)]);
    // Make the second table write fail inside the transaction.
    const original = db.themes.bulkPut.bind(db.themes);
    db.themes.bulkPut = (async () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    }) as never;
    const error = await commitImport(p, db).catch((e: unknown) => e);
    db.themes.bulkPut = original;
    expect((error as { kind?: string }).kind).toBe('storage-full');
    expect(await snapshot()).toBe(before);
  });
});

describe('export queries', () => {
  it('reports an empty database and the latest own change', async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await commitImport(payload([theme(1, CLIENT, { updatedAt: '2026-11-05T00:00:00.000Z' })]), db);
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(await latestOwnChange(CLIENT, db)).toBe('2026-11-05T00:00:00.000Z');
    expect(await latestOwnChange(COACH, db)).toBeNull();
  });
});
