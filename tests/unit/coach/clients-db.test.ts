// Integration with fake-indexeddb: registering imports, the list, and removing a client
// removes exactly that client's data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupClients,
  clientDraftPrefix,
  listClients,
  planRemoval,
  registerImport,
  removeClient,
  removeExampleClient,
  renameClient,
  setArchived,
} from '../../../src/db/clients';
import type { KoersDexie } from '../../../src/db/database';
import { freshDatabase } from '../db/helpers';
import {
  assignment,
  CLIENT,
  COACH,
  diary,
  investigation,
  note,
  OTHER_CLIENT,
  questionSet,
  session,
  uuid,
  valuation,
} from './records';

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const register = (clientId: string, at: string, fields = {}) =>
  registerImport(db, {
    clientId,
    displayName: clientId === CLIENT ? 'Jeroen' : 'Anouk',
    kind: 'client-export',
    bundleCreatedAt: at,
    importedAt: at,
    added: {},
    updated: {},
    deleted: {},
    ...fields,
  });

async function seed() {
  const inv = investigation(30, CLIENT);
  await db.diaryEntries.bulkAdd([
    diary(1, CLIENT),
    diary(2, CLIENT, { deletedAt: '2026-03-02T00:00:00.000Z' }),
    diary(3, OTHER_CLIENT),
    diary(4, COACH),
  ]);
  await db.focusingSessions.bulkAdd([session(5, CLIENT), session(6, OTHER_CLIENT)]);
  await db.investigations.add(inv);
  await db.valuations.add(valuation(31, CLIENT, inv.id));
  await db.coachNotes.bulkAdd([
    note(40, CLIENT),
    note(41, OTHER_CLIENT),
    note(42, CLIENT, { targetId: uuid(1), targetType: 'diaryEntries' }),
  ]);
  await db.assignments.bulkAdd([assignment(50, CLIENT), assignment(51, OTHER_CLIENT)]);
  await db.questionSets.bulkAdd([questionSet(60, CLIENT), questionSet(61, OTHER_CLIENT)]);
  await db.drafts.bulkAdd([
    { key: `${clientDraftPrefix(CLIENT)}note`, value: 'x', savedAt: '2026-03-01T00:00:00.000Z' },
    {
      key: `${clientDraftPrefix(OTHER_CLIENT)}note`,
      value: 'y',
      savedAt: '2026-03-01T00:00:00.000Z',
    },
    { key: 'diary:new', value: 'z', savedAt: '2026-03-01T00:00:00.000Z' },
  ]);
  await register(CLIENT, '2026-03-01T10:00:00.000Z');
  await register(OTHER_CLIENT, '2026-03-01T11:00:00.000Z');
}

