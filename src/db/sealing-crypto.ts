// The crypto half of sealing.ts, loaded only when a row is sealed or the lock is on: it brings
// the envelope (zod, the field lists) and the record schemas, which the first screen of a
// device without the lock never needs.
import { type RecordOf, type RecordType, recordSchemas } from '../domain/records';
import { isSealed, openRecord, type SealedRecord, sealRecord } from '../lock/envelope';
import { isLockError, LockError } from '../lock/errors';

/** `records` sealed with `key`. */
export function sealAll<T extends RecordType>(
  key: CryptoKey,
  type: T,
  records: readonly RecordOf<T>[],
): Promise<SealedRecord[]> {
  return Promise.all(records.map((record) => sealRecord(key, type, record)));
}

/** Opens one sealed record and validates it; a record that does not validate is damaged. */
async function openOne<T extends RecordType>(
  key: CryptoKey,
  type: T,
  stored: SealedRecord,
): Promise<RecordOf<T>> {
  const opened = await openRecord(key, type, stored);
  const parsed = recordSchemas[type].safeParse(opened);
  if (!parsed.success) throw new LockError('damaged-record', 'contents', { cause: parsed.error });
  return parsed.data as RecordOf<T>;
}

/** `rows` with every sealed one opened with `key`; plain ones and gaps as they are. */
export function openAll<T extends RecordType, R extends RecordOf<T> | undefined>(
  key: CryptoKey,
  type: T,
  rows: readonly R[],
): Promise<R[]> {
  return Promise.all(
    rows.map((row) =>
      row !== undefined && isSealed(row) ? (openOne(key, type, row) as Promise<R>) : row,
    ),
  );
}

/** Records opened for a screen, and the ids of the rows that did not open (see openReadable). */
export interface ReadableRecords<T extends RecordType> {
  records: RecordOf<T>[];
  /** Ids of the sealed rows left out because they are damaged, in the order of the rows. */
  damaged: string[];
}

/**
 * `rows` opened as openAll does, except that a sealed row that does not open or validate
 * (LockError `damaged-record`) is left out and its id named, rather than failing them all.
 * Any other failure fails them all, as before.
 */
export async function openReadable<T extends RecordType>(
  key: CryptoKey,
  type: T,
  rows: readonly RecordOf<T>[],
): Promise<ReadableRecords<T>> {
  const settled = await Promise.allSettled(
    rows.map((row) => (isSealed(row) ? openOne(key, type, row) : Promise.resolve(row))),
  );
  const records: RecordOf<T>[] = [];
  const damaged: string[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') records.push(result.value);
    else if (isLockError(result.reason, 'damaged-record')) damaged.push(rows[i]?.id ?? '');
    else throw result.reason;
  });
  return { records, damaged };
}
