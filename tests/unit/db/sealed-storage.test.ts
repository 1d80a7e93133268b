// The app lock in storage: with the lock on, what a table stores holds no secret field value
// (the raw rows are scanned for a marker text) and reads give the records back; a sealed blob
// copied to another record does not open; locked, sealed reads and every write are refused;
// while the lock is turned on or off both shapes read; with the lock off nothing changes.
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOwnRecords } from '../../../src/db/bundle-export';
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';
import { loadExampleData } from '../../../src/db/example-data';
import { lockModeOf } from '../../../src/db/lock-session';
import { LOCK_STATE_ID } from '../../../src/db/lock-state';
import {
  allRecords,
  newestLive,
  ownerRecords,
  readTogether,
  recordById,
  recordsById,
} from '../../../src/db/read';
import { Repository, writeTogether } from '../../../src/db/repository';
import { buildExampleData } from '../../../src/domain/example';
import { recordSchemas, recordTypes } from '../../../src/domain/records';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { isLockError, type LockErrorKind } from '../../../src/lock/errors';
import { recordFields } from '../../../src/lock/fields';
import { keyHolder } from '../../../src/lock/key-holder';
import { freshDatabase, OWNER, storeLockMode } from './helpers';

const MARKER = 'zq7-MARKER-vlinder';
const diary = new Repository('diaryEntries');
const t0 = new Date('2026-11-02T08:00:00.000Z');
const t1 = new Date('2026-11-02T09:30:00.000Z');

let db: KoersDexie;

async function lockOn(mode: 'on' | 'turning-on' = 'on') {
  await db.open();
  await storeLockMode(db, mode);
  keyHolder.hold(await importDataKey(newDataKeyBytes()));
}

/** The stored row as IndexedDB keeps it, as text (bytes spelled out as numbers). */
async function rawText(table: string, id: string): Promise<string> {
  return JSON.stringify(await db.table(table).get(id));
}

async function failure(promise: Promise<unknown>): Promise<LockErrorKind> {
  try {
    await promise;
  } catch (error) {
    if (isLockError(error)) return error.kind;
    throw error;
  }
  throw new Error('expected a LockError');
}

beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  keyHolder.lock();
  await db.delete();
});

describe('with the lock on', () => {
  it('stores no secret field value, only plain fields and the envelope, and reads it back', async () => {
    await lockOn();
    const created = await diary.create(
      OWNER,
      { occurredAt: t0.toISOString(), situation: `Overleg ${MARKER}`, feelingIntensity: 7 },
      t0,
    );
    const updated = await diary.update(created.id, { thinking: `Ik dacht ${MARKER}` }, t1);
    expect(updated).toMatchObject({ rev: 2, situation: `Overleg ${MARKER}`, feelingIntensity: 7 });

    const raw = (await db.diaryEntries.get(created.id)) as unknown as Record<string, unknown>;
    expect(await rawText('diaryEntries', created.id)).not.toContain('MARKER');
    expect(Object.keys(raw).sort()).toEqual(
      ['id', 'ownerId', 'createdAt', 'updatedAt', 'rev', 'occurredAt', 'sealed'].sort(),
    );
    expect(raw.rev).toBe(2);

    expect(await recordById('diaryEntries', created.id)).toEqual(updated);
    expect(await diary.get(created.id)).toEqual(updated);
    expect(await recordsById('diaryEntries', [created.id, 'unknown'])).toEqual([
      updated,
      undefined,
    ]);
    expect(await ownerRecords('diaryEntries', OWNER)).toEqual([updated]);
    expect(await allRecords('diaryEntries')).toEqual([updated]);
    expect(await newestLive('diaryEntries', OWNER, 5)).toEqual([updated]);
  });

  it('keeps a transaction alive across the crypto: writes together, reads together', async () => {
    await lockOn();
    const a = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'Eerste' }, t0);
    const b = await diary.create(OWNER, { occurredAt: t1.toISOString(), situation: 'Tweede' }, t1);
    await writeTogether(['diaryEntries'], async () => {
      await diary.update(a.id, { situation: `Een ${MARKER}` }, t1);
      await diary.update(b.id, { situation: `Twee ${MARKER}` }, t1);
    });
    const [first, second] = await readTogether(['diaryEntries'], async () => [
      await recordById('diaryEntries', a.id),
      await recordById('diaryEntries', b.id),
    ]);
    expect(first).toMatchObject({ situation: `Een ${MARKER}`, rev: 2 });
    expect(second).toMatchObject({ situation: `Twee ${MARKER}`, rev: 2 });
    expect(await rawText('diaryEntries', a.id)).not.toContain('MARKER');
    expect(await rawText('diaryEntries', b.id)).not.toContain('MARKER');
  });

  it('gives a live query the opened records, and again after a sealed write', async () => {
    await lockOn();
    const entry = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'Een' }, t0);
    const seen: string[][] = [];
    const errors: unknown[] = [];
    const subscription = liveQuery(() => ownerRecords('diaryEntries', OWNER)).subscribe({
      next: (rows) => seen.push(rows.map((row) => row.situation)),
      error: (error: unknown) => errors.push(error),
    });
    try {
      await expect.poll(() => seen, { timeout: 10_000 }).toEqual([['Een']]);
      await diary.update(entry.id, { situation: 'Twee' }, t1);
      await expect.poll(() => seen.at(-1), { timeout: 10_000 }).toEqual(['Twee']);
    } finally {
      subscription.unsubscribe();
    }
    expect(errors).toEqual([]);
  });

  it('refuses a sealed blob copied onto another record as a damaged record', async () => {
    await lockOn();
    const a = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'A' }, t0);
    const b = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'B' }, t0);
    const rawA = (await db.diaryEntries.get(a.id)) as unknown as Record<string, unknown>;
    const rawB = (await db.diaryEntries.get(b.id)) as unknown as Record<string, unknown>;
    await db.table('diaryEntries').put({ ...rawB, sealed: rawA.sealed });
    expect(await failure(recordById('diaryEntries', b.id))).toBe('damaged-record');
    expect(await failure(diary.update(b.id, { situation: 'C' }))).toBe('damaged-record');
    // The record the blob came from still opens.
    expect(await recordById('diaryEntries', a.id)).toEqual(a);
  });

  it('seals the example data and gives a backup the plain records', async () => {
    await lockOn();
    const count = await loadExampleData(OWNER, t0);
    expect(count).toBeGreaterThan(20);
    for (const type of recordTypes) {
      const secret = new Set<string>(recordFields[type].secret as readonly string[]);
      for (const row of await db.table(type).toArray()) {
        expect(Object.hasOwn(row, 'sealed'), type).toBe(true);
        expect(
          Object.keys(row).filter((name) => secret.has(name)),
          type,
        ).toEqual([]);
      }
    }
    const example = buildExampleData(OWNER, t0);
    const backup = await loadOwnRecords(null);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    for (const type of recordTypes) {
      const expected = (example[type] ?? []).map((r) => recordSchemas[type].parse(r));
      expect([...backup[type]].sort(byId), type).toEqual([...expected].sort(byId));
    }
  });
});

