// Whether the example client is loaded: a cheap check the first screen can make without
// loading the example data or the record schemas. Example records have ids in their own
// range (src/domain/example/ids.ts), so a primary-key range query answers it in O(log n).
import type { Table } from 'dexie';
import { EXAMPLE_ID_MAX, EXAMPLE_ID_MIN } from '../domain/example/ids';
import { recordTypes } from '../domain/records/types';
import { getDatabase } from './database';

/** Whether any example record is stored. */
export async function hasExampleData(): Promise<boolean> {
  const db = getDatabase();
  for (const type of recordTypes) {
    const table = db[type] as Table<unknown, string>;
    const first = await table
      .where(':id')
      .between(EXAMPLE_ID_MIN, EXAMPLE_ID_MAX, true, true)
      .first();
    if (first !== undefined) return true;
  }
  return false;
}
