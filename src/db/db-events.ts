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

type BeforeClose = () => Promise<void>;
const beforeClose = new Set<BeforeClose>();

/**
 * Runs `hook` before the connection steps aside for another tab's upgrade (drafts register
 * here, so the database module need not import them).
 */
export function onBeforeClose(hook: BeforeClose): () => void {
  beforeClose.add(hook);
  return () => beforeClose.delete(hook);
}

/** Runs every before-close hook; a failing hook does not stop the others or the close. */
export async function runBeforeClose(): Promise<void> {
  await Promise.all([...beforeClose].map((hook) => hook().catch(() => undefined)));
}
