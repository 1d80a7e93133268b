// The in-memory diary index: every entry with its folded search text, newest first, built
// once from IndexedDB and kept current by a Dexie live query (any tab, any write, imports
// included). After a save it reads only the records changed since, folds only changed
// revisions and moves only those in the sorted list, so a save costs neither a re-read nor a
// re-sort of 10,000 entries. Filters and search run on it in memory.
import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../db/database';
import type { LiveResult } from '../../db/live';
import {
  compareNewestFirst,
  type IndexedEntry,
  indexEntry,
  insertSorted,
  removeSorted,
} from '../../domain/diary/indexed-entry';
import { toAppError } from '../../domain/errors';
import type { DiaryEntryRecord } from '../../domain/records/diary';

type State = LiveResult<readonly IndexedEntry[]>;
type Listener = (state: State) => void;

/** How long the index keeps listening after the last screen using it closed. */
const LINGER_MS = 60_000;

let state: State = { status: 'loading' };
let byId = new Map<string, IndexedEntry>();
/** The live (not deleted) entries of `byId`, newest first. */
let sorted: IndexedEntry[] = [];
let subscription: Subscription | undefined;
let lingerTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function publish(next: State) {
  state = next;
  for (const listener of listeners) listener(state);
}

/** The newest `updatedAt` the index has seen: later changes are read on their own. */
let since = '';

/** Above this many changes at once (an import), sorting everything again is cheaper. */
const MOVE_LIMIT = 200;

function absorb(records: readonly DiaryEntryRecord[]) {
  const move = records.length <= MOVE_LIMIT;
  for (const record of records) {
    const previous = byId.get(record.id);
    const next = indexEntry(record, previous);
    byId.set(record.id, next);
    if (record.updatedAt > since) since = record.updatedAt;
    if (!move || next === previous) continue;
    if (previous && !previous.entry.deletedAt) removeSorted(sorted, previous);
    // Tombstones stay out of every list, search and insight.
    if (!next.entry.deletedAt) insertSorted(sorted, next);
  }
  if (!move) sortAll();
}

function sortAll() {
  sorted = [...byId.values()].filter((item) => !item.entry.deletedAt).sort(compareNewestFirst);
}

// Runs inside the live query: every write to the table re-runs it (the count reads the whole
// table's range), but it only reads what changed since the last run. When the count shows a
// change it cannot explain (a hard delete, an import of older records), it reads everything.
async function refresh(): Promise<readonly IndexedEntry[]> {
  const table = getDatabase().diaryEntries;
  const [count, changed] = await Promise.all([
    table.count(),
    since ? table.where('updatedAt').aboveOrEqual(since).toArray() : Promise.resolve([]),
  ]);
  absorb(changed);
  if (!since || byId.size !== count) {
    const all = await table.toArray();
    const previous = byId;
    byId = new Map();
    since = '';
    for (const record of all) {
      byId.set(record.id, indexEntry(record, previous.get(record.id)));
      if (record.updatedAt > since) since = record.updatedAt;
    }
    sortAll();
  }
  // A copy: screens keep the list they were given while the next change is folded in.
  return sorted.slice();
}

function start() {
  if (subscription) return;
  // A fresh start reads everything once, so nothing missed while idle stays missed.
  since = '';
  subscription = liveQuery(refresh).subscribe({
    next: (value) => publish({ status: 'ready', value }),
    error(error: unknown) {
      subscription = undefined;
      publish({ status: 'error', error: toAppError(error) });
    },
  });
}

function retain(listener: Listener): () => void {
  if (lingerTimer) clearTimeout(lingerTimer);
  lingerTimer = undefined;
  listeners.add(listener);
  start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      // Stay warm for a while: going to an entry and back should not rebuild the index.
      lingerTimer = setTimeout(() => {
        subscription?.unsubscribe();
        subscription = undefined;
        state = { status: 'loading' };
      }, LINGER_MS);
    }
  };
}

/** Every live entry, newest first, or loading; `enabled: false` leaves the index cold. */
export function useDiaryIndex(enabled = true): State {
  const [current, setCurrent] = useState<State>(state);
  useEffect(() => {
    if (!enabled) return;
    setCurrent(state);
    return retain(setCurrent);
  }, [enabled]);
  return enabled ? current : { status: 'loading' };
}

/** Starts building the index ahead of use (e.g. when the search field gets focus). */
export function warmDiaryIndex(): void {
  if (listeners.size > 0 || subscription) return;
  const release = retain(() => undefined);
  release();
}
