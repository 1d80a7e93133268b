// Loads and removes the example client. Removal deletes exactly the records marked `example`
// and nothing else, in one transaction.
import type { Table } from 'dexie';
import { toAppError } from '../domain/errors';
import { buildExampleData } from '../domain/example';
import { recordSchemas, recordTypes } from '../domain/records';
import { getDatabase } from './database';
import { notifySaved } from './save-events';
import { sealForWrite, storageError } from './sealing';

/** Stores the example data (validated); loading it twice changes nothing. Returns the count. */
export async function loadExampleData(ownerId: string, now = new Date()): Promise<number> {
  const data = buildExampleData(ownerId, now);
  const db = getDatabase();
  let count = 0;
  try {
    await db.transaction('rw', [...recordTypes.map((type) => db[type]), db.lockState], async () => {
      for (const type of recordTypes) {
        const records = (data[type] ?? []).map((record) => recordSchemas[type].parse(record));
        // The registry keeps table and schema in step; TypeScript cannot see that per type.
        const stored = await sealForWrite(db, type, records);
        await (db[type] as Table<unknown, string>).bulkPut(stored);
        count += records.length;
      }
    });
  } catch (error) {
    throw storageError(error);
  }
  notifySaved();
  return count;
}

/** Deletes every example record and nothing else. Returns how many were removed. */
export async function removeExampleData(): Promise<number> {
  const db = getDatabase();
  let count = 0;
  try {
    await db.transaction(
      'rw',
      recordTypes.map((type) => db[type]),
      async () => {
        for (const type of recordTypes) {
          const table = db[type] as Table<{ example?: true }, string>;
          const ids = await table.filter((record) => record.example === true).primaryKeys();
          await table.bulkDelete(ids);
          count += ids.length;
        }
      },
    );
  } catch (error) {
    throw toAppError(error);
  }
  return count;
}
