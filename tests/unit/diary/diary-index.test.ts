// The per-owner search index against a real (fake) IndexedDB: it holds one owner's live
// entries newest first, follows creates, edits, deletions and undo without a rebuild, and
// never shows another owner's entries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, getDatabase, setDatabase } from '../../../src/db/database';
import type { IndexedEntry } from '../../../src/domain/diary/indexed-entry';
import { subscribeDiaryIndex } from '../../../src/features/diary/diary-index';
import { diaryRepository } from '../../../src/features/diary/diary-queries';

const client = '66666666-6666-4666-8666-666666666666';
const other = '77777777-7777-4777-8777-777777777777';
let counter = 0;
let release: (() => void) | undefined;

beforeEach(() => {
  counter += 1;
  setDatabase(createDatabase(`diary-index-test-${counter}`));
});
afterEach(() => {
  release?.();
  release = undefined;
  setDatabase(undefined);
});

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();

/** Follows `ownerId`'s index; `next(check)` waits until a state passes `check`. */
function follow(ownerId: string) {
  let latest: readonly IndexedEntry[] | undefined;
  const waiting: Array<() => void> = [];
  release = subscribeDiaryIndex(ownerId, (state) => {
    if (state.status === 'ready') latest = state.value;
    for (const wake of waiting.splice(0)) wake();
  });
  const situations = () => latest?.map((item) => item.entry.situation);
  return {
    situations,
    async until(expected: string[]) {
      for (let i = 0; i < 100; i++) {
        if (JSON.stringify(situations()) === JSON.stringify(expected)) return;
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      expect(situations()).toEqual(expected);
    },
  };
}

describe('the diary index of one owner', () => {
  it('follows every write in order, and leaves other owners out', async () => {
    await diaryRepository.create(client, { occurredAt: at(2), situation: 'twee' });
    await diaryRepository.create(other, { occurredAt: at(3), situation: 'van een ander' });
    const index = follow(client);
    await index.until(['twee']);

    const one = await diaryRepository.create(client, { occurredAt: at(1), situation: 'een' });
    const four = await diaryRepository.create(client, { occurredAt: at(4), situation: 'vier' });
    await diaryRepository.create(other, { occurredAt: at(5), situation: 'nog een ander' });
    await index.until(['vier', 'twee', 'een']);

    // An edited moment moves the entry; a deletion takes it out; undo brings it back.
    await diaryRepository.update(one.id, { occurredAt: at(6) });
    await index.until(['een', 'vier', 'twee']);
    await diaryRepository.remove(four.id);
    await index.until(['een', 'twee']);
    await diaryRepository.restore(four.id);
    await index.until(['een', 'vier', 'twee']);
  });

  it('reads everything again when a record disappears without a tombstone', async () => {
    // Another owner than the first test's: an index lingers for a while after its last user.
    const owner = '88888888-8888-4888-8888-888888888888';
    const gone = await diaryRepository.create(owner, { occurredAt: at(2), situation: 'weg' });
    await diaryRepository.create(owner, { occurredAt: at(1), situation: 'blijft' });
    const index = follow(owner);
    await index.until(['weg', 'blijft']);
    await getDatabase().diaryEntries.delete(gone.id);
    await diaryRepository.create(owner, { occurredAt: at(3), situation: 'nieuw' });
    await index.until(['nieuw', 'blijft']);
  });
});
