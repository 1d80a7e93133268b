// The lock state a database connection works under, in memory: read from the lockState row
// when the connection opens (before any other operation runs on it), and set by whatever
// turns the lock on or off after it commits the new state. Writes ask it whether to seal.

import type { Table } from 'dexie';
import Dexie from 'dexie';
import { reportDatabaseMode } from './database-mode';
import { LOCK_STATE_ID, type LockMode, type LockStateRow, offState } from './lock-state';

const modes = new WeakMap<Dexie, LockMode>();

/**
 * The stored lock state row exists but does not parse (a torn write, bit rot, a newer app):
 * the database does not open, and the shell says so in plain words.
 */
export class UnreadableLockStateError extends Error {
  override readonly name = 'UnreadableLockStateError';
  constructor(options?: { cause?: unknown }) {
    super('The stored lock state does not parse', options);
  }
}

/**
 * The stored lock state; off when there is no row. A row that does not parse is not taken
 * for off (that would write plain text under a lock the user turned on): it throws
 * UnreadableLockStateError.
 */
export function readLockState(table: Table<LockStateRow, string>): PromiseLike<LockStateRow> {
  // Dexie promises only: this runs inside write transactions (a turn's batch, a write that
  // follows the stored state), where a native promise in the chain would let IndexedDB commit
  // the transaction meanwhile; waitFor keeps it alive while the schema's module loads.
  return table.get(LOCK_STATE_ID).then((row) => {
    if (row === undefined) return offState();
    return Dexie.waitFor(import('./lock-state-schema')).then(({ lockStateRow }) => {
      const parsed = lockStateRow.safeParse(row);
      if (!parsed.success) throw new UnreadableLockStateError({ cause: parsed.error });
      return parsed.data;
    });
  });
}

/**
 * Reads the lock state each time `db` opens, before Dexie lets any other operation through,
 * so no write can slip out plain under a lock that is on. A database of a version before the
 * lock's tables is off. A lock state row that does not parse fails the opening (fail closed),
 * and is reported as `unreadable` to the shell.
 */
export function watchLockState(db: Dexie): void {
  db.on(
    'ready',
    async (vip: Dexie) => {
      if (!vip.tables.some((table) => table.name === 'lockState')) {
        modes.set(db, 'off');
        reportDatabaseMode('off');
        return;
      }
      let mode: LockMode;
      try {
        mode = (await readLockState(vip.table<LockStateRow, string>('lockState'))).state;
      } catch (error) {
        // The shell shows its own message for this one failure, whichever screen opened.
        if (error instanceof UnreadableLockStateError) reportDatabaseMode('unreadable');
        throw error;
      }
      modes.set(db, mode);
      reportDatabaseMode(mode);
    },
    true,
  );
}

/** The lock state `db` works under: off until its connection opened and read the row. */
export function lockModeOf(db: Dexie): LockMode {
  return modes.get(db) ?? 'off';
}

/** Sets the lock state `db` works under, once the row saying so is committed. */
export function setLockMode(db: Dexie, mode: LockMode): void {
  modes.set(db, mode);
}
