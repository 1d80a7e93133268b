// Opens the Dexie database with every schema version from the registry.
import Dexie, { type Table } from 'dexie';
import type { RecordOf, RecordType } from '../domain/records';
import type { KeyWrapper } from '../lock/wrapper-schema';
import { DATABASE_NAME } from './database-name';
import { notifyClosedForOtherTab, runBeforeClose } from './db-events';
import { watchLockState } from './lock-session';
import type { LockStateRow } from './lock-state';
import { localRebuildJournal } from './rebuild-journal';
import { isRebuildSnapshot, rebuildSettled } from './rebuild-lock';
import { declareVersions, type SchemaVersion, schemaVersions } from './schema';

/** An autosaved form draft, keyed by the form it belongs to. */
export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: string;
}

/** A client the coach knows from imported bundles (device-local, never exported). */
export interface ClientRow {
  /** The client's profile id (the ownerId of their records). */
  id: string;
  displayName: string;
  /** The coach's own name for the client, if renamed. */
  alias?: string | undefined;
  firstImportAt: string;
  lastImportAt: string;
  /** When the newest bundle was made (its manifest's createdAt). */
  lastBundleAt: string;
  archivedAt?: string | undefined;
  /** The client's own age recipient (`age1…`) from their bundles, to encrypt a reply to. */
  recipient?: string | undefined;
  /** Counts of the client's live records per type, refreshed at each import. */
  recordCounts?: Partial<Record<RecordType, number>> | undefined;
  /** The fictional example client, opened with the demo key: removed in one action. */
  example?: true | undefined;
}

/** One import: what a bundle brought, for "new since the last import" (device-local). */
export interface ImportLogRow {
  id: string;
  /** The sender's profile id (the client, or the coach for a coach-return). */
  clientId: string;
  importedAt: string;
  bundleCreatedAt: string;
  kind: string;
  /** Ids of records that were new or updated by this import, per record type. */
  added: Partial<Record<RecordType, string[]>>;
  updated: Partial<Record<RecordType, string[]>>;
  deleted: Partial<Record<RecordType, string[]>>;
}

/**
 * A sender's Ed25519 signing key as this device pinned it, on the first signed file from that
 * sender (device-local; a backup carries the list so a restored device trusts the same keys).
 */
export interface SenderKeyRow {
  /** The sender's profile id (the ownerId of their records). */
  profileId: string;
  /** The name the sender gave in that first file. */
  displayName: string;
  /** The Ed25519 public key, base64. */
  signingKey: string;
  /** Its fingerprint, as the preview showed it. */
  fingerprint: string;
  pinnedAt: string;
}

/** The typed database: one table per record type plus device-local tables. */
export type KoersDexie = Dexie & { [T in RecordType]: Table<RecordOf<T>, string> } & {
  drafts: Table<DraftRow, string>;
  clients: Table<ClientRow, string>;
  importLog: Table<ImportLogRow, string>;
  senderKeys: Table<SenderKeyRow, string>;
  /** The app lock's key wrappers (schema 6); empty while the lock is off. */
  lockKeys: Table<KeyWrapper, string>;
  /** The app lock's state, one row (schema 6); none means off. */
  lockState: Table<LockStateRow, string>;
};

export { DATABASE_NAME };

/** Creates a database object declaring the given versions (all of them by default). */
export function createDatabase(
  name = DATABASE_NAME,
  versions: readonly SchemaVersion[] = schemaVersions,
): KoersDexie {
  // Dexie's query cache keeps every live query's last result and, on each write, merges the
  // write into every cached result of that table: with the diary's search index subscribed
  // (10,000 entries) that made a single save 20 ms slower. Live queries still re-run on every
  // change without it; nothing in the app relies on its optimistic results.
  const db = new Dexie(name, { cache: 'disabled' }) as KoersDexie;
  declareVersions(db, versions);
  // Writes seal or not by the lock state, read as the connection opens.
  watchLockState(db);
  return db;
}

let shared: KoersDexie | undefined;

/** The app's one database connection, opened lazily. */
export function getDatabase(): KoersDexie {
  if (!shared) {
    const db = createDatabase();
    const openSettled = waitForRebuildBeforeOpening(db);
    db.on('versionchange', (event: IDBVersionChangeEvent) => {
      // Another tab deletes the database to rebuild the store (no new version): the same
      // rows come back. Step aside; every read or write from then on, pending drafts
      // included, waits for the rebuild (below) and goes to the new store. An open still
      // under way (its ready handlers reading the lock state) is let finish first: closed in
      // the middle, Dexie would keep the open as failed and refuse every later read.
      // The rebuild reads its copy under a version step no schema uses (isRebuildSnapshot):
      // the same, a step aside until it is done.
      if (event.newVersion === null || isRebuildSnapshot(event)) {
        notifyClosedForOtherTab('rebuild');
        void openSettled().then(() => {
          db.close({ disableAutoOpen: false });
          return runBeforeClose();
        });
        return false;
      }
      // Another tab wants a newer schema: this tab's code is too old for it. Store pending
      // drafts first, then step aside so it can go on, and ask the user to reload.
      void runBeforeClose().finally(() => {
        db.close();
        notifyClosedForOtherTab('upgrade');
      });
      return false;
    });
    shared = db;
  }
  return shared;
}

/**
 * Makes every open of `db` (Dexie's automatic ones too) wait while another tab rebuilds the
 * store: an open while the old database is being deleted would make an empty one, which this
 * tab would read as a store with the lock off. A rebuild a closed tab left is finished first.
 * Returns a function whose promise settles once the latest open has.
 */
function waitForRebuildBeforeOpening(db: KoersDexie): () => Promise<void> {
  const open = db.open.bind(db);
  let waiting: Promise<void> | undefined;
  let latest: Promise<unknown> = Promise.resolve();
  db.open = (() => {
    // Dexie asks again for each query made meanwhile: one wait serves them all.
    waiting ??= noRebuildUnderWay(db.name).finally(() => {
      waiting = undefined;
    });
    const opening = waiting.then(open);
    latest = opening;
    return opening;
  }) as typeof db.open;
  return () =>
    latest.then(
      () => undefined,
      () => undefined,
    );
}

/** Waits for another tab's rebuild of `name`, and finishes one that a closed tab left. */
async function noRebuildUnderWay(name: string): Promise<void> {
  await rebuildSettled(name);
  if (localRebuildJournal(name).read() === undefined) return;
  const { finishInterruptedRebuild } = await import('./rebuild-finish');
  await finishInterruptedRebuild(name);
}

/** Replaces the shared connection (tests give each case a fresh database). */
export function setDatabase(db: KoersDexie | undefined): void {
  shared = db;
}
