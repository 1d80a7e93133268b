// Finishing a rebuild of the store (see store-rebuild.ts) that a closed tab or a crash left
// halfway, and the steps the rebuild and its finish share. Free of the app's database module,
// so that the database can wait for a rebuild before it opens (database.ts) without a cycle.
import Dexie, { type Table } from 'dexie';
import { localRebuildJournal, type RebuildJournal } from './rebuild-journal';
import { holdRebuildLock } from './rebuild-lock';
import { declareVersions } from './schema';

/** One table's rows in the rescue copy. */
interface RescueRow {
  name: string;
  rows: unknown[];
}

type RescueDexie = Dexie & { copies: Table<RescueRow, string> };

/** The rescue database of `name`. */
export function rescueDatabase(name: string): RescueDexie {
  const rescue = new Dexie(`${name}-rebuild`, { cache: 'disabled' });
  rescue.version(1).stores({ copies: 'name' });
  return Object.assign(rescue, { copies: rescue.table<RescueRow, string>('copies') });
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

/** Deletes the rescue copy and the journal: the last step of a rebuild. */
export async function finish(name: string, journal: RebuildJournal): Promise<void> {
  await deleteDatabase(`${name}-rebuild`, () => undefined);
  journal.clear();
}

/**
 * Finishes a rebuild a closed tab or a crash left halfway, before anything opens the database
 * `name`: from the complete rescue copy, or by dropping an incomplete one (the database is
 * then untouched). Returns whether there was anything to finish.
 */
export function finishInterruptedRebuild(
  name: string,
  journal: RebuildJournal = localRebuildJournal(name),
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
      await restore(name, copies);
      journal.write('restored');
    }
    await finish(name, journal);
    return true;
  });
}
