// Rebuilding the store: plain text written before the lock was turned on may linger in the
// browser's files (Chromium's LevelDB log keeps overwritten values until it compacts, which a
// page cannot ask for). Deleting the database makes the browser drop its files; so the app
// copies every row as stored (sealed under the lock) into a rescue database, deletes the
// app's database, creates it anew and writes the rows back, then deletes the rescue copy.
// Only stored rows move: nothing is opened or sealed, so the key is not needed and the rows
// come back byte for byte.
//
// No step can lose data. A journal in localStorage names the stage reached; a start that
// finds one finishes the rebuild before anything opens the database (main.tsx), from the
// rescue copy once it is complete. A Web Lock keeps two tabs from running it at once.
import Dexie, { type Table } from 'dexie';
import { createDatabase, getDatabase, type KoersDexie } from './database';
import { runBeforeClose } from './db-events';
import { localRebuildJournal, type RebuildJournal } from './rebuild-journal';

/** What a rebuild is doing, for the screen that shows it. */
export type RebuildStep = 'copying' | 'deleting' | 'blocked' | 'restoring' | 'done';

/** One table's rows in the rescue copy. */
interface RescueRow {
  name: string;
  rows: unknown[];
}

type RescueDexie = Dexie & { copies: Table<RescueRow, string> };

function rescueDatabase(name: string): RescueDexie {
  const rescue = new Dexie(`${name}-rebuild`, { cache: 'disabled' });
  rescue.version(1).stores({ copies: 'name' });
  return Object.assign(rescue, { copies: rescue.table<RescueRow, string>('copies') });
}

/** Runs `work` holding the rebuild's Web Lock (where the browser has Web Locks). */
function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(`koers-rebuild-${name}`, work) as Promise<T>) : work();
}

/**
 * Deletes the database `name`, telling `onBlocked` when another tab's connection holds it
 * open (the delete then waits until that tab closes it).
 */
function deleteDatabase(name: string, onBlocked: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => onBlocked();
  });
}

/** Creates the database `name` anew and writes the rescued rows into it, in one transaction. */
async function restore(name: string, copies: readonly RescueRow[]): Promise<void> {
  // Without the lock state's watch: the empty new database would read as "off" and say so to
  // the shell. The rows go back as stored; nothing is sealed or opened on the way.
  const fresh = createDatabase(name, undefined, { watchLock: false });
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
async function finish(name: string, journal: RebuildJournal): Promise<void> {
  await deleteDatabase(`${name}-rebuild`, () => undefined);
  journal.clear();
}

/**
 * Rebuilds the store of `db` (the app's open connection, closed and reopened on the way);
 * `onStep` hears each step. Resolves once the rows are back and the rescue copy is gone.
 */
export async function rebuildStore(
  db: KoersDexie,
  onStep: (step: RebuildStep) => void,
  journal: RebuildJournal = localRebuildJournal(db.name),
): Promise<void> {
  const name = db.name;
  await exclusive(name, async () => {
    onStep('copying');
    // Drafts typed in this tab are stored first, so they move with the rest.
    await runBeforeClose();
    const tables = db.tables.map((table) => table.name);
    const copies = await db.transaction('r', tables, async () =>
      Promise.all(
        tables.map(async (table) => ({ name: table, rows: await db.table(table).toArray() })),
      ),
    );
    journal.write('copying');
    const rescue = rescueDatabase(name);
    try {
      await rescue.open();
      await rescue.transaction('rw', rescue.copies, async () => {
        await rescue.copies.clear();
        await rescue.copies.bulkPut(copies);
      });
    } finally {
      rescue.close();
    }
    // From here on a start finishes the rebuild from the rescue copy.
    journal.write('copied');
    onStep('deleting');
    db.close({ disableAutoOpen: true });
    await deleteDatabase(name, () => onStep('blocked'));
    onStep('restoring');
    await restore(name, copies);
    journal.write('restored');
    await finish(name, journal);
    await db.open();
  });
  onStep('done');
}

/** Rebuilds the app's own store (see rebuildStore). */
export function rebuildAppStore(onStep: (step: RebuildStep) => void): Promise<void> {
  return rebuildStore(getDatabase(), onStep);
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
  return exclusive(name, async () => {
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
