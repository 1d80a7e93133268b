// The lock state a database connection works under, in memory: read from the lockState row
// when the connection opens (before any other operation runs on it), and set by whatever
// turns the lock on or off after it commits the new state. Writes ask it whether to seal.
import type Dexie from 'dexie';
import { type LockMode, type LockStateRow, readLockState } from './lock-state';

const modes = new WeakMap<Dexie, LockMode>();

/**
 * Reads the lock state each time `db` opens, before Dexie lets any other operation through,
 * so no write can slip out plain under a lock that is on. A database of a version before the
 * lock's tables is off. A lock state row that does not parse fails the opening (fail closed).
 */
export function watchLockState(db: Dexie): void {
  db.on(
    'ready',
    async (vip: Dexie) => {
      if (!vip.tables.some((table) => table.name === 'lockState')) {
        modes.set(db, 'off');
        return;
      }
      modes.set(db, (await readLockState(vip.table<LockStateRow, string>('lockState'))).state);
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
