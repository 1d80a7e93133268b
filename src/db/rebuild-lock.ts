// The store rebuild's Web Lock (see store-rebuild.ts): one tab rebuilds at a time, and the
// other tabs' opens wait for it; and the sign by which they tell its snapshot from an upgrade.
// Apart from the journal (rebuild-journal.ts), which the entry reads on every start: this is
// needed only once the database's code loads.

/** Web Locks, where the browser has them. */
function webLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

// Whether this tab holds the rebuild's lock (its own opens then must not wait for it).
let heldHere = 0;

/** Runs `work` holding the rebuild's lock of the database `name`, so no other tab rebuilds. */
export function holdRebuildLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (!locks) return work();
  return locks.request(`koers-rebuild-${name}`, async () => {
    heldHere += 1;
    try {
      return await work();
    } finally {
      heldHere -= 1;
    }
  }) as Promise<T>;
}

/**
 * Resolves once no other tab is rebuilding the database `name`. Asks the browser, which
 * holds the locks for every tab, rather than the journal: another tab's localStorage write
 * can reach this tab later than the deletion it announces.
 */
export async function rebuildSettled(name: string): Promise<void> {
  const locks = webLocks();
  if (!locks || heldHere > 0) return;
  await locks.request(`koers-rebuild-${name}`, { mode: 'shared' }, () => undefined);
}

/**
 * How much a rebuild's snapshot raises the version for the moment it reads (readAlone). Dexie
 * opens a schema version n as n × 10, so a step of 1 is never a schema upgrade: a tab that
 * sees it steps aside for a rebuild instead of asking for a reload (database.ts).
 */
export const SNAPSHOT_VERSION_STEP = 1;

/** True when a `versionchange` is a rebuild's snapshot (readAlone), not a newer schema. */
export function isRebuildSnapshot(event: { oldVersion: number; newVersion: number | null }) {
  return event.newVersion !== null && event.newVersion === event.oldVersion + SNAPSHOT_VERSION_STEP;
}
