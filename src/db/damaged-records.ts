// Records on this device that do not open (their sealed bytes damaged on disk): a list read
// leaves them out rather than fail whole, and the shell says so once per record. The rows stay
// as they are stored; nothing deletes them.
import type { RecordType } from '../domain/records';

type Listener = (count: number) => void;

const listeners = new Set<Listener>();
const found = new Set<string>();

/** Tells the listeners how many records were found damaged so far, when `ids` adds any. */
export function reportDamaged(type: RecordType, ids: readonly string[]): void {
  const before = found.size;
  for (const id of ids) found.add(`${type}:${id}`);
  if (found.size === before) return;
  for (const listener of [...listeners]) listener(found.size);
}

/** Hears the count of damaged records whenever it grows; returns the function that stops it. */
export function onDamagedRecords(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
