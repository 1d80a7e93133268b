// The store rebuild's Web Lock (see store-rebuild.ts): one tab rebuilds at a time, and the
// other tabs' opens wait for it; and the sign by which they tell its snapshot from an upgrade.
// Apart from the journal (rebuild-journal.ts), which the entry reads on every start: this is
// needed only once the database's code loads.

/** Web Locks, where the browser has them. */
function webLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

// Whether the rebuild in this tab is reopening the store it holds the lock for: that one open
// must not wait for the lock; every other open in this tab waits like another tab's.
let ownReopen = 0;

/** Runs `work` holding the rebuild's lock of the database `name`, so no other tab rebuilds. */
export function holdRebuildLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (!locks) return work();
  return locks.request(`koers-rebuild-${name}`, work) as Promise<T>;
}

/**
 * Runs the rebuild's own reopen of the store (inside its lock): it does not wait for the
 * lock it holds. Any other open in this tab meanwhile (a screen, an idle task) waits until the
 * rebuild lets go, so nothing writes to the old store after its copy was read.
 */
export async function reopenWithinRebuild<T>(work: () => Promise<T>): Promise<T> {
  ownReopen += 1;
  try {
    return await work();
  } finally {
    ownReopen -= 1;
  }
}

/**
 * Resolves once no other tab is rebuilding the database `name`. Asks the browser, which
 * holds the locks for every tab, rather than the journal: another tab's localStorage write
 * can reach this tab later than the deletion it announces.
 */
export async function rebuildSettled(name: string): Promise<void> {
  const locks = webLocks();
  if (!locks || ownReopen > 0) return;
  await locks.request(`koers-rebuild-${name}`, { mode: 'shared' }, () => undefined);
}

/**
 * How much a rebuild's snapshot raises the version for the moment it reads (readAlone). Dexie
 * opens a schema version n as n × 10, and raises the version by 1 when it patches a schema in
 * place; a step of 5 is neither, so a tab that sees it steps aside for a rebuild instead of
 * asking for a reload (database.ts).
 */
export const SNAPSHOT_VERSION_STEP = 5;

/** True when a `versionchange` is a rebuild's snapshot (readAlone), not a newer schema. */
export function isRebuildSnapshot(event: { oldVersion: number; newVersion: number | null }) {
  return event.newVersion !== null && event.newVersion === event.oldVersion + SNAPSHOT_VERSION_STEP;
}