describe('registerImport', () => {
  it('creates the client with live counts, and updates it on the next import', async () => {
    await seed();
    const first = await db.clients.get(CLIENT);
    expect(first).toMatchObject({
      displayName: 'Jeroen',
      firstImportAt: '2026-03-01T10:00:00.000Z',
      lastBundleAt: '2026-03-01T10:00:00.000Z',
      recordCounts: { diaryEntries: 1, focusingSessions: 1, investigations: 1, valuations: 1 },
    });
    await renameClient(CLIENT, 'J. (lab)', db);
    await register(CLIENT, '2026-03-08T10:00:00.000Z', {
      displayName: 'Jeroen B.',
      added: { diaryEntries: [uuid(7)] },
    });
    const second = await db.clients.get(CLIENT);
    expect(second).toMatchObject({
      displayName: 'Jeroen B.',
      alias: 'J. (lab)',
      firstImportAt: '2026-03-01T10:00:00.000Z',
      lastImportAt: '2026-03-08T10:00:00.000Z',
    });
    expect(await db.importLog.where('clientId').equals(CLIENT).count()).toBe(2);
  });

  it('joins the caller transaction: a failing import leaves no log and no client', async () => {
    await expect(
      db.transaction('rw', [...db.tables], async () => {
        await register(CLIENT, '2026-03-01T10:00:00.000Z');
        throw new Error('merge failed');
      }),
    ).rejects.toThrow('merge failed');
    expect(await db.clients.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
  });

  it('logs a coach-return bundle without making a client of the coach', async () => {
    await register(COACH, '2026-03-01T10:00:00.000Z', { kind: 'coach-return' });
    expect(await db.clients.count()).toBe(0);
    expect(await db.importLog.count()).toBe(1);
  });
});

describe('listClients', () => {
  it('lists every client with counts and the newest import', async () => {
    await seed();
    await register(CLIENT, '2026-03-08T10:00:00.000Z', { added: { diaryEntries: [uuid(9)] } });
    await setArchived(OTHER_CLIENT, true, new Date('2026-03-09T00:00:00.000Z'), db);
    const items = await listClients(db);
    const mine = items.find((i) => i.client.id === CLIENT);
    expect(mine?.counts.diaryEntries).toBe(1);
    expect(mine?.latest?.importedAt).toBe('2026-03-08T10:00:00.000Z');
    expect(items.find((i) => i.client.id === OTHER_CLIENT)?.client.archivedAt).toBe(
      '2026-03-09T00:00:00.000Z',
    );
  });
});

describe('archive', () => {
  it('archives and unarchives on the client row; the client’s data stays', async () => {
    await seed();
    await register(CLIENT, '2026-03-08T10:00:00.000Z');
    const before = await db.diaryEntries.count();
    await setArchived(CLIENT, true, new Date('2026-03-09T00:00:00.000Z'), db);
    expect((await db.clients.get(CLIENT))?.archivedAt).toBe('2026-03-09T00:00:00.000Z');
    expect(await db.diaryEntries.count()).toBe(before);
    await setArchived(CLIENT, false, new Date('2026-03-10T00:00:00.000Z'), db);
    expect((await db.clients.get(CLIENT))?.archivedAt).toBeUndefined();
  });

  it('brings an archived client back with their next file', async () => {
    await register(CLIENT, '2026-03-08T10:00:00.000Z');
    await setArchived(CLIENT, true, new Date('2026-03-09T00:00:00.000Z'), db);
    await register(CLIENT, '2026-03-20T10:00:00.000Z', { added: { diaryEntries: [uuid(9)] } });
    const row = await db.clients.get(CLIENT);
    expect(row?.archivedAt).toBeUndefined();
    expect(row?.lastImportAt).toBe('2026-03-20T10:00:00.000Z');
  });

  it('keeps a client archived when only the coach’s own return bundle is logged', async () => {
    await register(CLIENT, '2026-03-08T10:00:00.000Z');
    await setArchived(CLIENT, true, new Date('2026-03-09T00:00:00.000Z'), db);
    await register(COACH, '2026-03-20T10:00:00.000Z', { kind: 'coach-return' });
    expect((await db.clients.get(CLIENT))?.archivedAt).toBe('2026-03-09T00:00:00.000Z');
  });

  it('fails for an unknown client', async () => {
    await expect(setArchived(uuid(77), true, new Date(), db)).rejects.toThrow();
  });
});

describe('removeClient', () => {
  it('plans and removes exactly the client records, notes, assignments, question sets, log and drafts', async () => {
    await seed();
    const before = await Promise.all(db.tables.map((t) => t.count()));
    const plan = await planRemoval(CLIENT, db);
    expect(plan).toMatchObject({
      diaryEntries: 2,
      focusingSessions: 1,
      investigations: 1,
      valuations: 1,
      coachNotes: 2,
      assignments: 1,
      questionSets: 1,
      importLog: 1,
    });
    expect(await removeClient(CLIENT, db)).toEqual(plan);

    expect(await db.clients.get(CLIENT)).toBeUndefined();
    for (const table of db.tables) {
      if (table.name === 'drafts' || table.name === 'clients') continue;
      const rows = await table.toArray();
      for (const row of rows as { ownerId?: string; clientId?: string }[]) {
        expect(row.ownerId).not.toBe(CLIENT);
        expect(row.clientId).not.toBe(CLIENT);
      }
    }
    // Everything else is still there, row for row.
    expect((await db.diaryEntries.toArray()).map((r) => r.id)).toEqual([uuid(3), uuid(4)]);
    expect((await db.coachNotes.toArray()).map((r) => r.id)).toEqual([uuid(41)]);
    expect((await db.assignments.toArray()).map((r) => r.id)).toEqual([uuid(51)]);
    expect((await db.questionSets.toArray()).map((r) => r.id)).toEqual([uuid(61)]);
    expect((await db.drafts.toArray()).map((r) => r.key).sort()).toEqual([
      `${clientDraftPrefix(OTHER_CLIENT)}note`,
      'diary:new',
    ]);
    expect(await db.clients.get(OTHER_CLIENT)).toBeDefined();
    const after = await Promise.all(db.tables.map((t) => t.count()));
    const removedTotal = before.reduce((a, b) => a + b, 0) - after.reduce((a, b) => a + b, 0);
    // Records and log from the plan, plus one draft and the client row.
    const planned = Object.values(plan).reduce((a, b) => a + (b ?? 0), 0);
    expect(removedTotal).toBe(planned + 2);
  });
});

describe('scale', () => {
  it('lists clients from their rows and the log, without reading their records', async () => {
    await seed();
    // The counts kept at import stand even when the records are gone, which shows the list
    // never walks a client's records (50 clients with a year of data stay one small read).
    await db.diaryEntries.clear();
    const items = await listClients(db);
    expect(items.find((i) => i.client.id === CLIENT)?.counts.diaryEntries).toBe(1);
  });

  it('falls back to index counts for a row made without kept counts', async () => {
    await seed();
    await db.clients.update(CLIENT, { recordCounts: undefined } as never);
    const items = await listClients(db);
    // The index count includes the tombstone: 2 rows carry this owner.
    expect(items.find((i) => i.client.id === CLIENT)?.counts.diaryEntries).toBe(2);
  });
});

describe('the example client', () => {
  it('is left out of a backup and removed with its pinned key in one step', async () => {
    await register(CLIENT, '2026-03-01T09:00:00.000Z');
    await register(OTHER_CLIENT, '2026-03-01T09:00:00.000Z');
    const row = await db.clients.get(OTHER_CLIENT);
    await db.clients.put({ ...(row ?? { id: OTHER_CLIENT }), example: true } as typeof row & {});
    const pin = {
      displayName: 'x',
      signingKey: 'AAAA',
      fingerprint: 'FP',
      pinnedAt: '2026-03-01T09:00:00.000Z',
    };
    await db.senderKeys.bulkAdd([
      { ...pin, profileId: CLIENT },
      { ...pin, profileId: OTHER_CLIENT },
    ]);
    await db.diaryEntries.bulkAdd([diary(10, CLIENT), diary(11, OTHER_CLIENT)]);

    expect((await backupClients(db)).map((c) => c.id)).toEqual([CLIENT]);
    // Not the example: nothing is removed.
    expect(await removeExampleClient(CLIENT, db)).toEqual({});
    expect(await db.clients.get(CLIENT)).toBeDefined();

    const removed = await removeExampleClient(OTHER_CLIENT, db);
    expect(removed.diaryEntries).toBe(1);
    expect(await db.clients.get(OTHER_CLIENT)).toBeUndefined();
    expect(await db.senderKeys.get(OTHER_CLIENT)).toBeUndefined();
    expect(await db.senderKeys.get(CLIENT)).toBeDefined();
    expect(await db.diaryEntries.count()).toBe(1);
  });
});
