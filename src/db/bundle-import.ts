// Importing a decrypted bundle: a preview of what would change, and the commit, which re-plans
// against the current data and writes everything in ONE Dexie transaction with bulkPut.
import type { Table } from 'dexie';
import type { BundlePayload } from '../bundle/format';
import { type ImportPlan, planImport } from '../bundle/import-plan';
import { recordsToWrite } from '../bundle/merge';
import { toAppError } from '../domain/errors';
import { type RecordBase, type RecordType, recordTypes } from '../domain/records/index';
import { importTables, registerImport } from './clients';
import { getDatabase, type KoersDexie } from './database';
import { notifySaved } from './save-events';

type AnyTable = Table<RecordBase, string>;

/** Reads the held versions of every incoming id, per type. */
async function heldRecords(
  db: KoersDexie,
  payload: BundlePayload,
): Promise<Map<RecordType, Map<string, RecordBase>>> {
  const held = new Map<RecordType, Map<string, RecordBase>>();
  for (const type of recordTypes) {
    const ids = (payload.records[type] as RecordBase[]).map((r) => r.id);
    const found = await (db[type] as unknown as AnyTable).bulkGet(ids);
    const byId = new Map<string, RecordBase>();
    for (const r of found) if (r !== undefined) byId.set(r.id, r);
    held.set(type, byId);
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

/**
 * Writes the import in one read-write transaction: it plans again inside the transaction, so
 * data changed since the preview is never overwritten by an older version. All or nothing.
 */
export async function commitImport(
  payload: BundlePayload,
  db: KoersDexie = getDatabase(),
): Promise<ImportPlan> {
  let result: ImportPlan;
  try {
    result = await db.transaction('rw', tablesOf(db), async () => {
      const planned = await planAgainst(db, payload);
      const writes = recordsToWrite(planned.plan);
      for (const type of recordTypes) {
        const list = writes[type] as RecordBase[];
        if (list.length > 0) await (db[type] as unknown as AnyTable).bulkPut(list);
      }
      // In the same transaction: the coach's client list and the log of what this import
      // brought ("new since the last import"). A backup is the device itself: not logged.
      const { manifest } = payload;
      if (manifest.kind !== 'backup') {
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
        });
      }
      return planned;
    });
  } catch (error) {
    throw rethrow(error);
  }
  notifySaved();
  return result;
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
