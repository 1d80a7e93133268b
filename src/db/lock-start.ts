// The lock state as the shell needs it on every start, kept light (no zod, no crypto): the
// mode the app's connection opened under, and following a mode another tab changed.
import { getDatabase } from './database';
import { lockModeOf, setLockMode } from './lock-session';
import type { LockMode } from './lock-state';

/** Opens the app's database (if not yet open) and says which lock state it works under. */
export async function lockModeOnOpen(): Promise<LockMode> {
  const db = getDatabase();
  if (!db.isOpen()) await db.open();
  return lockModeOf(db);
}

/** Makes this tab's connection seal (or not) as another tab's turn of the lock says. */
export function followLockMode(mode: LockMode): void {
  setLockMode(getDatabase(), mode);
}
