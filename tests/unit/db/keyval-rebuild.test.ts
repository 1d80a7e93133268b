// Rebuilding the key-value databases ("Clear old traces" for the device keys and the
// settings): every value comes back under its key exactly as stored, the rescue copy and the
// journal are gone, a connection another tab holds steps aside and reads the rebuilt store; a
// rebuild cut short after the deletion is finished from the rescue copy, one cut short before
// it leaves the store as it was, and a database that does not exist is not made.
import { entries, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  finishInterruptedKeyval,
  type KeyvalStep,
  rebuildKeyval,
} from '../../../src/db/keyval-rebuild';
import { keyvalStore } from '../../../src/db/keyval-store';
import { localRebuildJournal } from '../../../src/db/rebuild-journal';
import { memoryJournal } from './helpers';

let serial = 0;
const names: string[] = [];

/** A fresh key-value database of its own for each test. */
function freshKeyval() {
  serial += 1;
  const database = { name: `koers-keys-test-${serial}`, store: 'keys' };
  names.push(database.name, `${database.name}-rebuild`);
  return database;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '');
}

// A sealed value as the lock stores it, and plain ones beside it.
const VALUES: [string, unknown][] = [
  ['device-identity', { sealed: { v: 1, iv: 'AAECAwQFBgcICQoL', data: 'c2VhbGVk' } }],
  ['signing-key', { sealed: { v: 1, iv: 'DA0ODxAREhMUFRYX', data: 'a2V5' } }],
  ['bytes', new Uint8Array([0, 1, 2, 254, 255])],
  ['coach-code', { recipient: 'age1example', addedAt: '2026-11-02T08:00:00.000Z' }],
];

afterEach(async () => {
  for (const name of names.splice(0)) {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
    });
  }
});

