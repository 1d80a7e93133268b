// The feature reads that walk Dexie queries themselves (the diary timeline, home's summary and
// glance) open sealed rows: with the lock on they answer exactly what they answer with the
// lock off, over the same example data. A damaged record is left out and reported, not the
// whole list failed.
import { afterEach, describe, expect, it } from 'vitest';
import { onDamagedRecords } from '../../../src/db/damaged-records';
import type { KoersDexie } from '../../../src/db/database';
import { loadExampleData } from '../../../src/db/example-data';
import { recordById, recordsById } from '../../../src/db/read';
import { dayKeyOf } from '../../../src/domain/dates';
import { timelinePage } from '../../../src/features/diary/diary-queries';
import { loadGlance } from '../../../src/features/home/glance-data';
import { loadHomeSummary } from '../../../src/features/home/summary';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { isSealed } from '../../../src/lock/envelope';
import { isLockError } from '../../../src/lock/errors';
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

describe('a damaged record under the lock', () => {
  it('is left out of lists and reported, while a read of it alone still says it is damaged', async () => {
    db = freshDatabase();
    await db.open();
    await storeLockMode(db, 'on');
    keyHolder.hold(await importDataKey(newDataKeyBytes()));
    await loadExampleData(OWNER, now);
    const whole = await timelinePage(OWNER, 50);
    const [victim, other] = whole.entries;
    if (victim === undefined || other === undefined) throw new Error('The example has entries');
    // One byte of its ciphertext changed, as a damaged disk would leave it.
    const row = (await db.diaryEntries.get(victim.id)) as unknown as { sealed: { ct: Uint8Array } };
    row.sealed.ct[0] = (row.sealed.ct[0] ?? 0) ^ 0xff;
    await db.diaryEntries.put(row as never);

    const heard: number[] = [];
    const stop = onDamagedRecords((count) => heard.push(count));
    try {
      const page = await timelinePage(OWNER, 50);
      expect(page.entries.map((entry) => entry.id)).toEqual(
        whole.entries.filter((entry) => entry.id !== victim.id).map((entry) => entry.id),
      );
      expect(await recordsById('diaryEntries', [victim.id, other.id])).toEqual([
        undefined,
        await recordById('diaryEntries', other.id),
      ]);
      let kind = 'opened';
      try {
        await recordById('diaryEntries', victim.id);
      } catch (error) {
        kind = isLockError(error) ? error.kind : String(error);
      }
      expect(kind).toBe('damaged-record');
      // Heard once: the same record found again is not news.
      expect(heard).toEqual([1]);
      // The row is kept as stored.
      expect(await db.diaryEntries.get(victim.id)).toEqual(row);
    } finally {
      stop();
    }
  });
});
