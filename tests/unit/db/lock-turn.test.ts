// Turning the lock on and off over existing data: in batches, resumed after an interruption
// (a new connection, as after a closed tab), idempotent, and back to exactly the plain rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOwnRecords } from '../../../src/db/bundle-export';
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';
import { loadExampleData } from '../../../src/db/example-data';
import { lockModeOf, readLockState } from '../../../src/db/lock-session';
import { LOCK_STATE_ID } from '../../../src/db/lock-state';
import {
  beginTurnOff,
  beginTurnOn,
  LockTurnError,
  resumeTurn,
  runTurnBatch,
} from '../../../src/db/lock-turn';
import { Repository } from '../../../src/db/repository';
import { recordTypes } from '../../../src/domain/records';
import { isSealed } from '../../../src/lock/envelope';
import type { PassphraseKdf } from '../../../src/lock/kdf';
import { keyHolder } from '../../../src/lock/key-holder';
import { type NewLock, setUpLock } from '../../../src/lock/setup';
import { freshDatabase, OWNER } from './helpers';

const MARKER = 'zq7-MARKER-lantaarn';
// Tiny Argon2id parameters: the KDF's cost is not under test here (kdf.test.ts runs the real ones).
const fast: PassphraseKdf = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const t0 = new Date('2026-11-02T08:00:00.000Z');
const diary = new Repository('diaryEntries');

let db: KoersDexie;
let lock: NewLock;
let total: number;

/** Every raw row of every record table and of the drafts, by table. */
async function rawRows(): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const type of [...recordTypes, 'drafts']) out[type] = await db.table(type).toArray();
  return out;
}

function sealedCount(rows: Record<string, Record<string, unknown>[]>): number {
  return Object.values(rows)
    .flat()
    .filter((row) => isSealed(row)).length;
}

beforeEach(async () => {
  db = freshDatabase();
  total = await loadExampleData(OWNER, t0);
  await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: MARKER }, t0);
  // A draft typed before the lock: sealed by the turn like a record.
  await db.drafts.put({
    key: 'diary:new',
    value: { situation: MARKER },
    savedAt: t0.toISOString(),
  });
  total += 2;
  lock = await setUpLock('lantaarn molen zeven', fast);
  keyHolder.hold(lock.key);
});
afterEach(async () => {
  keyHolder.lock();
  await db.delete();
});

describe('turning the lock on', () => {
  it('seals every row in batches, resumes on a new connection and ends on', async () => {
    const plain = await loadOwnRecords(null);
    await beginTurnOn(db, [lock.passphraseWrapper, lock.recoveryWrapper], t0);
    expect(lockModeOf(db)).toBe('turning-on');
    expect(await db.lockKeys.count()).toBe(2);
    for (let i = 0; i < 3; i += 1) expect(await runTurnBatch(db, lock.key, 5, t0)).toBe(true);
    // Three batches of five along the tables in order: 15 rows sealed so far.
    expect(sealedCount(await rawRows())).toBe(15);

    // The tab closes; a new connection finds the turn under way and seals new writes.
    const name = db.name;
    db.close();
    db = createDatabase(name);
    setDatabase(db);
    const added = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'Nieuw' });
    expect(lockModeOf(db)).toBe('turning-on');
    expect(isSealed(await db.table('diaryEntries').get(added.id))).toBe(true);

    let batches = 0;
    await resumeTurn(db, lock.key, { batchSize: 5, onBatch: () => (batches += 1) });
    expect(batches).toBeGreaterThan(0);
    expect((await readLockState(db.lockState)).state).toBe('on');
    expect(lockModeOf(db)).toBe('on');
    const raw = await rawRows();
    expect(sealedCount(raw)).toBe(total + 1);
    expect(JSON.stringify(raw)).not.toContain('MARKER');
    const opened = await loadOwnRecords(null);
    expect(opened.diaryEntries).toContainEqual(added);
    expect({
      ...opened,
      diaryEntries: opened.diaryEntries.filter((r) => r.id !== added.id),
    }).toEqual(plain);
  });

  it('changes nothing when a batch runs twice', async () => {
    await beginTurnOn(db, [lock.passphraseWrapper, lock.recoveryWrapper], t0);
    await runTurnBatch(db, lock.key, 5, t0);
    const once = await rawRows();
    // As if the marker's move had been lost: the same batch again.
    await db.lockState.put({
      id: LOCK_STATE_ID,
      state: 'turning-on',
      progress: {},
      changedAt: t0.toISOString(),
    });
    await runTurnBatch(db, lock.key, 5, t0);
    expect(await rawRows()).toEqual(once);
    expect(sealedCount(once)).toBe(5);
  });

  it('refuses to start without both wrappers, or twice', async () => {
    await expect(beginTurnOn(db, [lock.passphraseWrapper], t0)).rejects.toBeInstanceOf(
      LockTurnError,
    );
    await expect(beginTurnOff(db, t0)).rejects.toBeInstanceOf(LockTurnError);
    await beginTurnOn(db, [lock.passphraseWrapper, lock.recoveryWrapper], t0);
    await expect(
      beginTurnOn(db, [lock.passphraseWrapper, lock.recoveryWrapper], t0),
    ).rejects.toBeInstanceOf(LockTurnError);
  });
});

describe('turning the lock off', () => {
  it('opens every row back to exactly its plain form, deletes the wrappers, ends off', async () => {
    const before = await rawRows();
    await beginTurnOn(db, [lock.passphraseWrapper, lock.recoveryWrapper], t0);
    await resumeTurn(db, lock.key, { batchSize: 7 });
    expect(sealedCount(await rawRows())).toBe(total);

    await beginTurnOff(db, t0);
    expect(lockModeOf(db)).toBe('turning-off');
    await runTurnBatch(db, lock.key, 7, t0);
    await resumeTurn(db, lock.key, { batchSize: 7 });
    expect(await rawRows()).toEqual(before);
    expect(await db.lockKeys.count()).toBe(0);
    expect((await readLockState(db.lockState)).state).toBe('off');
    expect(lockModeOf(db)).toBe('off');
    expect(await runTurnBatch(db, lock.key, 7, t0)).toBe(false);
  });
});
