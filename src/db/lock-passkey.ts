// The passkey wrappers of the app lock in storage: one passkey per device at a time (a second
// one replaces the first, so the settings never hold passkeys the person cannot see), stored
// and removed each in one transaction beside the passphrase and recovery wrappers.
import type { PasskeyWrapper } from '../lock/wrapper-schema';
import { getDatabase, type KoersDexie } from './database';

/** Stores `wrapper` as the passkey of this device's lock, in place of any earlier one. */
export async function storePasskeyWrapper(
  wrapper: PasskeyWrapper,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  await db.transaction('rw', db.lockKeys, async () => {
    await db.lockKeys.where('kind').equals('passkey').delete();
    await db.lockKeys.add(wrapper);
  });
}

/** Removes the passkey wrapper: the passkey no longer opens the lock (the passphrase does). */
export async function removePasskeyWrapper(db: KoersDexie = getDatabase()): Promise<void> {
  await db.lockKeys.where('kind').equals('passkey').delete();
}
