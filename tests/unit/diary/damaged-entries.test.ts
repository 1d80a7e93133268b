// A damaged entry under the app lock (its sealed envelope no longer opens) does not hide the
// diary: the timeline shows the others and names the damaged one on its own page only, tells
// "more" only when an older one is left, the search index leaves it out without reading everything
// again on every change, and home still opens. What leaves the device reads strictly: a
// damaged row fails it rather than go missing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOwnRecords } from '../../../src/db/bundle-export';
import type { KoersDexie } from '../../../src/db/database';
import { allRecords, recordById, timelineOf } from '../../../src/db/read';
import { dayKeyOf } from '../../../src/domain/dates';
import type { IndexedEntry } from '../../../src/domain/diary/indexed-entry';
import { damagedInDiaryIndex, subscribeDiaryIndex } from '../../../src/features/diary/diary-index';
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

  it('belongs to its own page only', async () => {
    const ids = await idsNewestFirst();
    // The third newest: beyond a page of two, it is the next page's.
    await damage(ids[2] ?? '');
    const first = await timelinePage(OWNER, 2);
    expect(situations(first)).toEqual(['dag 5', 'dag 4']);
    expect(first.more).toBe(true);
    expect(first.damaged).toBeUndefined();
  });

  it('tells "more" only when an older entry is left to show', async () => {
    const ids = await idsNewestFirst();
    await damage(ids[1] ?? '');
    // Four rows read for a page of three: one damaged, three shown; "dag 1" is still older.
    const three = await timelinePage(OWNER, 3);
    expect(situations(three)).toEqual(['dag 5', 'dag 3', 'dag 2']);
    expect(three.damaged).toEqual([ids[1]]);
    expect(three.more).toBe(true);
    // Five rows read for a page of four: every one shown or named; nothing older is left.
    const four = await timelinePage(OWNER, 4);
    expect(situations(four)).toEqual(['dag 5', 'dag 3', 'dag 2', 'dag 1']);
    expect(four.more).toBe(false);
  });

  it('leaves home open: the glance and the summary show the others', async () => {
    const ids = await idsNewestFirst();
    await damage(ids[0] ?? '');
    const summary = await loadHomeSummary(OWNER);
    expect(summary.recentDiary.map((entry) => entry.situation)).toEqual(['dag 4', 'dag 3']);
    const glance = await loadGlance(OWNER, dayKeyOf(new Date(2026, 10, 5, 12)));
    // The four readable forms of that week, the damaged newest one left out.
    expect(glance.diary.map((entry) => entry.occurredAt).sort()).toEqual(
      [1, 2, 3, 4].map((day) => at(day)),
    );
  });

  it('fails what leaves the device rather than leave it out', async () => {
    const ids = await idsNewestFirst();
    await damage(ids[0] ?? '');
    const kinds: string[] = [];
    // A backup and an export read every record through loadOwnRecords.
    const reads = [
      () => loadOwnRecords(null),
      () => loadOwnRecords(OWNER),
      () => allRecords('diaryEntries'),
      () => recordById('diaryEntries', ids[0] ?? ''),
    ];
    for (const read of reads) {
      try {
        await read();
        kinds.push('read');
      } catch (error) {
        kinds.push(isLockError(error) ? error.kind : String(error));
      }
    }
    expect(kinds).toEqual(['damaged-record', 'damaged-record', 'damaged-record', 'damaged-record']);
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
      expect(damagedInDiaryIndex(OWNER)).toBe(1);
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
