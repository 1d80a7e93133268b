// A tiny signal that a real save happened: the shell asks for persistent storage after the
// first one. Kept separate so repositories need no knowledge of the storage API.

type Listener = () => void;
const listeners = new Set<Listener>();

/** Calls `listener` after every successful write; returns the unsubscribe function. */
export function onSaved(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells listeners that a write committed. */
export function notifySaved(): void {
  for (const listener of listeners) listener();
}
