// Drafts under the app lock: `key` and `savedAt` stay plain (the form a draft belongs to and
// when it was saved), `value` is sealed while the lock is on, like a record. Loaded with the
// database (drafts.ts imports it on demand); the crypto (value-envelope.ts, with zod) only
// when a draft is sealed or the lock is on, so home's list of open drafts costs nothing of it.
import Dexie from 'dexie';
import type { Envelope } from '../lock/envelope';
import { LockError } from '../lock/errors';
import { keyHolder } from '../lock/key-holder';
import { hasEnvelope, SEALED_FIELD } from '../lock/sealed-field';
import type { DraftRow, KoersDexie } from './database';
import { followStoredMode, sealingKey } from './sealing';

/** A draft as the table stores it: plain, or with its value sealed. */
export type StoredDraft = DraftRow | (Omit<DraftRow, 'value'> & { [SEALED_FIELD]: Envelope });

/** A draft sealed with `key`. */
export async function sealDraftWith(key: CryptoKey, row: DraftRow): Promise<StoredDraft> {
  const { value, ...plain } = row;
  const { sealValue } = await import('../lock/value-envelope');
  return { ...plain, [SEALED_FIELD]: await sealValue(key, 'drafts', row.key, value) };
}

/**
 * Stores `row` in `db`: its value sealed under the lock, else as it is. The lock state is read
 * in the same transaction, so a draft follows the state as stored now even before another
 * tab's news of turning the lock on or off has come (it is never sealed with a key that is
 * being deleted, nor stored plain under the lock).
 */
export function putDraft(db: KoersDexie, row: DraftRow): Promise<void> {
  return db.transaction('rw', [db.drafts, db.lockState], async () => {
    await followStoredMode(db);
    // Neither the key nor the crypto is an IndexedDB request: waitFor keeps the transaction
    // alive meanwhile.
    const key = await Dexie.waitFor(sealingKey(db));
    const stored = key === undefined ? row : await Dexie.waitFor(sealDraftWith(key, row));
    await db.drafts.put(stored as DraftRow);
  });
}

/** A stored draft opened with `key`; a plain one as it is. */
export async function openDraftWith(key: CryptoKey, row: StoredDraft): Promise<DraftRow> {
  if (!hasEnvelope(row)) return row as DraftRow;
  const { [SEALED_FIELD]: sealed, ...plain } = row as Omit<DraftRow, 'value'> & {
    [SEALED_FIELD]: Envelope;
  };
  const { openValue } = await import('../lock/value-envelope');
  return { ...plain, value: await openValue(key, 'drafts', row.key, sealed) };
}

/** Stored drafts opened; LockError `locked` for a sealed one while no key is held. */
export async function openDrafts(rows: readonly StoredDraft[]): Promise<DraftRow[]> {
  if (!rows.some((row) => hasEnvelope(row))) return rows as DraftRow[];
  const key = keyHolder.key();
  if (key === undefined) throw new LockError('locked');
  return Promise.all(rows.map((row) => openDraftWith(key, row)));
}
