// Whether the example client is loaded: a cheap check the first screen can make without
// loading the example data or the record schemas.
import type { Table } from 'dexie';
import { recordTypes } from '../domain/records/types';
import { getDatabase } from './database';

/** Whether any example record is stored. */
export async function hasExampleData(): Promise<boolean> {
  const db = getDatabase();
  for (const type of recordTypes) {
    const table = db[type] as Table<{ example?: true }, string>;
    if ((await table.filter((record) => record.example === true).count()) > 0) return true;
  }
  return false;
}
