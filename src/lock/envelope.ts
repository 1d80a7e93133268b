// The envelope of one record under the lock: its secret fields as one AES-GCM blob beside the
// plain ones. The additional data binds the blob to the record's type and id, so a blob moved
// to another record (or another table) does not open there.

import type { RecordType } from '../domain/records';
import { z } from '../domain/zod';
import { randomBytes, utf8 } from './bytes';
import { LockError } from './errors';
import { recordFields, splitRecord } from './fields';
import { hasEnvelope, SEALED_FIELD } from './sealed-field';
import { fixedBytes } from './wrapper-schema';

/** The envelope format version this code writes and reads. */
export const ENVELOPE_VERSION = 1;

export { SEALED_FIELD } from './sealed-field';

/** A record's sealed fields: version, nonce, ciphertext with the 16-byte tag. */
export const envelope = z.object({
  v: z.literal(ENVELOPE_VERSION),
  iv: fixedBytes(12),
  ct: z.custom<Uint8Array<ArrayBuffer>>(
    (value) => value instanceof Uint8Array && value.length >= 16,
    {
      message: 'Expected a ciphertext with its tag',
    },
  ),
});
/** A record's envelope. */
export type Envelope = z.infer<typeof envelope>;

/** A record as stored under the lock: its plain fields and the envelope of the rest. */
export type SealedRecord = Record<string, unknown> & { [SEALED_FIELD]: Envelope };

/** The additional data of a record's envelope: its type and id. */
export function recordAad(type: RecordType, id: string): Uint8Array<ArrayBuffer> {
  return utf8(`koers/record/v${ENVELOPE_VERSION}\0${type}\0${id}`);
}

function idOf(record: object): string | undefined {
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * True when a stored record is sealed. While the lock is turned on or off, a table holds both
 * shapes: reads open the sealed ones, and a migration batch that runs twice skips them.
 */
export function isSealed(stored: object): stored is SealedRecord {
  return hasEnvelope(stored);
}

/** Seals a record of `type` with the data key: plain fields as they are, the rest enveloped. */
export async function sealRecord(
  key: CryptoKey,
  type: RecordType,
  record: object,
): Promise<SealedRecord> {
  const id = idOf(record);
  if (id === undefined) throw new TypeError('A record needs an id to be sealed');
  // Sealing twice would hide the first envelope inside the second, and the plain fields too.
  if (isSealed(record)) throw new TypeError('This record is sealed already');
  const { plain, secret } = splitRecord(type, record);
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: recordAad(type, id) },
    key,
    utf8(JSON.stringify(secret)),
  );
  return { ...plain, [SEALED_FIELD]: { v: ENVELOPE_VERSION, iv, ct: new Uint8Array(ct) } };
}

/**
 * Opens a sealed record of `type`: its plain fields with the secret ones decrypted back in.
 * Throws LockError `damaged-record` when the envelope does not parse (`schema`, `version`),
 * does not decrypt under this type and id (`authentication`), or holds what no record of the
 * type seals (`contents`). The caller validates the result like any stored record.
 */
export async function openRecord(
  key: CryptoKey,
  type: RecordType,
  stored: SealedRecord,
): Promise<Record<string, unknown>> {
  const { [SEALED_FIELD]: raw, ...plain } = stored;
  const id = idOf(stored);
  if (id === undefined) throw new LockError('damaged-record', 'schema');
  const version = (raw as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version !== ENVELOPE_VERSION) {
    throw new LockError('damaged-record', 'version');
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) throw new LockError('damaged-record', 'schema', { cause: parsed.error });
  let text: string;
  try {
    const bytes = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: parsed.data.iv, additionalData: recordAad(type, id) },
      key,
      parsed.data.ct,
    );
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    throw new LockError('damaged-record', 'authentication', { cause: error });
  }
  let secret: unknown;
  try {
    secret = JSON.parse(text);
  } catch (error) {
    throw new LockError('damaged-record', 'contents', { cause: error });
  }
  const plainNames = new Set<string>(recordFields[type].plain as readonly string[]);
  if (
    typeof secret !== 'object' ||
    secret === null ||
    Array.isArray(secret) ||
    Object.keys(secret).some((name) => plainNames.has(name))
  ) {
    throw new LockError('damaged-record', 'contents');
  }
  return { ...plain, ...secret };
}
