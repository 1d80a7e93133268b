// A lock state row that does not parse fails the database's opening (fail closed), and the
// shell hears of it as `unreadable` so it can say so plainly. Nothing is written or deleted
// on the way: the row and the records stay as they were.
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';
import { onDatabaseMode } from '../../../src/db/database-mode';
import { UnreadableLockStateError } from '../../../src/db/lock-session';
import { Repository } from '../../../src/db/repository';
import { freshDatabase, OWNER } from './helpers';

const t0 = new Date('2026-11-02T08:00:00.000Z');
let db: KoersDexie;

afterEach(async () => {
  await db.delete();
});

/** The raw rows of `store`, read with IndexedDB itself (Dexie cannot open the database). */
function rawRows(name: string, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

describe('an unreadable lock state', () => {
  it('fails the opening, is reported as unreadable, and changes nothing', async () => {
    db = freshDatabase();
    await new Repository('diaryEntries').create(
      OWNER,
      { occurredAt: t0.toISOString(), situation: 'blijft staan' },
      t0,
    );
    // A torn write: the row is there, its state is not one the app knows.
    await db.lockState.put({ id: 'lock', state: 'half' } as never);
    const name = db.name;
    db.close();
    const entriesBefore = await rawRows(name, 'diaryEntries');

    const heard: string[] = [];
    const stop = onDatabaseMode((mode) => heard.push(mode));
    heard.length = 0; // only what this opening reports
    db = createDatabase(name);
    setDatabase(db);
    const failure = await db.open().then(
      () => undefined,
      (error: unknown) => error,
    );
    stop();

    // Dexie passes the failure on as it is, or wrapped as the opening's inner error.
    const inner = (failure as { inner?: unknown } | undefined)?.inner ?? failure;
    expect(inner).toBeInstanceOf(UnreadableLockStateError);
    expect(heard).toEqual(['unreadable']);
    db.close();
    expect(await rawRows(name, 'lockState')).toEqual([{ id: 'lock', state: 'half' }]);
    expect(await rawRows(name, 'diaryEntries')).toEqual(entriesBefore);
  });
});
