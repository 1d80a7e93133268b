// The feature reads that walk Dexie queries themselves (the diary timeline, home's summary and
// glance) open sealed rows: with the lock on they answer exactly what they answer with the
// lock off, over the same example data.
import { afterEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { loadExampleData } from '../../../src/db/example-data';
import { dayKeyOf } from '../../../src/domain/dates';
import { timelinePage } from '../../../src/features/diary/diary-queries';
import { loadGlance } from '../../../src/features/home/glance-data';
import { loadHomeSummary } from '../../../src/features/home/summary';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { isSealed } from '../../../src/lock/envelope';
import { keyHolder } from '../../../src/lock/key-holder';
import { freshDatabase, OWNER, storeLockMode } from './helpers';

const now = new Date(2026, 11, 3, 12);
let db: KoersDexie;

async function readAll() {
  return {
    page: await timelinePage(OWNER, 50),
    summary: await loadHomeSummary(OWNER),
    glance: await loadGlance(OWNER, dayKeyOf(now)),
  };
}

afterEach(async () => {
  keyHolder.lock();
  await db.delete();
});

describe('feature reads under the lock', () => {
  it('answer the same with the lock on as with it off', async () => {
    db = freshDatabase();
    await loadExampleData(OWNER, now);
    const plain = await readAll();
    await db.delete();

    db = freshDatabase();
    await db.open();
    await storeLockMode(db, 'on');
    keyHolder.hold(await importDataKey(newDataKeyBytes()));
    await loadExampleData(OWNER, now);
    expect((await db.diaryEntries.toArray()).every((row) => isSealed(row))).toBe(true);
    const sealed = await readAll();

    expect(plain.page.entries.length).toBeGreaterThan(0);
    expect(plain.summary.recentDiary.length).toBe(3);
    expect(sealed).toEqual(plain);
  });
});

describe('reads and writes inside a transaction', () => {
  // In a browser, an await of a native promise inside a Dexie transaction (readTogether, a live
  // query, an update) loses the transaction; fake-indexeddb does not show it, so the promise
  // kind is checked here and the screens in the browser suite.
  it('open and seal with Dexie promises, never native ones', async () => {
    db = freshDatabase();
    const { default: Dexie } = await import('dexie');
    const { openRecords } = await import('../../../src/db/read');
    const { sealForWrite } = await import('../../../src/db/sealing');
    const opened = openRecords('diaryEntries', []);
    expect(opened).toBeInstanceOf(Dexie.Promise);
    const sealed = sealForWrite(db, 'diaryEntries', []);
    expect(sealed).toBeInstanceOf(Dexie.Promise);
    expect(await opened).toEqual([]);
    expect(await sealed).toEqual([]);
  });
});
