// The data key: one random 256-bit AES-GCM key encrypts every record's content. Its raw bytes
// exist only while it is made and wrapped (or rewrapped); for use it is a non-extractable
// CryptoKey, so no script on the page can read it back out of memory as bytes.
import { randomBytes } from './bytes';

/** Length of the data key in bytes (AES-256). */
export const DATA_KEY_BYTES = 32;

/** Fresh raw bytes of a data key. Wrap them, import them, then wipe them. */
export function newDataKeyBytes(): Uint8Array<ArrayBuffer> {
  return randomBytes(DATA_KEY_BYTES);
}

/** The data key as a non-extractable AES-GCM key for encrypting and decrypting records. */
export async function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (raw.length !== DATA_KEY_BYTES) throw new RangeError('A data key is 32 bytes');
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}