describe('locked (the lock on, no key held)', () => {
  it('refuses sealed reads and every write, and still reads plain rows', async () => {
    const plain = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'P' }, t0);
    await lockOn();
    const sealed = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'S' }, t0);
    keyHolder.lock();

    expect(await failure(recordById('diaryEntries', sealed.id))).toBe('locked');
    expect(await failure(ownerRecords('diaryEntries', OWNER))).toBe('locked');
    expect(await failure(diary.get(sealed.id))).toBe('locked');
    expect(
      await failure(diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'N' })),
    ).toBe('locked');
    expect(await failure(diary.update(plain.id, { situation: 'Q' }))).toBe('locked');
    expect(await failure(loadExampleData(OWNER, t0))).toBe('locked');
    expect(await db.diaryEntries.count()).toBe(2);
    expect(await recordById('diaryEntries', plain.id)).toEqual(plain);
  });

  it('takes the lock state from the database as the connection opens', async () => {
    const name = db.name;
    await db.lockState.put({
      id: LOCK_STATE_ID,
      state: 'on',
      progress: {},
      changedAt: t0.toISOString(),
    });
    db.close();
    db = createDatabase(name);
    setDatabase(db);
    // The first use of a cold connection is a write: it must not slip out plain.
    expect(
      await failure(diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'N' })),
    ).toBe('locked');
    expect(lockModeOf(db)).toBe('on');
    expect(await db.diaryEntries.count()).toBe(0);
  });
});

describe('while the lock is turned on or off', () => {
  it('reads plain and sealed rows side by side, and seals every write while turning on', async () => {
    const plain = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'P' }, t0);
    await lockOn('turning-on');
    const sealed = await diary.create(OWNER, { occurredAt: t1.toISOString(), situation: 'S' }, t1);
    expect(await rawText('diaryEntries', plain.id)).not.toContain('"sealed"');
    expect(await rawText('diaryEntries', sealed.id)).toContain('"sealed"');
    // The ownerId index orders one owner's rows by id (random): compare in id order.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await ownerRecords('diaryEntries', OWNER)).sort(byId)).toEqual(
      [plain, sealed].sort(byId),
    );
    // Updating the plain one seals it.
    await diary.update(plain.id, { situation: `P ${MARKER}` }, t1);
    expect(await rawText('diaryEntries', plain.id)).not.toContain('MARKER');
  });

  it('writes plain while turning off, and still opens what is sealed', async () => {
    await lockOn();
    const sealed = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'S' }, t0);
    await storeLockMode(db, 'turning-off');
    const updated = await diary.update(sealed.id, { situation: `S ${MARKER}` }, t1);
    expect(await db.diaryEntries.get(sealed.id)).toEqual(updated);
    expect(await recordById('diaryEntries', sealed.id)).toEqual(updated);
  });
});

describe('with the lock off', () => {
  it('stores exactly the record, even while a key is held', async () => {
    await db.open();
    expect(lockModeOf(db)).toBe('off');
    keyHolder.hold(await importDataKey(newDataKeyBytes()));
    const entry = await diary.create(
      OWNER,
      { occurredAt: t0.toISOString(), situation: `Plain ${MARKER}` },
      t0,
    );
    expect(await db.diaryEntries.get(entry.id)).toEqual(entry);
    expect(await rawText('diaryEntries', entry.id)).toContain(MARKER);
  });
});
