// News of the lock state a database connection opened under, for the shell's gate: the gate
// must not open the database on a start with the lock off (that costs the first screen the
// database's code and an IndexedDB open), so it listens here instead, and hears the state as
// soon as anything opens the database. Tiny and free of imports: the shell loads it.
import type { LockMode } from './lock-state';

/**
 * The lock state a connection opened under, or `unreadable`: its stored row does not parse,
 * so the connection failed to open (fail closed) and the shell tells the user why.
 */
export type DatabaseLockNews = LockMode | 'unreadable';

type Listener = (mode: DatabaseLockNews) => void;
const listeners = new Set<Listener>();
let last: DatabaseLockNews | undefined;

/** Tells the listeners which lock state a connection just opened under (or that it could not). */
export function reportDatabaseMode(mode: DatabaseLockNews): void {
  last = mode;
  for (const listener of [...listeners]) listener(mode);
}

/**
 * Hears every connection's lock state as it opens, and at once the last one reported (a
 * screen may have opened the database before the listener came); returns the function that
 * stops it.
 */
export function onDatabaseMode(listener: Listener): () => void {
  if (last !== undefined) listener(last);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
