// The key-value stores of the device keys and the settings (idb-keyval), with a connection
// that steps aside for a rebuild of the store ("Clear old traces", keyval-rebuild.ts).
// idb-keyval's own createStore keeps its connection open for the page's life, so a deletion
// of the database would wait for every tab (and the service worker) forever. This one closes
// on `versionchange` (a rebuild's snapshot or its deletion) and opens again when next used,
// after the rebuild's lock is free, so nothing is written to the old store after its copy
// was read, nor to an empty new one before the rows are back.
import type { UseStore } from 'idb-keyval';
import { rebuildSettled } from './rebuild-lock';

/** The device keys' database and its store. */
export const KEYS_DATABASE = { name: 'koers-keys', store: 'keys' } as const;
/** The settings' database and its store. */
export const SETTINGS_DATABASE = { name: 'koers-settings', store: 'settings' } as const;
/** Both key-value databases, in the order a rebuild takes them. */
export const KEYVAL_DATABASES = [KEYS_DATABASE, SETTINGS_DATABASE] as const;

function openDatabase(name: string, store: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The store `store` of the database `name`, as idb-keyval's functions take it. */
export function keyvalStore(name: string, store: string): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  // The first open does not wait: a start finishes a rebuild left halfway before it reads
  // (settings-early.ts, main.tsx), and the start's settings read is on the first screen's
  // path. Every later open follows a close, which may be a rebuild's: it waits for its lock.
  let openedBefore = false;
  const connect = (): Promise<IDBDatabase> => {
    const wait = openedBefore ? rebuildSettled(name) : Promise.resolve();
    openedBefore = true;
    const opening = wait.then(() => openDatabase(name, store));
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
