// The storage side of the app lock: a record is sealed as it is written while the lock is on
// (or being turned on), and a sealed record is opened as it is read, then validated like any
// record. Plain records pass through untouched both ways, so with the lock off nothing about
// storage changes, and while the lock is turned on or off a table may hold both shapes.
//
// WebCrypto is asynchronous and not an IndexedDB request: awaiting it inside a transaction
// would let IndexedDB commit the transaction meanwhile. Dexie.waitFor keeps the transaction
// alive until the crypto is done (it is short: one AES-GCM call per record).
//
// The crypto itself (sealing-crypto.ts, with zod and the record schemas) is imported only when
// a row is sealed or the lock is on: without the lock, reads cost a scan for `sealed` and the
// first screen loads nothing of the lock.
import Dexie from 'dexie';
import { toAppError } from '../domain/errors';
import type { RecordOf, RecordType } from '../domain/records';
import type { SealedRecord } from '../lock/envelope';
import { isLockError, LockError } from '../lock/errors';
import { keyHolder } from '../lock/key-holder';
import { hasEnvelope } from '../lock/sealed-field';
import { reportDatabaseMode } from './database-mode';
import { lockModeOf, readLockState, setLockMode } from './lock-session';

/**
 * A storage failure as callers handle it: the lock's own errors (locked, a damaged record)
 * pass as they are, so a screen can tell them apart; platform errors become AppErrors.
 */
export function storageError(error: unknown): unknown {
  return isLockError(error) ? error : toAppError(error);
}

/** A record as a table stores it: plain, or sealed while the lock is on. */
export type StoredRecord<T extends RecordType> = RecordOf<T> | SealedRecord;

/**
 * The key writes to `db` are sealed with; undefined while writes stay plain (the lock off, or
 * being turned off). Throws LockError `locked` when the lock seals and no key is held: a
 * write is refused rather than stored plain under a lock.
 */
export async function sealingKey(db: Dexie): Promise<CryptoKey | undefined> {
  // The lock state is read as the connection opens; a write may be the first use on a cold
  // start. A connection closed on purpose (another tab's upgrade) is not reopened here: the
  // write fails on it as it did before the lock.
  if (!db.isOpen() && !db.hasBeenClosed()) await db.open();
  const mode = lockModeOf(db);
  if (mode === 'off' || mode === 'turning-off') return undefined;
  const key = keyHolder.key();
  if (key === undefined) throw new LockError('locked');
  return key;
}

/** The table of the lock state: a write transaction that covers it seals as stored now. */
export const LOCK_STATE_TABLE = 'lockState';

/**
 * Within a write transaction that covers the lock state: this connection follows the state as
 * stored now. Another tab may have turned the lock on or off since this connection read it,
 * and its news may not have come yet; the write then seals (or fails `locked` without a key)
 * rather than store plain text under the lock, or stores plain rather than seal with a key
 * that turning the lock off has just deleted. One read of a one-row table per transaction.
 */
export function followStoredMode(db: Dexie): PromiseLike<void> {
  const transaction = Dexie.currentTransaction;
  if (transaction?.db !== db || !transaction.storeNames.includes(LOCK_STATE_TABLE)) {
    return Dexie.Promise.resolve();
  }
  return readLockState(db.table(LOCK_STATE_TABLE)).then((row) => {
    if (row.state === lockModeOf(db)) return;
    setLockMode(db, row.state);
    reportDatabaseMode(row.state);
  });
}

/**
 * `records` as they are to be stored in `db`: sealed under the lock, else as they are. In a
 * transaction that covers the lock state (LOCK_STATE_TABLE), as the stored state says.
 */
export function sealForWrite<T extends RecordType>(
  db: Dexie,
  type: T,
  records: readonly RecordOf<T>[],
): PromiseLike<StoredRecord<T>[]> {
  // Dexie promises throughout (waitFor): callers await this inside their transactions, where
  // an await of a native promise would lose the transaction.
  return Dexie.Promise.resolve(followStoredMode(db))
    .then(() => Dexie.waitFor(sealingKey(db)))
    .then((key) =>
      key === undefined
        ? [...records]
        : Dexie.waitFor(import('./sealing-crypto').then((c) => c.sealAll(key, type, records))),
    );
}

function heldKey(): CryptoKey {
  const key = keyHolder.key();
  if (key === undefined) throw new LockError('locked');
  return key;
}

/**
 * Stored rows as records, in the same order: sealed ones opened and validated (LockError
 * `locked` without a key, `damaged-record` when one does not open or validate), plain ones
 * and gaps as they are. Without a sealed row it returns `rows` itself, at once: the lock-off
 * path does no work.
 */
export function openRows<T extends RecordType, R extends RecordOf<T> | undefined>(
  type: T,
  rows: R[],
): R[] | Promise<R[]> {
  if (!rows.some((row) => row !== undefined && hasEnvelope(row))) return rows;
  const key = heldKey();
  return Dexie.waitFor(import('./sealing-crypto').then((c) => c.openAll(key, type, rows)));
}

/** One stored row as a record (see openRows); undefined stays undefined. */
export function openRow<T extends RecordType, R extends RecordOf<T> | undefined>(
  type: T,
  row: R,
): R | Promise<R> {
  if (row === undefined || !hasEnvelope(row)) return row;
  const key = heldKey();
  return Dexie.waitFor(
    import('./sealing-crypto').then((c) => c.openAll(key, type, [row]).then(([one]) => one as R)),
  );
}

/** Records opened for a screen, with the ids of damaged rows left out (see openReadableRows). */
export interface ReadableRows<T extends RecordType> {
  records: RecordOf<T>[];
  damaged: string[];
}

/**
 * Stored rows opened as openRows does, except that a sealed row that is damaged (does not
 * open or validate) is left out and its id named in `damaged`: one damaged row does not hide
 * the rest of a list. Only for what a screen shows, which then says so; a backup, an export or
 * an import opens strictly (openRows), so none of them is ever incomplete without failing.
 */
export function openReadableRows<T extends RecordType>(
  type: T,
  rows: RecordOf<T>[],
): ReadableRows<T> | Promise<ReadableRows<T>> {
  if (!rows.some((row) => hasEnvelope(row))) return { records: rows, damaged: [] };
  const key = heldKey();
  return Dexie.waitFor(import('./sealing-crypto').then((c) => c.openReadable(key, type, rows)));
}
