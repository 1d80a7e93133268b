// Keys for the bundle timings: a coach's X25519 identity made here (as the app's key screen
// makes it), written into a device's key store the way src/db/keys.ts keeps it (idb-keyval,
// database `koers-keys`, store `keys`): as the coach's own identity on the coach's device, and
// as the coach code on the client's device.
import type { Page } from 'playwright-core';
import { generateKeyPair, type KeyPair } from '../src/bundle/keys';
import type { CoachCode, CoachIdentity } from '../src/db/keys';

/** The idb-keyval keys of src/db/keys.ts. */
const KEY_NAMES = { coach: 'coach-identity', coachCode: 'coach-code' } as const;

/** A fresh coach key pair (identity, recipient, fingerprint). */
export function makeCoachKey(): Promise<KeyPair> {
  return generateKeyPair();
}

/** The coach code a client stores after adding `coach`'s code. */
export function coachCodeOf(coach: KeyPair, addedAt: string): CoachCode {
  return { recipient: coach.recipient, fingerprint: coach.fingerprint, addedAt };
}

/** The coach identity as the coach's device stores it, backed up. */
export function coachIdentityOf(coach: KeyPair, createdAt: string): CoachIdentity {
  return {
    identity: coach.identity,
    recipient: coach.recipient,
    fingerprint: coach.fingerprint,
    createdAt,
    backedUpAt: createdAt,
  };
}

/** Writes `value` under `key` into the page's idb-keyval key store. */
function putKey(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('koers-keys');
        // idb-keyval's createStore makes the store on first open; do the same if it is new.
        request.onupgradeneeded = () => request.result.createObjectStore('keys');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('keys', 'readwrite');
          tx.objectStore('keys').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}

/** Adds the coach code on a client's device. */
export function storeCoachCode(page: Page, code: CoachCode): Promise<void> {
  return putKey(page, KEY_NAMES.coachCode, code);
}

/** Stores the coach's identity on the coach's device. */
export function storeCoachIdentity(page: Page, identity: CoachIdentity): Promise<void> {
  return putKey(page, KEY_NAMES.coach, identity);
}
