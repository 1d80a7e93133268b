// Rebuilding the store: plain text written before the lock was turned on may linger in the
// browser's files (Chromium's LevelDB log keeps overwritten values until it compacts, which a
// page cannot ask for). Deleting the database makes the browser drop its files; so the app
// copies every row as stored (sealed under the lock) into a rescue database, deletes the
// app's database, creates it anew and writes the rows back, then deletes the rescue copy.
// Only stored rows move: nothing is opened or sealed, so the key is not needed and the rows
// come back byte for byte.
//
// No step can lose data. A journal in localStorage names the stage reached; a start that
// finds one finishes the rebuild before anything opens the database (main.tsx; in a tab
// already running, database.ts), from the rescue copy once it is complete (rebuild-finish.ts).
// A Web Lock keeps two tabs from running it at once.
import { getDatabase, type KoersDexie } from './database';
import { runBeforeClose } from './db-events';
import { rebuildKeyvalDatabases } from './keyval-rebuild';
import {
  deleteDatabase,
  finish,
  readAlone,
  rescueName,
  restore,
  writeRescue,
} from './rebuild-finish';
import { localRebuildJournal, type RebuildJournal } from './rebuild-journal';
import { holdRebuildLock, reopenWithinRebuild } from './rebuild-lock';

/** What a rebuild is doing, for the screen that shows it. */
export type RebuildStep = 'copying' | 'deleting' | 'blocked' | 'restoring' | 'keyval' | 'done';

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
  await holdRebuildLock(name, async () => {
    onStep('copying');
    // Drafts typed in this tab are stored first, so they move with the rest.
    await runBeforeClose();
    const tables = db.tables.map((table) => table.name);
    // This tab's connection closes before the copy (a write from here on fails and says so),
    // and the copy is read while no other tab's connection is open: nothing written after it
    // could be lost with the old store.
    db.close({ disableAutoOpen: true });
    let copies: Awaited<ReturnType<typeof readAlone>>;
    try {
      copies = await readAlone(name, tables, () => onStep('blocked'));
      journal.write('copying');
      await writeRescue(name, copies);
    } catch (error) {
      // Nothing is deleted yet: the store is as it was. Drop the partial copy and the journal
      // (a reopen that found it would wait for this very lock), open the store again, and say
      // what failed.
      journal.clear();
      await deleteDatabase(rescueName(name), () => undefined).catch(() => undefined);
      await reopenWithinRebuild(() => db.open());
      throw error;
    }
    // From here on a start finishes the rebuild from the rescue copy.
    journal.write('copied');
    onStep('deleting');
    await deleteDatabase(name, () => onStep('blocked'));
    onStep('restoring');
    await restore(name, copies);
    journal.write('restored');
    await finish(name, journal);
    await reopenWithinRebuild(() => db.open());
  });
  onStep('done');
}

/**
 * Rebuilds the app's own store (see rebuildStore), then the device keys' and the settings'
 * (keyval-rebuild.ts): plain values from before the lock linger in their files too.
 */
export async function rebuildAppStore(onStep: (step: RebuildStep) => void): Promise<void> {
  await rebuildStore(getDatabase(), (step) => {
    if (step !== 'done') onStep(step);
  });
  // Their steps are said as one ("the device's keys and settings"), but a wait is a wait.
  await rebuildKeyvalDatabases((step) => onStep(step === 'blocked' ? 'blocked' : 'keyval'));
  onStep('done');
}
