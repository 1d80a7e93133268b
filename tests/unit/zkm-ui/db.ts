// A fresh fake-indexeddb database per test, installed as the app's shared connection.
import { afterEach, beforeEach } from 'vitest';
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';

let counter = 0;

/** Gives every test in the file its own empty database; returns a getter for it. */
export function freshDatabasePerTest(): () => KoersDexie {
  let db: KoersDexie | undefined;
  beforeEach(async () => {
    counter += 1;
    db = createDatabase(`zkm-ui-test-${counter}-${Date.now()}`);
    await db.open();
    setDatabase(db);
  });
  afterEach(() => {
    db?.close();
    setDatabase(undefined);
  });
  return () => {
    if (!db) throw new Error('no database');
    return db;
  };
}
