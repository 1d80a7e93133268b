// The in-memory diary index of one owner: their entries with folded search text, newest
// first, built once from IndexedDB and kept current by a Dexie live query (any tab, any write,
// imports included). After a save it reads only the records changed since, folds only changed
// revisions and moves only those in the sorted list, so a save costs neither a re-read nor a
// re-sort of 10,000 entries. Filters and search run on it in memory. One index per owner: a
// coach searching one client's diary reads that client's entries, not all fifty clients'.
import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LiveResult } from '../../db/live';
import { lockOffHere, openReadableRecords, recordTable, timelineOf } from '../../db/read';
import {
  compareNewestFirst,
  type IndexedEntry,
  indexEntry,
  insertSorted,
  removeSorted,
} from '../../domain/diary/indexed-entry';
import { toAppError } from '../../domain/errors';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { isLive } from '../../domain/records/live';
import { isLockError } from '../../lock/errors';
import { keyHolder } from '../../lock/key-holder';

type State = LiveResult<readonly IndexedEntry[]>;
type Listener = (state: State) => void;

/** How long an index keeps listening after the last screen using it closed. */
const LINGER_MS = 60_000;
/** Above this many changes at once (an import), sorting everything again is cheaper. */
const MOVE_LIMIT = 200;

class OwnerIndex {
  state: State = { status: 'loading' };
  private byId = new Map<string, IndexedEntry>();
  /** The live (not deleted) entries of `byId`, newest first. */
  private sorted: IndexedEntry[] = [];
  /**
   * Ids of the owner's entries that could not be opened (damaged under the app lock): out of
   * the index, but counted, so that the count of stored rows still adds up and does not make
   * every refresh read everything again.
   */
  private damaged = new Set<string>();
  /** The newest `updatedAt` seen: later changes are read on their own. */
  private since = '';
  private subscription: Subscription | undefined;
  private lingerTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly ownerId: string) {}

  /** How many of the owner's entries are left out as damaged. */
  get damagedCount(): number {
    return this.damaged.size;
  }

  get active(): boolean {
    return this.listeners.size > 0 || this.subscription !== undefined;
  }

  private publish(next: State) {
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  private sortAll() {
    this.sorted = [...this.byId.values()]
      .filter((item) => isLive(item.entry))
      .sort(compareNewestFirst);
  }

  private absorb(records: readonly DiaryEntryRecord[]) {
    const move = records.length <= MOVE_LIMIT;
    for (const record of records) {
      const previous = this.byId.get(record.id);
      const next = indexEntry(record, previous);
      this.byId.set(record.id, next);
      if (!move || next === previous) continue;
      if (previous && isLive(previous.entry)) removeSorted(this.sorted, previous);
      // Tombstones stay out of every list, search and insight.
      if (isLive(next.entry)) insertSorted(this.sorted, next);
    }
    if (!move) this.sortAll();
  }

  // Runs inside the live query: every write to the owner's range re-runs it, but it only reads
  // what changed since the last run. When the count shows a change it cannot explain (a hard
  // delete, an import of older records), it reads everything of the owner again.
  private readonly refresh = async (): Promise<readonly IndexedEntry[]> => {
    const table = recordTable('diaryEntries');
    const owned = () => timelineOf('diaryEntries', this.ownerId);
    const [count, changedRows] = await Promise.all([
      // Counts and the owner filter use plain fields only: sealed rows are opened after.
      owned().count(),
      this.since
        ? table
            .where('updatedAt')
            .aboveOrEqual(this.since)
            .filter((record) => record.ownerId === this.ownerId)
            .toArray()
        : Promise.resolve([]),
    ]);
    const changed = await openReadableRecords('diaryEntries', changedRows);
    this.absorb(changed.records);
    // From the rows as stored (plain), damaged ones too: none is read again on every refresh.
    for (const row of changedRows) if (row.updatedAt > this.since) this.since = row.updatedAt;
    for (const record of changed.records) this.damaged.delete(record.id);
    for (const id of changed.damaged) this.damaged.add(id);
    if (!this.since || this.byId.size + this.damaged.size !== count) {
      const rows = await owned().toArray();
      const all = await openReadableRecords('diaryEntries', rows);
      const previous = this.byId;
      this.byId = new Map();
      this.damaged = new Set(all.damaged);
      this.since = '';
      for (const record of all.records) {
        this.byId.set(record.id, indexEntry(record, previous.get(record.id)));
      }
      // From the rows as stored (plain): a damaged row's change is not read again next time.
      for (const row of rows) if (row.updatedAt > this.since) this.since = row.updatedAt;
      this.sortAll();
    }
    // A copy: screens keep the list they were given while the next change is folded in.
    return this.sorted.slice();
  };

  private start() {
    if (this.subscription) return;
    // A fresh start reads everything once, so nothing missed while idle stays missed.
    this.since = '';
    this.subscription = liveQuery(this.refresh).subscribe({
      next: (value) => this.publish({ status: 'ready', value }),
      error: (error: unknown) => {
        this.subscription = undefined;
        // Locked while reading: not an error, the index waits for the unlock that resumes it.
        if (isLockError(error, 'locked')) this.publish({ status: 'loading' });
        else this.publish({ status: 'error', error: toAppError(error) });
      },
    });
  }

  /**
   * Forgets every decrypted entry and stops listening (the app locked): screens still holding
   * the index hear `loading`. Returns whether a screen still holds it, to start it again
   * after unlock.
   */
  drop(): boolean {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.byId = new Map();
    this.damaged = new Set();
    this.sorted = [];
    this.since = '';
    this.publish({ status: 'loading' });
    return this.listeners.size > 0;
  }

  /** Starts again after unlock when a screen still holds the index. */
  resume(): void {
    if (this.listeners.size > 0) this.start();
  }

  retain(listener: Listener): () => void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    this.listeners.add(listener);
    this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      // Stay warm for a while: going to an entry and back should not rebuild the index.
      this.lingerTimer = setTimeout(() => {
        this.subscription?.unsubscribe();
        this.subscription = undefined;
        this.state = { status: 'loading' };
        this.byId = new Map();
        this.sorted = [];
        // A lock may have dropped this index and a new one taken its place.
        if (indexes.get(this.ownerId) === this) indexes.delete(this.ownerId);
      }, LINGER_MS);
    };
  }
}

