// Puts generated records into the app's IndexedDB ('koers', the tables of src/db/schema.ts)
// from the page, in batches, the way Dexie would have stored them. If the app has not opened
// its database yet, the stores are created exactly as Dexie declares them.
import type { Page } from 'playwright-core';
import { currentSchemaVersion, storesAt } from '../src/db/schema';
import type { Dataset } from './generate/dataset';

/** Records per page.evaluate call: large enough to be quick, small enough to serialise. */
const BATCH = 2_000;

/** Dexie stores version n as IndexedDB version n * 10. */
const idbVersion = currentSchemaVersion * 10;

/** One IndexedDB index as Dexie creates it: its name and its key path (an array if compound). */
export interface IndexLayout {
  name: string;
  keyPath: string | string[];
}

/** One object store as Dexie creates it. */
export interface StoreLayout {
  name: string;
  keyPath: string;
  indexes: IndexLayout[];
}

const FIELD = /^[A-Za-z_$][\w$]*$/;

/**
 * Parses one Dexie store string (`'id, ownerId, [ownerId+occurredAt]'`) into what IndexedDB
 * needs. Dexie names a compound index after its spec (`[ownerId+occurredAt]`) with the fields
 * as key path. Anything else Dexie allows (`++id`, `&unique`, `*multi`) is not used by the
 * schema today and is refused rather than seeded wrongly.
 */
export function parseStoreSpec(name: string, spec: string): StoreLayout {
  const [keyPath, ...rest] = spec.split(',').map((part) => part.trim());
  if (!keyPath || !FIELD.test(keyPath)) {
    throw new Error(`seed: unsupported Dexie primary key "${keyPath}" in ${name}`);
  }
  const indexes = rest.map((part): IndexLayout => {
    if (FIELD.test(part)) return { name: part, keyPath: part };
    const compound = /^\[(.+)\]$/.exec(part);
    const fields = compound?.[1]?.split('+').map((field) => field.trim());
    if (fields && fields.length > 1 && fields.every((field) => FIELD.test(field))) {
      return { name: `[${fields.join('+')}]`, keyPath: fields };
    }
    throw new Error(`seed: unsupported Dexie store syntax "${part}" in ${name}`);
  });
  return { name, keyPath, indexes };
}

/** The stores of the current schema as IndexedDB needs them. */
export function storeLayout(): StoreLayout[] {
  return Object.entries(storesAt(currentSchemaVersion)).map(([name, spec]) =>
    parseStoreSpec(name, spec),
  );
}

/** The profile id the first run gave this device (the owner of the client's records). */
export function profileIdOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('koers-settings');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('settings').objectStore('settings').get('settings');
          get.onsuccess = () => {
            db.close();
            const id = (get.result as { profileId?: string } | undefined)?.profileId;
            if (id) resolve(id);
            else reject(new Error('no profileId: finish the first run before seeding'));
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Writes every row of `data` (records, or local tables such as clients) into the page's
 * database; returns how many. */
export async function seedDatabase(
  page: Page,
  data: Partial<Dataset> | Record<string, readonly unknown[]>,
): Promise<number> {
  const layout = storeLayout();
  let written = 0;
  for (const [table, records] of Object.entries(data)) {
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      written += await page.evaluate(
        ({ table, batch, layout, version }) =>
          new Promise<number>((resolve, reject) => {
            const open = (withVersion: boolean) => {
              const request = withVersion
                ? indexedDB.open('koers', version)
                : indexedDB.open('koers');
              request.onupgradeneeded = () => {
                const db = request.result;
                for (const store of layout) {
                  if (db.objectStoreNames.contains(store.name)) continue;
                  const created = db.createObjectStore(store.name, { keyPath: store.keyPath });
                  for (const index of store.indexes) created.createIndex(index.name, index.keyPath);
                }
              };
              request.onerror = () => reject(request.error);
              request.onsuccess = () => {
                const db = request.result;
                if (!db.objectStoreNames.contains(table)) {
                  db.close();
                  if (withVersion) reject(new Error(`no table ${table} after creating it`));
                  else open(true);
                  return;
                }
                const tx = db.transaction(table, 'readwrite');
                const store = tx.objectStore(table);
                for (const record of batch) store.put(record);
                tx.oncomplete = () => {
                  db.close();
                  resolve(batch.length);
                };
                tx.onerror = () => reject(tx.error);
              };
            };
            open(false);
          }),
        { table, batch: batch as unknown[], layout, version: idbVersion },
      );
    }
  }
  return written;
}
