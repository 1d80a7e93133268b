// A fresh, uniquely named database per test, so tests never see each other's data.
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';
import { setLockMode } from '../../../src/db/lock-session';
import { type LockMode, offState } from '../../../src/db/lock-state';
import type { RebuildJournal, RebuildStage } from '../../../src/db/rebuild-journal';

let counter = 0;

/** Opens a new empty database and makes it the app's shared one. */
export function freshDatabase(): KoersDexie {
  counter += 1;
  const db = createDatabase(`koers-test-${process.pid}-${counter}`);
  setDatabase(db);
  return db;
}

/** A fixed owner id for test records. */
export const OWNER = '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

/**
 * Puts the lock in `mode` without turning it: the stored state (which a write covering it
 * follows) and the connection's own, as if the connection had opened under it.
 */
export async function storeLockMode(db: KoersDexie, mode: LockMode): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.lockState.put({ ...offState(), state: mode });
  setLockMode(db, mode);
}

/** A rebuild journal in memory that remembers every stage written. */
export function memoryJournal(): RebuildJournal & { stages: RebuildStage[] } {
  let stage: RebuildStage | undefined;
  const stages: RebuildStage[] = [];
  return {
    stages,
    read: () => stage,
    write: (next) => {
      stage = next;
      stages.push(next);
    },
    clear: () => {
      stage = undefined;
    },
  };
}
