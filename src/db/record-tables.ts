// Typed access to the record tables: one record type's table with its own rows, or any type's
// table seen as rows of the common record base, for loops over every type. The table union's
// methods do not unify, which is what casts were used for before.
import type { Table } from 'dexie';
import type { RecordBase, RecordOf, RecordType } from '../domain/records';
import type { KoersDexie } from './database';

/** The tables of all record types, each with its own row type. */
type RecordTables = { [T in RecordType]: Table<RecordOf<T>, string> };

/** The table of record type `type`, with that type's rows. */
export function tableOf<T extends RecordType>(db: KoersDexie, type: T): Table<RecordOf<T>, string> {
  const tables: RecordTables = db;
  return tables[type];
}

/** The table of any record type as rows of the common base (id, owner, dates, tombstone). */
export function baseTableOf(db: KoersDexie, type: RecordType): Table<RecordBase, string> {
  return db[type];
}
