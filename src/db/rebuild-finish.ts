// Finishing a rebuild of the store (see store-rebuild.ts) that a closed tab or a crash left
// halfway, and the steps the rebuild and its finish share. Free of the app's database module,
// so that the database can wait for a rebuild before it opens (database.ts) without a cycle.
import Dexie, { type Table } from 'dexie';
import { localRebuildJournal, type RebuildJournal } from './rebuild-journal';
import { holdRebuildLock, SNAPSHOT_VERSION_STEP } from './rebuild-lock';
import { declareVersions } from './schema';

/** One table's rows in the rescue copy. */
export interface RescueRow {
  name: string;
  rows: unknown[];
}

type RescueDexie = Dexie & { copies: Table<RescueRow, string> };

/** The name of the rescue database of `name`. */
export const rescueName = (name: string) => `${name}-rebuild`;

/** The rescue database of `name`. */
export function rescueDatabase(name: string): RescueDexie {
  const rescue = new Dexie(rescueName(name), { cache: 'disabled' });
  rescue.version(1).stores({ copies: 'name' });
  return Object.assign(rescue, { copies: rescue.table<RescueRow, string>('copies') });
}

/**
 * Every row of the stores `tables` of the database `name` (as `[key, value]` where the store
 * keeps its keys apart from the values), read while no other connection is
 * open, so no write can land after the copy and be lost with the old store. The read runs in
 * a version-change transaction: the browser starts it only once every other connection has
 * closed (the app's tabs close theirs on `versionchange`, and their later opens wait for the
 * rebuild's lock), and no other transaction runs beside it. It is then aborted, so the version
 * and the rows stay as they were. `onBlocked` hears when a connection does not close.
 */
export function readAlone(
  name: string,
  tables: readonly string[],
  onBlocked: () => void,
): Promise<RescueRow[]> {
  return new Promise((resolve, reject) => {
    const probe = indexedDB.open(name);
    probe.onerror = () => reject(probe.error);
    probe.onsuccess = () => {
      const version = probe.result.version;
      probe.result.close();
      const request = indexedDB.open(name, version + SNAPSHOT_VERSION_STEP);
      let copies: RescueRow[] | undefined;
      request.onblocked = () => onBlocked();
      request.onupgradeneeded = () => {
        const transaction = request.transaction;
        if (transaction === null) {
          // Closing the connection aborts the upgrade, so the version stays.
          request.result.close();
          reject(new Error('The rebuild snapshot has no transaction to read in'));
          return;
        }
        const read: RescueRow[] = [];
        const present = tables.filter((table) => transaction.objectStoreNames.contains(table));
        const done = () => {
          copies = read;
          transaction.abort();
        };
        if (present.length === 0) return done();
        let left = present.length;
        for (const table of present) {
          const objectStore = transaction.objectStore(table);
          // A store with keys apart from the values (idb-keyval's) keeps each as [key, value].
          // The keys are asked for first: requests end in order, so they are there with the values.
          const keys = objectStore.keyPath === null ? objectStore.getAllKeys() : undefined;
          const all = objectStore.getAll();
          all.onsuccess = () => {
            const values = all.result;
            const rows = keys === undefined ? values : keys.result.map((k, i) => [k, values[i]]);
            read.push({ name: table, rows });
            left -= 1;
            if (left === 0) done();
          };
        }
      };
      // The abort ends the open with an error: expected once the rows are read.
      request.onerror = (event) => {
        event.preventDefault();
        if (copies)
          resolve(tables.flatMap((table) => copies?.filter((c) => c.name === table) ?? []));
        else reject(request.error);
      };
      request.onsuccess = () => {
        request.result.close();
        reject(new Error('The rebuild snapshot changed the version instead of only reading'));
      };
    };
  });
}

/** Writes `copies` as the rescue copy of `name`, in one transaction (a copy before replaced). */
export async function writeRescue(name: string, copies: readonly RescueRow[]): Promise<void> {
  const rescue = rescueDatabase(name);
  try {
    await rescue.open();
    await rescue.transaction('rw', rescue.copies, async () => {
      await rescue.copies.clear();
      await rescue.copies.bulkPut([...copies]);
    });
  } finally {
    rescue.close();
  }
}

/**
 * Deletes the database `name`, telling `onBlocked` when another tab's connection holds it
 * open (the delete then waits until that tab closes it).
 */
export function deleteDatabase(name: string, onBlocked: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => onBlocked();
  });
}

/** Creates the database `name` anew and writes the rescued rows into it, in one transaction. */
export async function restore(name: string, copies: readonly RescueRow[]): Promise<void> {
  // A plain Dexie, not the app's: without the lock state's watch (the empty new database would
  // read as "off" and say so to the shell). The rows go back as stored; nothing is sealed or
  // opened on the way.
  const fresh = new Dexie(name, { cache: 'disabled' });
  declareVersions(fresh);
  try {
    await fresh.open();
    await fresh.transaction('rw', fresh.tables, async () => {
      for (const copy of copies) await fresh.table(copy.name).bulkPut(copy.rows);
    });
  } finally {
    fresh.close();
  }
}

/** Writes the rescued rows back into the new database `name` (see restore). */
export type RestoreCopies = (name: string, copies: readonly RescueRow[]) => Promise<void>;

/** Deletes the rescue copy and the journal: the last step of a rebuild. */
export async function finish(name: string, journal: RebuildJournal): Promise<void> {
  await deleteDatabase(rescueName(name), () => undefined);
  journal.clear();
}

/**
 * Finishes a rebuild a closed tab or a crash left halfway, before anything opens the database
 * `name`: from the complete rescue copy (written back by `restoreCopies`: the app's database
 * by default), or by dropping an incomplete one (the database is then untouched). Returns
 * whether there was anything to finish.
 */
export function finishInterruptedRebuild(
  name: string,
  journal: RebuildJournal = localRebuildJournal(name),
  restoreCopies: RestoreCopies = restore,
): Promise<boolean> {
  if (journal.read() === undefined) return Promise.resolve(false);
  return holdRebuildLock(name, async () => {
    // Read again under the lock: another tab may have finished it meanwhile.
    const stage = journal.read();
    if (stage === undefined) return false;
    if (stage === 'copied') {
      const rescue = rescueDatabase(name);
      let copies: RescueRow[];
      try {
        copies = await rescue.copies.toArray();
      } finally {
        rescue.close();
      }
      // A committed copy holds a row for every table; none means it is not there: the
      // database is then left alone rather than replaced by nothing.
      if (copies.length === 0) throw new Error('The rebuild’s rescue copy is missing');
      await deleteDatabase(name, () => undefined);
      await restoreCopies(name, copies);
      journal.write('restored');
    }
    await finish(name, journal);
    return true;
  });
}
