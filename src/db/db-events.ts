// Database events the shell reacts to, without the shell importing Dexie.

type Listener = () => void;
const closedByUpgrade = new Set<Listener>();

/** Calls `listener` when another tab upgrades the database and ours is closed. */
export function onClosedByUpgrade(listener: Listener): () => void {
  closedByUpgrade.add(listener);
  return () => closedByUpgrade.delete(listener);
}

/** Tells listeners that the connection was closed for another tab's upgrade. */
export function notifyClosedByUpgrade(): void {
  for (const listener of closedByUpgrade) listener();
}
