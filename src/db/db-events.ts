// Database events the shell reacts to, without the shell importing Dexie.

/** Why another tab made ours close the database: a newer schema, or the store's rebuild. */
export type ClosedFor = 'upgrade' | 'rebuild';

type Listener = (reason: ClosedFor) => void;
const closedForOtherTab = new Set<Listener>();

/** Calls `listener` when another tab upgrades or rebuilds the database and ours is closed. */
export function onClosedForOtherTab(listener: Listener): () => void {
  closedForOtherTab.add(listener);
  return () => closedForOtherTab.delete(listener);
}

/** Tells listeners that the connection was closed for another tab's upgrade or rebuild. */
export function notifyClosedForOtherTab(reason: ClosedFor): void {
  for (const listener of closedForOtherTab) listener(reason);
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
