// The in-memory diary index: every entry with its folded search text, newest first, built
// once from IndexedDB and kept current by a Dexie live query (any tab, any write, imports
// included). Only changed revisions are folded again, so a save costs one table read, not a
// re-fold of 10,000 texts. Filters and search run on it in memory.
import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../db/database';
import type { LiveResult } from '../../db/live';
import {
  compareNewestFirst,
  type IndexedEntry,
  indexEntry,
} from '../../domain/diary/indexed-entry';
import { toAppError } from '../../domain/errors';

type State = LiveResult<readonly IndexedEntry[]>;
type Listener = (state: State) => void;

/** How long the index keeps listening after the last screen using it closed. */
const LINGER_MS = 60_000;

let state: State = { status: 'loading' };
let byId = new Map<string, IndexedEntry>();
let subscription: Subscription | undefined;
let lingerTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function publish(next: State) {
  state = next;
  for (const listener of listeners) listener(state);
}

function start() {
  if (subscription) return;
  subscription = liveQuery(() => getDatabase().diaryEntries.toArray()).subscribe({
    next(records) {
      const next = new Map<string, IndexedEntry>();
      for (const record of records) next.set(record.id, indexEntry(record, byId.get(record.id)));
      byId = next;
      // Tombstones stay out of every list, search and insight.
      const live = [...next.values()].filter((item) => !item.entry.deletedAt);
      live.sort(compareNewestFirst);
      publish({ status: 'ready', value: live });
    },
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
