// The key-value stores of the device keys and the settings (idb-keyval), with a connection
// that steps aside for a rebuild of the store ("Clear old traces", keyval-rebuild.ts).
// idb-keyval's own createStore keeps its connection open for the page's life, so a deletion
// of the database would wait for every tab (and the service worker) forever. This one closes
// on `versionchange` (a rebuild's snapshot or its deletion) and opens again when next used,
// after the rebuild's lock is free, so nothing is written to the old store after its copy
// was read, nor to an empty new one before the rows are back: every open first waits for a
// rebuild under way and finishes one left halfway.
import type { UseStore } from 'idb-keyval';
import { localRebuildJournal } from './rebuild-journal';
import { rebuildSettled } from './rebuild-lock';

function openDatabase(name: string, store: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Before an open: waits while a rebuild of `name` runs (its Web Lock), then finishes one that
 * stopped halfway (its journal still set: a tab closed, a disk full), so that no tab ever
 * opens the database while it is deleted and makes it anew, empty. A free lock costs well
 * under a millisecond; the journal is one localStorage read.
 */
async function noRebuildUnderWay(name: string, store: string): Promise<void> {
  await rebuildSettled(name);
  if (localRebuildJournal(name).read() === undefined) return;
  const { finishInterruptedKeyval } = await import('./keyval-rebuild');
  await finishInterruptedKeyval({ name, store });
}

/**
 * The store `store` of the database `name`, as idb-keyval's functions take it.
 * `startRead: true` is for the settings alone: their first open is the start's read, which
 * `src/app/settings-early.ts` makes right after its own check of the journal, and which must
 * be asked for while the entry still runs (a wait for the lock would put it after the first
 * render, and the first idle moment after it). Every later open waits like any other.
 */
export function keyvalStore(
  name: string,
  store: string,
  options: { startRead?: boolean } = {},
): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  let firstOpen = options.startRead === true;
  const connect = (): Promise<IDBDatabase> => {
    const opening = firstOpen
      ? openDatabase(name, store)
      : noRebuildUnderWay(name, store).then(() => openDatabase(name, store));
    firstOpen = false;
    const forget = () => {
      if (connection === opening) connection = undefined;
    };
    opening.then((db) => {
      db.onversionchange = () => {
        db.close();
        forget();
      };
      db.onclose = forget;
    }, forget);
    return opening;
  };
  const use = <T>(
    mode: IDBTransactionMode,
    callback: (objectStore: IDBObjectStore) => T | PromiseLike<T>,
    again: boolean,
  ): Promise<T> => {
    connection ??= connect();
    const used = connection;
    return used.then((db) => {
      let objectStore: IDBObjectStore;
      try {
        objectStore = db.transaction(store, mode).objectStore(store);
      } catch (error) {
        // Closed for a rebuild between the open and this use: once more, on a new connection.
        if (again && error instanceof DOMException && error.name === 'InvalidStateError') {
          if (connection === used) connection = undefined;
          return use(mode, callback, false);
        }
        throw error;
      }
      return callback(objectStore);
    });
  };
  return (mode, callback) => use(mode, callback, true);
}
