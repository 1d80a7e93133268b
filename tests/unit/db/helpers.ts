// A fresh, uniquely named database per test, so tests never see each other's data.
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';

let counter = 0;

/** Opens a new empty database and makes it the app's shared one. */
export function freshDatabase(): KoersDexie {
  counter += 1;
  const db = createDatabase(`koers-test-${process.pid}-${counter}`);
  setDatabase(db);
  return db;
}

/** A fixed owner id for test records. */
export const OWNER = '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
