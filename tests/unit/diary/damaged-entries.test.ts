// A damaged entry under the app lock (its sealed envelope no longer opens) does not hide the
// diary: the timeline shows the others and names the damaged one on its own page only, tells
// "more" by the rows as stored, the search index leaves it out without reading everything
// again on every change, and home still opens. What leaves the device reads strictly: a
// damaged row fails it rather than go missing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { allRecords, recordById, timelineOf } from '../../../src/db/read';
import { dayKeyOf } from '../../../src/domain/dates';
import type { IndexedEntry } from '../../../src/domain/diary/indexed-entry';
import { subscribeDiaryIndex } from '../../../src/features/diary/diary-index';
import { diaryRepository, timelinePage } from '../../../src/features/diary/diary-queries';
import { loadGlance } from '../../../src/features/home/glance-data';
import { loadHomeSummary } from '../../../src/features/home/summary';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { isLockError } from '../../../src/lock/errors';
import { keyHolder } from '../../../src/lock/key-holder';
import { freshDatabase, OWNER, storeLockMode } from '../db/helpers';

let db: KoersDexie;
let release: (() => void) | undefined;
const at = (day: number) => new Date(2026, 10, day, 9).toISOString();

beforeEach(async () => {
  db = freshDatabase();
  await db.open();
  await storeLockMode(db, 'on');
  keyHolder.hold(await importDataKey(newDataKeyBytes()));
  // Five entries, one a day: "dag 1" (oldest) to "dag 5" (newest).
  for (let day = 1; day <= 5; day++) {
    await diaryRepository.create(OWNER, { occurredAt: at(day), situation: `dag ${day}` });
  }
});
afterEach(async () => {
  release?.();
  release = undefined;
  keyHolder.lock();
  await db.delete();
});

/** The ids along the timeline, newest first. */
async function idsNewestFirst(): Promise<string[]> {
  return (await timelineOf('diaryEntries', OWNER).reverse().primaryKeys()) as string[];
}

/** Damages the stored envelope of the entry `id`: one byte of its ciphertext changed. */
async function damage(id: string): Promise<void> {
  const row = (await db.diaryEntries.get(id)) as unknown as { sealed: { ct: Uint8Array } };
  const ct = new Uint8Array(row.sealed.ct);
  ct[0] = (ct[0] ?? 0) ^ 0xff;
  await db.diaryEntries.put({ ...row, sealed: { ...row.sealed, ct } } as never);
}

const situations = (page: { entries: { situation: string }[] }) =>
  page.entries.map((entry) => entry.situation);

describe('a damaged entry under the lock', () => {
  it('is left out of its timeline page and named there, the others shown', async () => {
    const ids = await idsNewestFirst();
    await damage(ids[1] ?? '');
    const page = await timelinePage(OWNER, 50);
    expect(situations(page)).toEqual(['dag 5', 'dag 3', 'dag 2', 'dag 1']);
    expect(page.damaged).toEqual([ids[1]]);
    expect(page.more).toBe(false);
  });

  it('tells "more" by the rows as stored, and belongs to its own page only', async () => {
    const ids = await idsNewestFirst();
    // The third newest: beyond a page of two, it is the next page's.
    await damage(ids[2] ?? '');
    const first = await timelinePage(OWNER, 2);
    expect(situations(first)).toEqual(['dag 5', 'dag 4']);
    expect(first.more).toBe(true);
    expect(first.damaged).toBeUndefined();
    const two = await timelinePage(OWNER, 4);
    expect(situations(two)).toEqual(['dag 5', 'dag 4', 'dag 2', 'dag 1']);
    expect(two.damaged).toEqual([ids[2]]);
    // A page of four read five rows: one older entry exists, though it is already shown.
    expect(two.more).toBe(true);
    const all = await timelinePage(OWNER, 5);
    expect(all.more).toBe(false);
  });

  it('leaves home open: the glance and the summary show the others', async () => {
    const ids = await idsNewestFirst();
    await damage(ids[0] ?? '');
    const summary = await loadHomeSummary(OWNER);
    expect(summary.recentDiary.map((entry) => entry.situation)).toEqual(['dag 4', 'dag 3']);
    const glance = await loadGlance(OWNER, dayKeyOf(new Date(2026, 10, 5, 12)));
    expect(glance).toBeDefined();
  });

  it('fails what leaves the device rather than leave it out', async () => {
    const ids = await idsNewestFirst();
    await damage(ids[0] ?? '');
    const kinds: string[] = [];
    for (const read of [
      () => allRecords('diaryEntries'),
      () => recordById('diaryEntries', ids[0] ?? ''),
    ]) {
      try {
        await read();
        kinds.push('read');
      } catch (error) {
        kinds.push(isLockError(error) ? error.kind : String(error));
      }
    }
    expect(kinds).toEqual(['damaged-record', 'damaged-record']);
  });

  it('is out of the search index, which does not read everything again on each change', async () => {
    const ids = await idsNewestFirst();
    await damage(ids[1] ?? '');
    // Counts every read of the whole timeline (the index's full read walks this index).
    let fullReads = 0;
    const getAll = IDBIndex.prototype.getAll;
    const openCursor = IDBIndex.prototype.openCursor;
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      if (this.name === '[ownerId+occurredAt]') fullReads += 1;
      return getAll.apply(this, args);
    };
    IDBIndex.prototype.openCursor = function (
      this: IDBIndex,
      ...args: Parameters<IDBIndex['openCursor']>
    ) {
      if (this.name === '[ownerId+occurredAt]') fullReads += 1;
      return openCursor.apply(this, args);
    };
    try {
      let latest: readonly IndexedEntry[] = [];
      const waiting: Array<() => void> = [];
      release = subscribeDiaryIndex(OWNER, (state) => {
        if (state.status === 'ready') latest = state.value;
        for (const wake of waiting.splice(0)) wake();
      });
      const until = async (expected: string[]) => {
        for (let i = 0; i < 100; i++) {
          if (
            JSON.stringify(latest.map((item) => item.entry.situation)) === JSON.stringify(expected)
          )
            return;
          await new Promise<void>((resolve) => {
            waiting.push(resolve);
            setTimeout(resolve, 50);
          });
        }
        expect(latest.map((item) => item.entry.situation)).toEqual(expected);
      };
      await until(['dag 5', 'dag 3', 'dag 2', 'dag 1']);
      const afterBuild = fullReads;
      expect(afterBuild).toBeGreaterThan(0);
      await diaryRepository.create(OWNER, { occurredAt: at(6), situation: 'dag 6' });
      await until(['dag 6', 'dag 5', 'dag 3', 'dag 2', 'dag 1']);
      await diaryRepository.create(OWNER, { occurredAt: at(7), situation: 'dag 7' });
      await until(['dag 7', 'dag 6', 'dag 5', 'dag 3', 'dag 2', 'dag 1']);
      expect(fullReads).toBe(afterBuild);
    } finally {
      IDBIndex.prototype.getAll = getAll;
      IDBIndex.prototype.openCursor = openCursor;
    }
  });
});
