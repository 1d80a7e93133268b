// "Clear old traces" for the key-value databases: the device keys (`koers-keys`: the age
// identity, the signing key, the coach's keys) and the settings (`koers-settings`: the display
// name). Sealed in place when the lock turns on, their plain values from before may linger in
// the browser's files like the records' did; so each is rebuilt the way the app's database is
// (store-rebuild.ts): read alone, copied to a rescue database with the journal saying so,
// deleted, made anew from the copy, the copy deleted. Values move as stored (sealed under the
// lock): nothing is opened, the key is not needed.
//
// A start that finds a journal of either finishes it before reading (settings-early.ts for
// the settings, main.tsx for both); a tab already running opens its store again only after
// the rebuild's lock is free (keyval-store.ts).
import { KEYVAL_DATABASES } from './keyval-names';
import {
  deleteDatabase,
  finish,
  finishInterruptedRebuild,
  type RescueRow,
  readAlone,
  rescueName,
  writeRescue,
} from './rebuild-finish';
import { localRebuildJournal, type RebuildJournal } from './rebuild-journal';
import { holdRebuildLock } from './rebuild-lock';

/** A key-value database: its name and its one store. */
export interface KeyvalDatabase {
  name: string;
  store: string;
}

/** Whether the database `name` exists, without making it (as a plain open would). */
async function exists(name: string): Promise<boolean> {
  if (typeof indexedDB.databases === 'function') {
    return (await indexedDB.databases()).some((info) => info.name === name);
  }
  // Without databases() (older Safari): an open that would make the database is undone.
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.close();
      resolve(true);
    };
    request.onerror = (event) => {
      if (request.error?.name !== 'AbortError') return reject(request.error);
      event.preventDefault();
      resolve(false);
    };
  });
}

function isEntry(row: unknown): row is [IDBValidKey, unknown] {
  return Array.isArray(row) && row.length === 2;
}

/** Makes the database anew with its store and writes the rescued entries back, at once. */
function restoreEntries(
  database: KeyvalDatabase,
): (name: string, copies: readonly RescueRow[]) => Promise<void> {
  return (name, copies) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.result.createObjectStore(database.store);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        try {
          const transaction = db.transaction(database.store, 'readwrite');
          const objectStore = transaction.objectStore(database.store);
          for (const copy of copies) {
            if (copy.name !== database.store) continue;
            for (const row of copy.rows) if (isEntry(row)) objectStore.put(row[1], row[0]);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => {
            db.close();
            reject(transaction.error);
          };
        } catch (error) {
          db.close();
          reject(error);
        }
      };
    });
}

/** A step of a key-value rebuild, for the screen that shows it (as store-rebuild.ts's). */
export type KeyvalStep = 'copying' | 'deleting' | 'blocked' | 'restoring';

/**
 * Rebuilds the key-value database `database` (see the top of this file); `onStep` hears each
 * step. Does nothing for a database that does not exist.
 */
export async function rebuildKeyval(
  database: KeyvalDatabase,
  onStep: (step: KeyvalStep) => void,
  journal: RebuildJournal = localRebuildJournal(database.name),
): Promise<void> {
  const { name } = database;
  const onBlocked = () => onStep('blocked');
  await holdRebuildLock(name, async () => {
    if (!(await exists(name))) return;
    onStep('copying');
    const copies = await readAlone(name, [database.store], onBlocked);
    // An existing database without its store has nothing to keep: left as it is.
    if (copies.length === 0) return;
    journal.write('copying');
    try {
      await writeRescue(name, copies);
    } catch (error) {
      // Nothing is deleted yet: drop the partial copy and the journal, and say what failed.
      journal.clear();
      await deleteDatabase(rescueName(name), () => undefined).catch(() => undefined);
      throw error;
    }
    journal.write('copied');
    onStep('deleting');
    await deleteDatabase(name, onBlocked);
    onStep('restoring');
    await restoreEntries(database)(name, copies);
    journal.write('restored');
    await finish(name, journal);
  });
}

/** Rebuilds both key-value databases, one after the other. */
export async function rebuildKeyvalDatabases(onStep: (step: KeyvalStep) => void): Promise<void> {
  for (const database of KEYVAL_DATABASES) await rebuildKeyval(database, onStep);
}

/** Finishes a rebuild of `database` that a closed tab left halfway (see rebuild-finish.ts). */
export function finishInterruptedKeyval(
  database: KeyvalDatabase,
  journal: RebuildJournal = localRebuildJournal(database.name),
): Promise<boolean> {
  return finishInterruptedRebuild(database.name, journal, restoreEntries(database));
}
