// Reading what an export or backup needs: all records of the device per type, and small
// facts for the backup reminder and the restore offer.
import type { BundleRecords } from '../bundle/format';
import type { RecordBase } from '../domain/records/index';
import { recordsPerTypeAsync } from '../domain/records/per-type';
import { recordTypes } from '../domain/records/types';
import { getDatabase, type KoersDexie } from './database';
import { baseTableOf, tableOf } from './record-tables';
import { openRows, storageError } from './sealing';

/**
 * Every record of `ownerId`, tombstones included, per type (one read transaction);
 * with `ownerId` null, every record on the device (what a backup holds).
 */
export async function loadOwnRecords(
  ownerId: string | null,
  db: KoersDexie = getDatabase(),
): Promise<BundleRecords> {
  try {
    return await db.transaction(
      'r',
      recordTypes.map((t) => db[t]),
      () =>
        recordsPerTypeAsync(async (type) => {
          const table = tableOf(db, type);
          const rows =
            ownerId === null
              ? await table.toArray()
              : await table.where('ownerId').equals(ownerId).toArray();
          // A bundle holds the plain record shape whatever the lock (its format is unchanged).
          return openRows(type, rows);
        }),
    );
  } catch (error) {
    throw storageError(error);
  }
}

/** True when the database holds no record at all (a new phone, or data the browser removed). */
export async function isDatabaseEmpty(db: KoersDexie = getDatabase()): Promise<boolean> {
  for (const type of recordTypes) if ((await db[type].count()) > 0) return false;
  return true;
}

/** The latest updatedAt among `ownerId`'s records (example data not counted), or null. */
export async function latestOwnChange(
  ownerId: string,
  db: KoersDexie = getDatabase(),
): Promise<string | null> {
  const counts = (r: RecordBase) => r.ownerId === ownerId && r.example !== true;
  const diary = baseTableOf(db, 'diaryEntries');
  let latest: string | null = null;
  const own = await diary.where('ownerId').equals(ownerId).count();
  // Diary entries, by far the most numerous, have an updatedAt index. When most are the
  // owner's (a client's phone), walk it from the newest and stop at the first that counts,
  // usually the very first; on a coach's device, read the owner's few directly.
  if (own > 0 && own * 2 >= (await diary.count())) {
    latest = (await diary.orderBy('updatedAt').reverse().filter(counts).first())?.updatedAt ?? null;
  }
  for (const type of recordTypes) {
    if (type === 'diaryEntries' && latest !== null) continue;
    // One bulk read per type (getAll) instead of a cursor step per record.
    const rows = await baseTableOf(db, type).where('ownerId').equals(ownerId).toArray();
    for (const r of rows) {
      if (counts(r) && (latest === null || r.updatedAt > latest)) latest = r.updatedAt;
    }
  }
  return latest;
}
