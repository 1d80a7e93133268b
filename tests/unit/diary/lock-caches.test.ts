// Locking drops every decrypted cache of the diary: the search index of each owner and the
// cached first pages hold nothing after `keyHolder.lock()`; a screen still holding an index
// hears `loading`, and after unlock the index is built again from storage. When the key goes
// because the lock was turned off, no unlock follows: the index in use is built again at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, setDatabase } from '../../../src/db/database';
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

beforeEach(async () => {
  counter += 1;
  setDatabase(createDatabase(`lock-caches-test-${counter}`));
  keyHolder.hold(await importDataKey(newDataKeyBytes()));
});
afterEach(() => {
  keyHolder.lock();
  setDatabase(undefined);
  vi.unstubAllGlobals();
});

/** The lock's hint in localStorage (src/features/lock/lock-hint.ts): on, as with the lock on. */
function hintLockOn(): void {
  const stored = new Map<string, string>([['koers.lock', 'on']]);
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
}

const situations = (entries: readonly IndexedEntry[]) => entries.map((e) => e.entry.situation);

describe('locking', () => {
  it('empties the diary indexes and the first-page cache', async () => {
    hintLockOn();
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

    // Locked with the lock on, the held index waits for the unlock (nothing to read without it).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(states.at(-1)).toBe('loading');

    // Unlocking builds the held index again from storage.
    keyHolder.hold(await importDataKey(newDataKeyBytes()));
    await expect
      .poll(() => situations(indexedEntriesOf(client)), { timeout: 10_000 })
      .toEqual(['een']);
    release();
    keyHolder.lock();
    expect(diaryIndexCount()).toBe(0);
  });

  it('builds the held index again at once when the key went because the lock was turned off', async () => {
    // No hint: the lock was turned off (here or in another tab) before the key was dropped.
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
