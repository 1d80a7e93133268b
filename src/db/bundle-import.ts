// Importing a decrypted bundle: a preview of what would change, and the commit, which re-plans
// against the current data and writes everything in ONE Dexie transaction with bulkPut.
import type { Table } from 'dexie';
import type { BundlePayload } from '../bundle/format';
import { type ImportPlan, planImport } from '../bundle/import-plan';
import { recordsToWrite } from '../bundle/merge';
import { toAppError } from '../domain/errors';
import { type RecordBase, type RecordType, recordTypes } from '../domain/records/index';
import {
  clientRecordTypes,
  importTables,
  type RecordCounts,
  registerImport,
  restoreClients,
} from './clients';
import { getDatabase, type KoersDexie } from './database';
import { notifySaved } from './save-events';
import { loadSettings } from './settings';

type AnyTable = Table<RecordBase, string>;

/**
 * Reads the held versions of the incoming ids, per type. The table's keys come first (one
 * getAllKeys, no values to deserialise); only ids this device holds are then read, so a first
 * import into an empty or unrelated database reads almost nothing.
 */
async function heldRecords(
  db: KoersDexie,
  payload: BundlePayload,
): Promise<Map<RecordType, Map<string, RecordBase>>> {
  const held = new Map<RecordType, Map<string, RecordBase>>();
  for (const type of recordTypes) {
    const byId = new Map<string, RecordBase>();
    held.set(type, byId);
    const incoming = payload.records[type] as RecordBase[];
    if (incoming.length === 0) continue;
    const table = db[type] as unknown as AnyTable;
    const keys = new Set(await table.toCollection().primaryKeys());
    if (keys.size === 0) continue;
    const ids = incoming.map((r) => r.id).filter((id) => keys.has(id));
    if (ids.length === 0) continue;
    for (const r of await table.bulkGet(ids)) if (r !== undefined) byId.set(r.id, r);
  }
  return held;
}

/** Plans the import against the held records. */
async function planAgainst(db: KoersDexie, payload: BundlePayload): Promise<ImportPlan> {
  const held = await heldRecords(db, payload);
  return planImport(payload, (type, id) => held.get(type)?.get(id));
}

/** What an import would do, without writing anything (throws BundleError on foreign owners). */
export async function previewImport(
  payload: BundlePayload,
  db: KoersDexie = getDatabase(),
): Promise<ImportPlan> {
  try {
    return await db.transaction('r', tablesOf(db), () => planAgainst(db, payload));
  } catch (error) {
    throw rethrow(error);
  }
}

/** Options of commitImport. */
export interface CommitOptions {
  /**
   * This device's own profile id; read from the settings when not given. A client importing
   * their own export is restoring their own records: that makes no client row.
   */
  ownProfileId?: string | null;
}

/**
 * Writes the import in one read-write transaction: it plans again inside the transaction, so
 * data changed since the preview is never overwritten by an older version. All or nothing.
 */
export async function commitImport(
  payload: BundlePayload,
  db: KoersDexie = getDatabase(),
  options: CommitOptions = {},
): Promise<ImportPlan> {
  const { manifest } = payload;
  let result: ImportPlan;
  try {
    // Read before the transaction: awaiting another database inside it would end it.
    const own =
      options.ownProfileId === undefined ? (await loadSettings()).profileId : options.ownProfileId;
    // A backup is the device itself, and one's own export is one's own data: neither is a
    // client of this device, neither is logged.
    const register =
      manifest.kind !== 'backup' &&
      !(manifest.kind === 'client-export' && manifest.sender.profileId === own);
    result = await db.transaction('rw', tablesOf(db), async () => {
      const planned = await planAgainst(db, payload);
      const writes = recordsToWrite(planned.plan);
      // Counted before writing, by the index alone (no values read): see firstImportCounts.
      const ownedBefore = register ? await ownedCount(db, manifest.sender.profileId) : -1;
      for (const type of recordTypes) {
        const list = writes[type] as RecordBase[];
        if (list.length > 0) await (db[type] as unknown as AnyTable).bulkPut(list);
      }
      if (manifest.kind === 'backup' && manifest.clients) {
        await restoreClients(db, manifest.clients);
      }
      if (!register) return planned;
      // In the same transaction: the coach's client list and the log of what this import
      // brought ("new since the last import").
      const ids = (pick: 'added' | 'updated' | 'deleted') => {
        const out: Partial<Record<RecordType, string[]>> = {};
        for (const type of recordTypes) {
          const list = (planned.plan[type][pick] as RecordBase[]).map((r) => r.id);
          if (list.length > 0) out[type] = list;
        }
        return out;
      };
      await registerImport(db, {
        clientId: manifest.sender.profileId,
        displayName: manifest.sender.displayName,
        kind: manifest.kind,
        bundleCreatedAt: manifest.createdAt,
        added: ids('added'),
        updated: ids('updated'),
        deleted: ids('deleted'),
        ...(manifest.sender.recipient ? { recipient: manifest.sender.recipient } : {}),
        ...(ownedBefore === 0 ? { recordCounts: firstImportCounts(writes) } : {}),
      });
      return planned;
    });
  } catch (error) {
    throw rethrow(error);
  }
  notifySaved();
  return result;
}

/** How many records `ownerId` owns in the client record tables, by the ownerId index alone. */
async function ownedCount(db: KoersDexie, ownerId: string): Promise<number> {
  let n = 0;
  for (const type of clientRecordTypes)
    n += await db[type].where('ownerId').equals(ownerId).count();
  return n;
}

/**
 * The sender's live record counts after an import into a device that held none of their
 * records: exactly the live records written (every written record is the sender's, and
 * nothing of theirs was there before), so registerImport need not read them back.
 */
function firstImportCounts(writes: ReturnType<typeof recordsToWrite>): RecordCounts {
  const counts: RecordCounts = {};
  for (const type of clientRecordTypes) {
    counts[type] = (writes[type] as RecordBase[]).filter((r) => r.deletedAt === undefined).length;
  }
  return counts;
}

/** How many records (tombstones too) `ownerId` owns on this device. */
export async function countOwned(ownerId: string, db: KoersDexie = getDatabase()): Promise<number> {
  let n = 0;
  for (const type of recordTypes) n += await db[type].where('ownerId').equals(ownerId).count();
  return n;
}

/** Every record table of the database. */
function tablesOf(db: KoersDexie) {
  return importTables(db);
}

/** Bundle errors pass through as they are; platform errors become AppErrors. */
function rethrow(error: unknown): unknown {
  if (error instanceof Error && error.name === 'BundleError') return error;
  return toAppError(error);
}
