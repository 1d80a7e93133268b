// The store rebuild's journal (see store-rebuild.ts): one localStorage value per database
// naming the stage a rebuild reached, and the Web Lock a rebuild holds. Free of imports, so
// the entry can check the journal on every start without loading the database's code.

/** How far a rebuild got. */
export type RebuildStage = 'copying' | 'copied' | 'restored';

/** Where a rebuild notes its stage (localStorage in the app; in memory in tests). */
export interface RebuildJournal {
  read(): RebuildStage | undefined;
  write(stage: RebuildStage): void;
  clear(): void;
}

const stages: readonly string[] = ['copying', 'copied', 'restored'];

function key(name: string): string {
  return `koers.rebuild.${name}`;
}

/** The journal of the database `name`, kept in localStorage. */
export function localRebuildJournal(name: string): RebuildJournal {
  return {
    read: () => {
      try {
        const value = localStorage.getItem(key(name));
        return value !== null && stages.includes(value) ? (value as RebuildStage) : undefined;
      } catch {
        return undefined;
      }
    },
    write: (stage) => localStorage.setItem(key(name), stage),
    clear: () => localStorage.removeItem(key(name)),
  };
}

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
