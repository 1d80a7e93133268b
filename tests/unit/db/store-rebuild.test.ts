// Rebuilding the store: every row of every table comes back exactly as stored (sealed rows
// untouched, the key not needed), the lock state is read again, the rescue copy and the
// journal are gone; a rebuild cut short at each stage is finished or undone by the next start
// without loss, and a journal without its rescue copy leaves the database alone.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';
import { loadExampleData } from '../../../src/db/example-data';
import { turnLockOn } from '../../../src/db/lock-control';
import { lockModeOf } from '../../../src/db/lock-session';
import { finishInterruptedRebuild } from '../../../src/db/rebuild-finish';
import type { RebuildJournal, RebuildStage } from '../../../src/db/rebuild-journal';
import { type RebuildStep, rebuildStore } from '../../../src/db/store-rebuild';
import { isSealed } from '../../../src/lock/envelope';
import type { PassphraseKdf } from '../../../src/lock/kdf';
import { keyHolder } from '../../../src/lock/key-holder';
import { setUpLock } from '../../../src/lock/setup';
import { freshDatabase, memoryJournal, OWNER } from './helpers';

const fast: PassphraseKdf = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const t0 = new Date('2026-11-02T08:00:00.000Z');

let db: KoersDexie;
let journal: RebuildJournal & { stages: RebuildStage[] };

/** Every raw row of every table, by table, in key order. */
async function everyRow(database: KoersDexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) out[table.name] = await table.toArray();
  return out;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '');
}

beforeEach(async () => {
  db = freshDatabase();
  await loadExampleData(OWNER, t0);
  await db.drafts.put({
    key: 'diary:new',
    value: { situation: 'Half' },
    savedAt: t0.toISOString(),
  });
  const lock = await setUpLock('lantaarn molen zeven', fast);
  keyHolder.hold(lock.key);
  await turnLockOn({ key: lock.key, wrappers: [lock.passphraseWrapper, lock.recoveryWrapper] });
  journal = memoryJournal();
});
afterEach(async () => {
  keyHolder.lock();
  await db.delete();
});

describe('rebuilding the store', () => {
  it('puts every row back as stored and reads the lock state again', async () => {
    const before = await everyRow(db);
    expect(before.diaryEntries?.length).toBeGreaterThan(0);
    expect(before.diaryEntries?.every((row) => isSealed(row as object))).toBe(true);
    const steps: RebuildStep[] = [];
    await rebuildStore(db, (step) => steps.push(step), journal);
    expect(steps).toEqual(['copying', 'deleting', 'restoring', 'done']);
    expect(journal.stages).toEqual(['copying', 'copied', 'restored']);
    expect(journal.read()).toBeUndefined();
    expect(db.isOpen()).toBe(true);
    expect(lockModeOf(db)).toBe('on');
    expect(await everyRow(db)).toEqual(before);
    expect(await databaseNames()).not.toContain(`${db.name}-rebuild`);
  });

  it('loses no write of another tab: the copy is read once every other connection is closed', async () => {
    // Another tab's connection, closing on `versionchange` as the app's tabs do.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    other.onversionchange = () => other.close();
    const late = { id: 'late-row', ownerId: OWNER, note: 'written after the copy' };
    // The moment after the copy is read: the rescue copy is being opened. The other tab writes
    // then. Either its write fails (its connection is closed, and it says so) or the row is in
    // the rebuilt store; never committed and lost.
    const factory = Object.getPrototypeOf(indexedDB) as IDBFactory;
    const open = factory.open;
    let lateWrite: 'failed' | 'issued' | undefined;
    factory.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === `${db.name}-rebuild` && lateWrite === undefined) {
        try {
          other.transaction('drafts', 'readwrite').objectStore('drafts').put({
            key: 'late',
            value: late,
            savedAt: t0.toISOString(),
          });
          lateWrite = 'issued';
        } catch {
          lateWrite = 'failed';
        }
      }
      return open.call(this, name, version);
    };
    try {
      await rebuildStore(db, () => undefined, journal);
    } finally {
      factory.open = open;
    }
    const kept = await db.drafts.get('late');
    expect(lateWrite === 'failed' || kept !== undefined, `late write ${lateWrite}`).toBe(true);
    expect(lateWrite).toBe('failed');
  });

  it('opens the store again, as it was, when the copy cannot be written', async () => {
    const before = await everyRow(db);
    // The rescue copy cannot be made (a full disk): its open fails.
    const factory = Object.getPrototypeOf(indexedDB) as IDBFactory;
    const open = factory.open;
    factory.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === `${db.name}-rebuild`) throw new DOMException('Disk full', 'QuotaExceededError');
      return open.call(this, name, version);
    };
    try {
      await expect(rebuildStore(db, () => undefined, journal)).rejects.toThrow();
    } finally {
      factory.open = open;
    }
    expect(journal.read()).toBeUndefined();
    expect(db.isOpen()).toBe(true);
    expect(lockModeOf(db)).toBe('on');
    expect(await everyRow(db)).toEqual(before);
  });

  it('is finished from the rescue copy when the tab closed after the delete', async () => {
    const before = await everyRow(db);
    const crash = new Error('tab closed');
    await expect(
      rebuildStore(
        db,
        (step) => {
          // The database is deleted by now; the rows are only in the rescue copy.
          if (step === 'restoring') throw crash;
        },
        journal,
      ),
    ).rejects.toBe(crash);
    expect(journal.read()).toBe('copied');

    expect(await finishInterruptedRebuild(db.name, journal)).toBe(true);
    expect(journal.read()).toBeUndefined();
    const reopened = createDatabase(db.name);
    setDatabase(reopened);
    expect(await everyRow(reopened)).toEqual(before);
    expect(await reopened.lockState.count()).toBe(1);
    expect(await databaseNames()).not.toContain(`${db.name}-rebuild`);
    reopened.close();
  });

  it('leaves the database as it was when the copy was not complete', async () => {
    const before = await everyRow(db);
    journal.write('copying');
    db.close();
    expect(await finishInterruptedRebuild(db.name, journal)).toBe(true);
    expect(journal.read()).toBeUndefined();
    await db.open();
    expect(await everyRow(db)).toEqual(before);
  });

  it('does not touch the database when the journal names a copy that is not there', async () => {
    const before = await everyRow(db);
    journal.write('copied');
    db.close();
    await expect(finishInterruptedRebuild(db.name, journal)).rejects.toThrow(/rescue copy/);
    expect(journal.read()).toBe('copied');
    await db.open();
    expect(await everyRow(db)).toEqual(before);
    await Dexie.delete(`${db.name}-rebuild`);
  });

  it('has nothing to finish without a journal', async () => {
    expect(await finishInterruptedRebuild(db.name, journal)).toBe(false);
  });
});
