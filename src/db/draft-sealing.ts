// Drafts under the app lock: `key` and `savedAt` stay plain (the form a draft belongs to and
// when it was saved), `value` is sealed while the lock is on, like a record. Loaded with the
// database, never on the first screen (drafts.ts imports it on demand).
import type Dexie from 'dexie';
import { type Envelope, isSealed, SEALED_FIELD } from '../lock/envelope';
import { LockError } from '../lock/errors';
import { keyHolder } from '../lock/key-holder';
import { openValue, sealValue } from '../lock/value-envelope';
import type { DraftRow } from './database';
import { sealingKey } from './sealing';

/** A draft as the table stores it: plain, or with its value sealed. */
export type StoredDraft = DraftRow | (Omit<DraftRow, 'value'> & { [SEALED_FIELD]: Envelope });

/** A draft sealed with `key`. */
export async function sealDraftWith(key: CryptoKey, row: DraftRow): Promise<StoredDraft> {
  const { value, ...plain } = row;
  return { ...plain, [SEALED_FIELD]: await sealValue(key, 'drafts', row.key, value) };
}

/** A draft as it is to be stored in `db`: its value sealed under the lock, else as it is. */
export async function sealDraft(db: Dexie, row: DraftRow): Promise<StoredDraft> {
  const key = await sealingKey(db);
  return key === undefined ? row : sealDraftWith(key, row);
}

/** A stored draft opened with `key`; a plain one as it is. */
export async function openDraftWith(key: CryptoKey, row: StoredDraft): Promise<DraftRow> {
  if (!isSealed(row)) return row as DraftRow;
  const { [SEALED_FIELD]: sealed, ...plain } = row as Omit<DraftRow, 'value'> & {
    [SEALED_FIELD]: Envelope;
  };
  return { ...plain, value: await openValue(key, 'drafts', row.key, sealed) };
}

/** Stored drafts opened; LockError `locked` for a sealed one while no key is held. */
export async function openDrafts(rows: readonly StoredDraft[]): Promise<DraftRow[]> {
  if (!rows.some((row) => isSealed(row))) return rows as DraftRow[];
  const key = keyHolder.key();
  if (key === undefined) throw new LockError('locked');
  return Promise.all(rows.map((row) => openDraftWith(key, row)));
}