const indexes = new Map<string, OwnerIndex>();

// Locking drops every index (decrypted text in memory); unlocking restarts those in use.
// The key also goes when the lock is turned off, here or in another tab: no unlock follows
// then, and a screen still showing (the gate stays open with the lock off) would wait for one
// forever, so the indexes in use start again at once, from the rows now stored plain.
keyHolder.subscribe((event) => {
  // This tab's own connection says whether the lock is now off (set before the key goes, on
  // both ways it is turned off); the shared hint in localStorage could be blocked or stale.
  const lockTurnedOff = event === 'locked' && indexes.size > 0 && lockOffHere();
  for (const [ownerId, index] of indexes) {
    if (event === 'unlocked') index.resume();
    else if (!index.drop()) indexes.delete(ownerId);
    else if (lockTurnedOff) index.resume();
  }
});

/**
 * How many of `ownerId`'s diary forms the index left out because they could not be opened
 * (damaged under the app lock); 0 before the index is built. Read as the index is published.
 */
export function damagedInDiaryIndex(ownerId: string): number {
  return indexes.get(ownerId)?.damagedCount ?? 0;
}

/** How many owners' indexes are in memory (tests: none after a lock). */
export function diaryIndexCount(): number {
  return indexes.size;
}

/** The entries `ownerId`'s index holds in memory now, without starting it (tests). */
export function indexedEntriesOf(ownerId: string): readonly IndexedEntry[] {
  const state = indexes.get(ownerId)?.state;
  return state?.status === 'ready' ? state.value : [];
}

function indexOf(ownerId: string): OwnerIndex {
  let index = indexes.get(ownerId);
  if (!index) {
    index = new OwnerIndex(ownerId);
    indexes.set(ownerId, index);
  }
  return index;
}

/** Calls `listener` with every state of `ownerId`'s index; returns the release function. */
export function subscribeDiaryIndex(ownerId: string, listener: Listener): () => void {
  const index = indexOf(ownerId);
  listener(index.state);
  return index.retain(listener);
}

/** `ownerId`'s live entries, newest first, or loading; `enabled: false` leaves it cold. */
export function useDiaryIndex(ownerId: string, enabled = true): State {
  // Peek without creating: a screen that never enables the index leaves no trace of it.
  const [current, setCurrent] = useState<State>(
    () => indexes.get(ownerId)?.state ?? { status: 'loading' },
  );
  useEffect(() => {
    if (!enabled) return;
    return subscribeDiaryIndex(ownerId, setCurrent);
  }, [ownerId, enabled]);
  return enabled ? current : { status: 'loading' };
}

/** Starts building `ownerId`'s index ahead of use (e.g. when the search field gets focus). */
export function warmDiaryIndex(ownerId: string): void {
  const index = indexOf(ownerId);
  if (index.active) return;
  index.retain(() => undefined)();
}
