// The clients a coach knows from imported bundles: registering an import (called by the
// bundle import inside its own transaction), the list with counts, rename, archive, and
// removing a client with everything that belongs to them and nothing else.
// Under the app lock a client's names and key are sealed (client-sealing.ts): every read here
// opens the rows, every write seals them.
import Dexie from 'dexie';
import type { BackupClient } from '../bundle/format';
import type { RecordType } from '../domain/records';
import { isLive } from '../domain/records/live';
import { recordTypes } from '../domain/records/types';
import { openClient, openClients, sealClient } from './client-sealing';
import type { ClientRow, ImportLogRow, KoersDexie } from './database';
import { getDatabase } from './database';
import { baseTableOf } from './record-tables';
import { followStoredMode } from './sealing';

/** The coach's own record types that name a client (clientId) instead of belonging to one. */
const aboutClientTypes = ['coachNotes', 'assignments', 'questionSets', 'helpContacts'] as const;

/** Record types a client owns; the coach's notes, assignments, question sets and help-page
 * contact name the client instead. */
export const clientRecordTypes: readonly RecordType[] = recordTypes.filter(
  (t) => !(aboutClientTypes as readonly RecordType[]).includes(t),
);

/** Counts of a client's live records per type. */
export type RecordCounts = Partial<Record<RecordType, number>>;

/**
 * Every table registerImport touches: include them in the import's transaction. The lock
 * state is among them so that the client row seals as the stored state says (followStoredMode).
 */
export function importTables(db: KoersDexie) {
  return [...recordTypes.map((t) => db[t]), db.clients, db.importLog, db.lockState];
}

/** What an import brought, as the import commit knows it. */
export interface ImportRegistration {
  /** The sender's profile id (the client; the coach for a coach-return). */
  clientId: string;
  displayName: string;
  kind: string;
  bundleCreatedAt: string;
  added: ImportLogRow['added'];
  updated: ImportLogRow['updated'];
  deleted: ImportLogRow['deleted'];
  /** The client's public key, when the bundle carries it. */
  recipient?: string;
  importedAt?: string;
  /**
   * The client's live record counts after this import, when the caller knows them exactly
   * (a first import: nothing of theirs was here); otherwise they are counted from the records.
   */
  recordCounts?: RecordCounts;
}

/** Counts a client's live records per type, walking only that client's index range. */
export async function countClientRecords(db: KoersDexie, clientId: string): Promise<RecordCounts> {
  const counts: RecordCounts = {};
  for (const type of clientRecordTypes) {
    const rows = baseTableOf(db, type).where('ownerId').equals(clientId);
    counts[type] = await rows.filter(isLive).count();
  }
  return counts;
}

/** Counts by the ownerId index alone (tombstones included): the fallback for old rows. */
export async function indexCounts(db: KoersDexie, clientId: string): Promise<RecordCounts> {
  const counts: RecordCounts = {};
  for (const type of clientRecordTypes) {
    counts[type] = await db[type].where('ownerId').equals(clientId).count();
  }
  return counts;
}

/**
 * Logs an import and creates or updates the client's row. Joins the caller's transaction
 * when it covers importTables(db); otherwise runs in a transaction of its own.
 * A coach-return bundle is logged but makes no client row (its sender is the coach).
 */
