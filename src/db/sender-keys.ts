// The senders' signing keys this device pinned: read inside an import's transaction (so the
// check and the pin are one step), listed on the Keys screen, and forgotten there on purpose
// (a client who set up a new phone without a backup). A backup carries them.
import type { BackupSenderKey } from '../bundle/format';
import type { PinnedKey } from '../bundle/trust';
import { getDatabase, type KoersDexie, type SenderKeyRow } from './database';

/** A pinned row as the trust rules read it. */
export function pinnedKeyOf(row: SenderKeyRow): PinnedKey {
  return {
    profileId: row.profileId,
    displayName: row.displayName,
    publicKey: row.signingKey,
    fingerprint: row.fingerprint,
    pinnedAt: row.pinnedAt,
  };
}

/** Every pinned key, by profile id (a handful: one per client or coach). */
export async function pinnedKeys(db: KoersDexie = getDatabase()): Promise<Map<string, PinnedKey>> {
  const rows = await db.senderKeys.toArray();
  return new Map(rows.map((row) => [row.profileId, pinnedKeyOf(row)]));
}

/** Every pinned key, oldest pin first, for the Keys screen. */
export async function listPinnedKeys(db: KoersDexie = getDatabase()): Promise<SenderKeyRow[]> {
  const rows = await db.senderKeys.toArray();
  return rows.sort((a, b) =>
    a.pinnedAt === b.pinnedAt
      ? a.profileId.localeCompare(b.profileId)
      : a.pinnedAt < b.pinnedAt
        ? -1
        : 1,
  );
}

/**
 * Forgets the key pinned for a sender: their next signed file pins its key again. For a
 * person who really changed devices, after comparing the new fingerprint with them.
 */
export async function forgetPinnedKey(
  profileId: string,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  await db.senderKeys.delete(profileId);
}

/** The pinned keys as a backup carries them. */
export async function backupSenderKeys(db: KoersDexie = getDatabase()): Promise<BackupSenderKey[]> {
  return (await listPinnedKeys(db)).map(({ profileId, displayName, signingKey, pinnedAt }) => ({
    profileId,
    displayName,
    signingKey,
    pinnedAt,
  }));
}
