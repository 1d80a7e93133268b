// The senders' signing keys this device pinned: read inside an import's transaction (so the
// check and the pin are one step), listed on the Keys screen, and forgotten there on purpose
// (a client who set up a new phone without a backup). A backup carries them.
// Under the app lock the sender's name is sealed (`koers/local/v1 ∖0 senderKeys ∖0 profileId`);
// the public key, its fingerprint and the date stay plain: they are public and the import's
// trust check compares them.
import Dexie from 'dexie';
import type { BackupSenderKey } from '../bundle/format';
import type { PinnedKey } from '../bundle/trust';
import type { Envelope } from '../lock/envelope';
import { LockError } from '../lock/errors';
import { keyHolder } from '../lock/key-holder';
import { hasEnvelope, SEALED_FIELD } from '../lock/sealed-field';
import { getDatabase, type KoersDexie, type SenderKeyRow } from './database';
import { sealingKey } from './sealing';

/** A pinned key as the table stores it: plain, or with the sender's name sealed. */
export type StoredSenderKey =
  | SenderKeyRow
  | (Omit<SenderKeyRow, 'displayName'> & { [SEALED_FIELD]: Envelope });

/** A pin sealed with `key` (its name only). */
export async function sealPinWith(key: CryptoKey, row: SenderKeyRow): Promise<StoredSenderKey> {
  const { displayName, ...plain } = row;
  const sealed = await Dexie.waitFor(
    import('../lock/value-envelope').then((c) =>
      c.sealValue(key, 'senderKeys', row.profileId, displayName),
    ),
  );
  return { ...plain, [SEALED_FIELD]: sealed };
}

/** A stored pin opened with `key`; a plain one as it is. */
export async function openPinWith(key: CryptoKey, row: StoredSenderKey): Promise<SenderKeyRow> {
  if (!hasEnvelope(row)) return row as SenderKeyRow;
  const { [SEALED_FIELD]: sealed, ...plain } = row as Omit<SenderKeyRow, 'displayName'> & {
    [SEALED_FIELD]: Envelope;
  };
  const name = await Dexie.waitFor(
    import('../lock/value-envelope').then((c) =>
      c.openValue(key, 'senderKeys', row.profileId, sealed),
    ),
  );
  if (typeof name !== 'string') throw new LockError('damaged-record', 'contents');
  return { ...plain, displayName: name };
}

/** Stored pins opened, in order; LockError `locked` for a sealed one while no key is held. */
export async function openPins(rows: readonly StoredSenderKey[]): Promise<SenderKeyRow[]> {
  if (!rows.some((row) => hasEnvelope(row))) return rows as SenderKeyRow[];
  const key = keyHolder.key();
  if (key === undefined) throw new LockError('locked');
  const opened: SenderKeyRow[] = [];
  for (const row of rows) opened.push(await openPinWith(key, row));
  return opened;
}

/** A pin as it is to be stored in `db`: its name sealed under the lock, else as it is. */
export async function sealPin(db: KoersDexie, row: SenderKeyRow): Promise<SenderKeyRow> {
  const key = await sealingKey(db);
  return (key === undefined ? row : await sealPinWith(key, row)) as SenderKeyRow;
}

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
  const rows = await openPins(await db.senderKeys.toArray());
  return new Map(rows.map((row) => [row.profileId, pinnedKeyOf(row)]));
}

/** Every pinned key, oldest pin first, for the Keys screen. */
export async function listPinnedKeys(db: KoersDexie = getDatabase()): Promise<SenderKeyRow[]> {
  const rows = await openPins(await db.senderKeys.toArray());
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
