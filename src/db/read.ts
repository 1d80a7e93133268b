// The read side of storage. Outside src/db/ every read of stored records goes through these
// functions (features wrap them in their data modules). Each opens what the app lock sealed
// (sealing.ts) before handing records on; plain records pass as they are. `recordTable` and
// `timelineOf` hand out Dexie queries: their callers open the rows with `openRecords`.
import Dexie, { type Table } from 'dexie';
import type { RecordOf, RecordType } from '../domain/records';
import { isLive } from '../domain/records/live';
import { getDatabase } from './database';
import { lockModeOf } from './lock-session';
import { tableOf } from './record-tables';
import { openReadableRows, openRow, openRows, type ReadableRows } from './sealing';

/** The table of one record type, with that type's rows (the union's methods do not unify). */
export type RecordTable<T extends RecordType> = Table<RecordOf<T>, string>;

/** Record types with a per-owner timeline index, [ownerId+occurredAt]. */
export type TimelineType = 'diaryEntries' | 'focusingSessions';

/**
 * The table of one record type, for queries the functions below do not cover (compound
 * indexes, counts, paging). Read only: writes go through `Repository`. Rows read through it
 * may be sealed: pass them through `openRecords`, and filter only on plain fields
 * (src/lock/fields.ts) before that.
 */
export function recordTable<T extends RecordType>(type: T): RecordTable<T> {
  return tableOf(getDatabase(), type);
}

/** One record by id, tombstones included; undefined when unknown. */
export function recordById<T extends RecordType>(
  type: T,
  id: string,
): Promise<RecordOf<T> | undefined> {
  return recordTable(type)
    .get(id)
    .then((row) => openRow(type, row));
}

/** Records by id, in the order of `ids`; undefined where unknown, tombstones included. */
export function recordsById<T extends RecordType>(
  type: T,
  ids: readonly string[],
): Promise<(RecordOf<T> | undefined)[]> {
  return recordTable(type)
    .bulkGet([...ids])
    .then((rows) => openRows(type, rows));
}

/** Every record of a type, tombstones included (for types a device holds few of). */
export function allRecords<T extends RecordType>(type: T): Promise<RecordOf<T>[]> {
  return recordTable(type)
    .toArray()
    .then((rows) => openRows(type, rows));
}

/** Records whose indexed field `index` equals `value`, tombstones included. */
export function recordsWhere<T extends RecordType>(
  type: T,
  index: string,
  value: string,
): Promise<RecordOf<T>[]> {
  return recordTable(type)
    .where(index)
    .equals(value)
    .toArray()
    .then((rows) => openRows(type, rows));
}

/** The records of `ownerId` of a type, tombstones included (the ownerId index). */
export function ownerRecords<T extends RecordType>(
  type: T,
  ownerId: string,
): Promise<RecordOf<T>[]> {
  return recordsWhere(type, 'ownerId', ownerId);
}

/** The live records of `ownerId` of a type, in index order. */
export async function liveOwnerRecords<T extends RecordType>(
  type: T,
  ownerId: string,
): Promise<RecordOf<T>[]> {
  return (await ownerRecords(type, ownerId)).filter(isLive);
}

/**
 * The records of `ownerId` along [ownerId+occurredAt], oldest first (reverse() for newest);
 * rows may be sealed: open them with `openRecords`.
 */
export function timelineOf<T extends TimelineType>(type: T, ownerId: string) {
  return recordTable(type)
    .where('[ownerId+occurredAt]')
    .between([ownerId, ''], [ownerId, '\uffff']);
}

/** The newest `limit` live records of `ownerId`'s timeline, newest first. */
export function newestLive<T extends TimelineType>(
  type: T,
  ownerId: string,
  limit: number,
): Promise<RecordOf<T>[]> {
  // isLive reads deletedAt, which stays plain: the filter runs before the opening.
  return timelineOf(type, ownerId)
    .reverse()
    .filter(isLive)
    .limit(limit)
    .toArray()
    .then((rows) => openRows(type, rows));
}

/**
 * Rows read through `recordTable` or `timelineOf`, opened where the lock sealed them (see
 * sealing.ts); rejects with LockError `locked` for a sealed row while locked.
 *
 * A Dexie promise, not an async function's: inside a transaction (readTogether, a live
 * query) Dexie follows its own promises across an await, but an await of a native promise
 * loses the transaction, and the reads after it fail or run outside it.
 */
export function openRecords<T extends RecordType>(
  type: T,
  rows: RecordOf<T>[],
): PromiseLike<RecordOf<T>[]> {
  return Dexie.Promise.resolve(rows).then((plain) => openRows(type, plain));
}

/** Records opened for a screen, and the ids of damaged rows left out. */
export type ReadableRecords<T extends RecordType> = ReadableRows<T>;

/**
 * Rows read through `recordTable` or `timelineOf`, opened like `openRecords`, except that a
 * damaged sealed row is left out and its id named, so a screen shows the rest and says so.
 * For screens only: what leaves the device or replaces it (a backup, an export, an import)
 * reads with `openRecords`, which fails on a damaged row. A Dexie promise (see openRecords).
 */
export function openReadableRecords<T extends RecordType>(
  type: T,
  rows: RecordOf<T>[],
): PromiseLike<ReadableRecords<T>> {
  return Dexie.Promise.resolve(rows).then((plain) => openReadableRows(type, plain));
}

/** Runs `work` in one read transaction over the named tables, for a consistent snapshot. */
export function readTogether<R>(
  tables: readonly (RecordType | 'clients' | 'importLog')[],
  work: () => Promise<R>,
): Promise<R> {
  const db = getDatabase();
  return db.transaction('r', [...tables], work);
}

/**
 * Whether this tab's connection works with the app lock off: set before the key goes when the
 * lock is turned off (here or in another tab), so a dropped key then means no unlock follows.
 */
export function lockOffHere(): boolean {
  return lockModeOf(getDatabase()) === 'off';
}