export function registerImport(
  db: KoersDexie,
  input: ImportRegistration,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportLogRow> {
  const importedAt = input.importedAt ?? new Date().toISOString();
  return db.transaction('rw', importTables(db), async () => {
    await followStoredMode(db);
    const log: ImportLogRow = {
      id: newId(),
      clientId: input.clientId,
      importedAt,
      bundleCreatedAt: input.bundleCreatedAt,
      kind: input.kind,
      added: input.added,
      updated: input.updated,
      deleted: input.deleted,
    };
    await db.importLog.add(log);
    if (input.kind === 'coach-return') return log;
    const existing = await openClient(await db.clients.get(input.clientId));
    const recordCounts = input.recordCounts ?? (await countClientRecords(db, input.clientId));
    const newer = !existing || input.bundleCreatedAt >= existing.lastBundleAt;
    const row: ClientRow = {
      ...existing,
      id: input.clientId,
      // The client may have changed their name; the coach's alias stays as it was.
      displayName: newer ? input.displayName : (existing?.displayName ?? input.displayName),
      firstImportAt: existing?.firstImportAt ?? importedAt,
      lastImportAt: importedAt,
      lastBundleAt: newer
        ? input.bundleCreatedAt
        : (existing?.lastBundleAt ?? input.bundleCreatedAt),
      recordCounts,
    };
    if (input.recipient) row.recipient = input.recipient;
    // A new file from an archived client brings them back into the list: their trajectory goes
    // on, and what the file brought should not wait unseen in the archive.
    delete row.archivedAt;
    await putClient(db, row);
    return log;
  });
}

/** The device's client list as a coach's backup carries it (counts are recounted on restore). */
export async function backupClients(db: KoersDexie = getDatabase()): Promise<BackupClient[]> {
  const rows = await openClients(await db.clients.toArray());
  // The example client is a demonstration on this device, not part of the coach's practice.
  return rows
    .filter((row) => !row.example)
    .map(({ recordCounts: _counts, example: _example, ...client }) => client);
}

/**
 * Restores the client list of a coach's backup, inside the import's transaction (after its
 * records are written): a client this device does not know gets its row back, with counts of
 * the records now here. A row the device has is kept as it is: it is at least as current.
 */
export async function restoreClients(db: KoersDexie, clients: readonly BackupClient[]) {
  for (const client of clients) {
    if (await db.clients.get(client.id)) continue;
    const row = { ...client, recordCounts: await countClientRecords(db, client.id) };
    await db.clients.add((await sealClient(db, row)) as ClientRow);
  }
}

/** One client in the list: the row, counts and the newest import of their material. */
export interface ClientListItem {
  client: ClientRow;
  counts: RecordCounts;
  latest: ImportLogRow | undefined;
}

/** Every known client with counts and newest import; no record is read when counts are kept. */
export async function listClients(db: KoersDexie = getDatabase()): Promise<ClientListItem[]> {
  const clients = await openClients(await db.clients.toArray());
  return Promise.all(
    clients.map(async (client) => {
      const logs = await db.importLog.where('clientId').equals(client.id).toArray();
      let latest: ImportLogRow | undefined;
      for (const log of logs) {
        if (log.kind !== 'coach-return' && (!latest || log.importedAt > latest.importedAt)) {
          latest = log;
        }
      }
      return {
        client,
        counts: client.recordCounts ?? (await indexCounts(db, client.id)),
        latest,
      };
    }),
  );
}

/** The name the coach sees: the alias if renamed, else the name from the bundle. */
export function clientName(client: ClientRow): string {
  return client.alias?.trim() || client.displayName;
}

/** Stores a client row, sealed under the lock. */
async function putClient(db: KoersDexie, row: ClientRow): Promise<void> {
  await db.clients.put((await sealClient(db, row)) as ClientRow);
}

async function change(db: KoersDexie, id: string, apply: (row: ClientRow) => void) {
  await db.transaction('rw', [db.clients, db.lockState], async () => {
    // Another tab may have turned the lock on or off; the row seals as stored now.
    await followStoredMode(db);
    const row = await openClient(await db.clients.get(id));
    if (!row) throw new Dexie.NotFoundError(`client ${id}`);
    apply(row);
    await putClient(db, row);
  });
}

/** Sets the coach's own name for a client; an empty alias restores the bundle's name. */
export function renameClient(
  id: string,
  alias: string,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  return change(db, id, (row) => {
    const trimmed = alias.trim();
    if (trimmed) row.alias = trimmed;
    else delete row.alias;
  });
}

/** Archives (hides from the default list) or unarchives a client. */
export function setArchived(
  id: string,
  archived: boolean,
  now = new Date(),
  db: KoersDexie = getDatabase(),
) {
  return change(db, id, (row) => {
    if (archived) row.archivedAt = now.toISOString();
    else delete row.archivedAt;
  });
}

/** Stores (or, with an empty string, forgets) the client's public key. */
export function setClientRecipient(id: string, recipient: string, db: KoersDexie = getDatabase()) {
  return change(db, id, (row) => {
    if (recipient) row.recipient = recipient;
    else delete row.recipient;
  });
}

/** What removing a client deletes: their records per type, the coach's notes, assignments and
 * question sets about them, and their import log entries. */
export type RemovalPlan = Partial<Record<RecordType | 'importLog', number>>;

/** Draft keys of coach forms about a client start with this (see the coach feature). */
export const clientDraftPrefix = (clientId: string) => `coach:${clientId}:`;

function removalTables(db: KoersDexie) {
  return [...recordTypes.map((t) => db[t]), db.clients, db.importLog, db.drafts];
}

function clientCollections(db: KoersDexie, clientId: string) {
  return {
    owned: recordTypes.map((type) => ({ type, rows: db[type].where('ownerId').equals(clientId) })),
    about: aboutClientTypes.map((type) => ({
      type,
      rows: db[type].where('clientId').equals(clientId),
    })),
    importLog: db.importLog.where('clientId').equals(clientId),
    drafts: db.drafts.where('key').startsWith(clientDraftPrefix(clientId)),
  };
}

/** Counts what removeClient would delete, for the confirmation dialog. */
export function planRemoval(
  clientId: string,
  db: KoersDexie = getDatabase(),
): Promise<RemovalPlan> {
  return db.transaction('r', removalTables(db), async () => {
    const c = clientCollections(db, clientId);
    const plan: RemovalPlan = {};
    for (const { type, rows } of c.owned) plan[type] = await rows.count();
    for (const { type, rows } of c.about) plan[type] = (plan[type] ?? 0) + (await rows.count());
    plan.importLog = await c.importLog.count();
    return plan;
  });
}

/** Deletes the client and everything of theirs in one transaction; returns what went. */
export function removeClient(
  clientId: string,
  db: KoersDexie = getDatabase(),
): Promise<RemovalPlan> {
  return db.transaction('rw', removalTables(db), async () => {
    const c = clientCollections(db, clientId);
    const removed: RemovalPlan = {};
    for (const { type, rows } of c.owned) removed[type] = await rows.delete();
    for (const { type, rows } of c.about) {
      removed[type] = (removed[type] ?? 0) + (await rows.delete());
    }
    removed.importLog = await c.importLog.delete();
    await c.drafts.delete();
    await db.clients.delete(clientId);
    return removed;
  });
}

/**
 * Removes the example client like any client, and forgets its pinned signing key in the same
 * transaction: a device whose only client was the example counts as empty again (a coach's
 * backup can then be adopted on it).
 */
export function removeExampleClient(
  clientId: string,
  db: KoersDexie = getDatabase(),
): Promise<RemovalPlan> {
  return db.transaction('rw', [...removalTables(db), db.senderKeys], async () => {
    const row = await db.clients.get(clientId);
    if (!row?.example) return {};
    const removed = await removeClient(clientId, db);
    await db.senderKeys.delete(clientId);
    return removed;
  });
}

/** The client row with this id, or undefined. */
export function clientById(
  id: string,
  db: KoersDexie = getDatabase(),
): Promise<ClientRow | undefined> {
  return db.clients.get(id).then(openClient);
}

/** How many clients the coach holds (archived ones included). */
export function clientCount(db: KoersDexie = getDatabase()): Promise<number> {
  return db.clients.count();
}

/** Every import from or about this client, in storage order. */
export function importsOf(
  clientId: string,
  db: KoersDexie = getDatabase(),
): Promise<ImportLogRow[]> {
  return db.importLog.where('clientId').equals(clientId).toArray();
}

/** Every client row, archived ones included. */
export function allClients(db: KoersDexie = getDatabase()): Promise<ClientRow[]> {
  return db.clients.toArray().then(openClients);
}

/**
 * The client's live record counts: kept on the row by registerImport in the import's own
 * transaction; only rows written before it kept them need the walk over every record type.
 */
export async function recordCountsOf(
  client: ClientRow,
  db: KoersDexie = getDatabase(),
): Promise<RecordCounts> {
  return client.recordCounts ?? countClientRecords(db, client.id);
}