describe('rebuilding a key-value database', () => {
  it('puts every value back under its key, while another tab’s connection steps aside', async () => {
    const database = freshKeyval();
    // Another tab's store, used once so that its connection is open.
    const other = keyvalStore(database.name, database.store);
    for (const [key, value] of VALUES) await set(key, value, other);
    const before = await entries(other);
    const journal = memoryJournal();
    const steps: KeyvalStep[] = [];
    await rebuildKeyval(database, (step) => steps.push(step), journal);
    expect(steps).toEqual(['copying', 'deleting', 'restoring']);
    expect(journal.stages).toEqual(['copying', 'copied', 'restored']);
    expect(journal.read()).toBeUndefined();
    expect(await databaseNames()).not.toContain(`${database.name}-rebuild`);
    // The other tab's store opens the rebuilt database and finds every value as it was.
    expect(await entries(other)).toEqual(before);
    expect(await get('bytes', other)).toEqual(new Uint8Array([0, 1, 2, 254, 255]));
    expect(await entries(keyvalStore(database.name, database.store))).toEqual(before);
  });

  it('finishes a rebuild cut short after the deletion from the rescue copy', async () => {
    const database = freshKeyval();
    const store = keyvalStore(database.name, database.store);
    for (const [key, value] of VALUES) await set(key, value, store);
    const before = await entries(store);
    const journal = memoryJournal();
    // The tab closes after the deletion, before the values are written back.
    const cut = rebuildKeyval(
      database,
      (step) => {
        if (step === 'restoring') throw new Error('The tab was closed');
      },
      journal,
    );
    await expect(cut).rejects.toThrow('The tab was closed');
    expect(journal.read()).toBe('copied');
    expect(await databaseNames()).not.toContain(database.name);

    expect(await finishInterruptedKeyval(database, journal)).toBe(true);
    expect(journal.read()).toBeUndefined();
    expect(await entries(store)).toEqual(before);
    expect(await databaseNames()).not.toContain(`${database.name}-rebuild`);
  });

  it('makes a running tab’s write during the rebuild wait for it, and keeps it', async () => {
    // Web Locks as the browser keeps them for every tab, here in one process: each request on
    // a name runs after the ones before it (shared ones too, which is stricter than needed).
    const tails = new Map<string, Promise<unknown>>();
    const locks = {
      request(name: string, ...args: unknown[]) {
        const work = args.at(-1) as () => unknown;
        const run = (tails.get(name) ?? Promise.resolve()).then(() => work());
        tails.set(
          name,
          run.catch(() => undefined),
        );
        return run;
      },
    };
    const previous = globalThis.navigator;
    vi.stubGlobal('navigator', { locks });
    try {
      const database = freshKeyval();
      const other = keyvalStore(database.name, database.store);
      for (const [key, value] of VALUES) await set(key, value, other);
      const order: string[] = [];
      let late: Promise<void> | undefined;
      await rebuildKeyval(
        database,
        (step) => {
          // The other tab writes the moment the old store is about to be deleted.
          if (step === 'deleting')
            late = set('late', 'kept', other).then(() => void order.push('write'));
        },
        memoryJournal(),
      );
      order.push('rebuild');
      await late;
      expect(order).toEqual(['rebuild', 'write']);
      expect(await get('late', other)).toBe('kept');
      expect(await get('device-identity', other)).toEqual(VALUES[0]?.[1]);
    } finally {
      // Back to what the setup left (no navigator), not to the machine's.
      vi.stubGlobal('navigator', previous);
    }
  });

  it('finishes a rebuild left halfway before a running tab opens the store again', async () => {
    // The journal in localStorage, as in the app (Node has none: a map stands in).
    const saved = new Map<string, string>();
    const previous = globalThis.localStorage;
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => saved.set(key, value),
      removeItem: (key: string) => saved.delete(key),
    });
    try {
      const database = freshKeyval();
      // A running tab's store, used before the rebuild.
      const store = keyvalStore(database.name, database.store);
      for (const [key, value] of VALUES) await set(key, value, store);
      const before = await entries(store);
      const journal = localRebuildJournal(database.name);
      const cut = rebuildKeyval(
        database,
        (step) => {
          if (step === 'restoring') throw new Error('The disk is full');
        },
        journal,
      );
      await expect(cut).rejects.toThrow('The disk is full');
      expect(journal.read()).toBe('copied');
      // The running tab's next read does not make an empty store: it finishes the rebuild.
      expect(await get('device-identity', store)).toEqual(VALUES[0]?.[1]);
      expect(journal.read()).toBeUndefined();
      expect(await entries(store)).toEqual(before);
    } finally {
      vi.stubGlobal('localStorage', previous);
    }
  });

  it('leaves the store as it was when the rebuild stopped before its copy was complete', async () => {
    const database = freshKeyval();
    const store = keyvalStore(database.name, database.store);
    for (const [key, value] of VALUES) await set(key, value, store);
    const before = await entries(store);
    const journal = memoryJournal();
    journal.write('copying');
    expect(await finishInterruptedKeyval(database, journal)).toBe(true);
    expect(journal.read()).toBeUndefined();
    expect(await entries(store)).toEqual(before);
  });

  it('refuses to replace the store with nothing when the rescue copy is missing', async () => {
    const database = freshKeyval();
    const store = keyvalStore(database.name, database.store);
    await set('coach-code', VALUES[3]?.[1], store);
    const journal = memoryJournal();
    journal.write('copied');
    await expect(finishInterruptedKeyval(database, journal)).rejects.toThrow('missing');
    expect(await get('coach-code', store)).toEqual(VALUES[3]?.[1]);
  });

  it('does not make a database that does not exist, also without databases()', async () => {
    const database = freshKeyval();
    const databases = indexedDB.databases;
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      const steps: KeyvalStep[] = [];
      await rebuildKeyval(database, (step) => steps.push(step), memoryJournal());
      expect(steps).toEqual([]);
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: databases, configurable: true });
    }
    expect(await databaseNames()).not.toContain(database.name);
    // And an existing one is found and rebuilt without it.
    const store = keyvalStore(database.name, database.store);
    await set('coach-code', 'kept', store);
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    const steps: KeyvalStep[] = [];
    try {
      await rebuildKeyval(database, (step) => steps.push(step), memoryJournal());
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: databases, configurable: true });
    }
    expect(steps).toEqual(['copying', 'deleting', 'restoring']);
    expect(await get('coach-code', store)).toBe('kept');
  });

  it('does not make a database that does not exist', async () => {
    const database = freshKeyval();
    const journal = memoryJournal();
    const steps: KeyvalStep[] = [];
    await rebuildKeyval(database, (step) => steps.push(step), journal);
    expect(steps).toEqual([]);
    expect(journal.stages).toEqual([]);
    expect(await databaseNames()).not.toContain(database.name);
  });
});
