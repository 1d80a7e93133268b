// The store rebuild's journal (see store-rebuild.ts): one localStorage value per database
// naming the stage a rebuild reached. Free of imports, so the entry can check it on every
// start without loading the database's code.

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
