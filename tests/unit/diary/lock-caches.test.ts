// Locking drops every decrypted cache of the diary: the search index of each owner and the
// cached first pages hold nothing after `keyHolder.lock()`; a screen still holding an index
// hears `loading`, and after unlock the index is built again from storage. When the key goes
// because the lock was turned off, no unlock follows: the index in use is built again at once.
// Which of the two it was, the tab's own connection says (its lock mode), not the shared hint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';
import { setLockMode } from '../../../src/db/lock-session';
import { offState } from '../../../src/db/lock-state';
import type { IndexedEntry } from '../../../src/domain/diary/indexed-entry';
import {
  diaryIndexCount,
  indexedEntriesOf,
  subscribeDiaryIndex,
  warmDiaryIndex,
} from '../../../src/features/diary/diary-index';
import { diaryRepository } from '../../../src/features/diary/diary-queries';
import {
  cachedFirstPage,
  cachedPageCount,
  rememberFirstPage,
} from '../../../src/features/diary/first-page-cache';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { keyHolder } from '../../../src/lock/key-holder';

const client = '66666666-6666-4666-8666-666666666666';
const other = '77777777-7777-4777-8777-777777777777';
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();
let counter = 0;

let db: KoersDexie;
let key: CryptoKey;

beforeEach(async () => {
  counter += 1;
  db = createDatabase(`lock-caches-test-${counter}`);
  setDatabase(db);
  key = await importDataKey(newDataKeyBytes());
  keyHolder.hold(key);
});
afterEach(() => {
  keyHolder.lock();
  setDatabase(undefined);
});

/** The lock on, stored and in the connection, as after an unlock (tests/unit/db/helpers.ts). */
async function lockOn(): Promise<void> {
  await db.open();
  await db.lockState.put({ ...offState(), state: 'on' });
  setLockMode(db, 'on');
}

const situations = (entries: readonly IndexedEntry[]) => entries.map((e) => e.entry.situation);

describe('locking', () => {
  it('empties the diary indexes and the first-page cache', async () => {
    // No hint in localStorage (Node has none, as a browser with storage blocked): the
    // connection's own mode is what tells a lock from the lock turned off.
    await lockOn();
    const one = await diaryRepository.create(client, { occurredAt: at(1), situation: 'een' });
    await diaryRepository.create(other, { occurredAt: at(2), situation: 'twee' });
    rememberFirstPage(client, { entries: [one], more: false });

    const states: string[] = [];
    const release = subscribeDiaryIndex(client, (state) => states.push(state.status));
    warmDiaryIndex(other);
    await expect
      .poll(() => situations(indexedEntriesOf(client)), { timeout: 10_000 })
      .toEqual(['een']);
    await expect
      .poll(() => situations(indexedEntriesOf(other)), { timeout: 10_000 })
      .toEqual(['twee']);
    expect(diaryIndexCount()).toBe(2);
    expect(cachedPageCount()).toBe(1);

    keyHolder.lock();
    // The index a screen still holds stays, empty; the other one is gone; no page is kept.
    expect(diaryIndexCount()).toBe(1);
    expect(indexedEntriesOf(client)).toEqual([]);
    expect(indexedEntriesOf(other)).toEqual([]);
    expect(states.at(-1)).toBe('loading');
    expect(cachedPageCount()).toBe(0);
    expect(cachedFirstPage(client)).toBeUndefined();

    // Locked with the lock on, the held index waits for the unlock: no error, no restart.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(states.at(-1)).toBe('loading');
    expect(states).not.toContain('error');

    // Unlocking builds the held index again from storage.
    keyHolder.hold(key);
    await expect
      .poll(() => situations(indexedEntriesOf(client)), { timeout: 10_000 })
      .toEqual(['een']);
    release();
    keyHolder.lock();
    expect(diaryIndexCount()).toBe(0);
  });

  it('builds the held index again at once when the key went because the lock was turned off', async () => {
    // The connection works with the lock off (as it does once the lock is turned off, here or
    // in another tab, before the key is dropped), and a key is still held.
    await diaryRepository.create(client, { occurredAt: at(1), situation: 'een' });
    const states: string[] = [];
    const release = subscribeDiaryIndex(client, (state) => states.push(state.status));
    await expect
      .poll(() => situations(indexedEntriesOf(client)), { timeout: 10_000 })
      .toEqual(['een']);

    keyHolder.lock();
    expect(indexedEntriesOf(client)).toEqual([]);
    // Ready again without an unlock, and a form written since is in it.
    await diaryRepository.create(client, { occurredAt: at(2), situation: 'twee' });
    await expect
      .poll(() => situations(indexedEntriesOf(client)), { timeout: 10_000 })
      .toEqual(['twee', 'een']);
    expect(states.at(-1)).toBe('ready');
    expect(keyHolder.unlocked).toBe(false);
    release();
  });
});
