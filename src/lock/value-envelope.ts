// The envelope of one value of a device-local table (a draft's form state, a client's names,
// a device key): the same AES-GCM blob as a record's, with additional data that names the
// table and the row's key under its own prefix, so a local blob never opens as a record, in
// another table or on another row.
import { randomBytes, utf8 } from './bytes';
import { ENVELOPE_VERSION, type Envelope, envelope } from './envelope';
import { LockError } from './errors';

/**
 * Device-local stores whose rows seal a value: the drafts, the coach's clients, the pinned
 * senders' names, the device's keys in idb-keyval and the settings' display name.
 */
export type LocalSealedTable = 'drafts' | 'clients' | 'senderKeys' | 'deviceKeys' | 'settings';

/** The additional data of a local value's envelope: its table and its row's key. */
export function localAad(table: LocalSealedTable, id: string): Uint8Array<ArrayBuffer> {
  return utf8(`koers/local/v${ENVELOPE_VERSION}\0${table}\0${id}`);
}

/** Seals `value` (anything JSON can hold) for the row `id` of `table`. */
export async function sealValue(
  key: CryptoKey,
  table: LocalSealedTable,
  id: string,
  value: unknown,
): Promise<Envelope> {
  const iv = randomBytes(12);
  const text = JSON.stringify({ value });
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: localAad(table, id) },
    key,
    utf8(text),
  );
  return { v: ENVELOPE_VERSION, iv, ct: new Uint8Array(ct) };
}

/**
 * Opens the value sealed for the row `id` of `table`. Throws LockError `damaged-record` when
 * the envelope does not parse, does not decrypt there, or holds no value.
 */
export async function openValue(
  key: CryptoKey,
  table: LocalSealedTable,
  id: string,
  raw: unknown,
): Promise<unknown> {
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) throw new LockError('damaged-record', 'schema', { cause: parsed.error });
  let text: string;
  try {
    const bytes = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: parsed.data.iv, additionalData: localAad(table, id) },
      key,
      parsed.data.ct,
    );
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    throw new LockError('damaged-record', 'authentication', { cause: error });
  }
  let holder: unknown;
  try {
    holder = JSON.parse(text);
  } catch (error) {
    throw new LockError('damaged-record', 'contents', { cause: error });
  }
  if (typeof holder !== 'object' || holder === null || !Object.hasOwn(holder, 'value')) {
    throw new LockError('damaged-record', 'contents');
  }
  return (holder as { value: unknown }).value;
}
