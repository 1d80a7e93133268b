// What a wrapper's secret turns into: the AES-GCM key that wraps the data key, the additional
// data that binds a wrapping to its wrapper's kind, id and parameters, and the integrity check
// that tells a damaged wrapper from a wrong secret.
import { concatBytes, hex, sha256, utf8, wipe } from './bytes';
import { derivePassphraseBytes } from './kdf';
import type { KeyWrapper } from './wrapper-schema';

/**
 * The wrapper fields a wrapping key and its binding are made from; a passkey wrapper adds the
 * credential and the PRF input, so neither can be swapped without breaking the wrapping.
 */
export type WrapperHeader = Pick<KeyWrapper, 'v' | 'id' | 'kind' | 'kdf' | 'createdAt' | 'salt'> & {
  credentialId?: Uint8Array;
  prfSalt?: Uint8Array;
};

const usages: KeyUsage[] = ['encrypt', 'decrypt', 'unwrapKey'];

/** The parameters in one fixed spelling, so the binding never depends on key order. */
function kdfText(kdf: KeyWrapper['kdf']): string {
  switch (kdf.name) {
    case 'argon2id':
      return `argon2id,m=${kdf.memoryKiB},t=${kdf.iterations},p=${kdf.parallelism}`;
    case 'pbkdf2-sha256':
      return `pbkdf2-sha256,i=${kdf.iterations}`;
    case 'hkdf-sha256':
    case 'webauthn-prf-hkdf-sha256':
      return kdf.name;
  }
}

/** The passkey's fields in the binding (empty for the other kinds, as before they existed). */
function passkeyText(header: WrapperHeader): string {
  if (header.kind !== 'passkey') return '';
  return `\0${hex(header.credentialId ?? new Uint8Array())}\0${hex(header.prfSalt ?? new Uint8Array())}`;
}

/**
 * The additional data of the wrapping: a wrapper's ciphertext opens only under its own kind,
 * id and parameters, so it cannot be passed off as another wrapper.
 */
export function wrappingAad(header: WrapperHeader): Uint8Array<ArrayBuffer> {
  return utf8(
    `koers/lock/wrapper/v${header.v}\0${header.kind}\0${header.id}\0${kdfText(header.kdf)}${passkeyText(header)}`,
  );
}

/** The integrity check of a wrapper: SHA-256 over every other field, first 16 bytes. */
export async function wrapperCheck(
  header: WrapperHeader,
  iv: Uint8Array,
  wrapped: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const digest = await sha256(
    concatBytes(
      utf8(`koers/lock/check/v1\0${header.createdAt}\0`),
      wrappingAad(header),
      header.salt,
      iv,
      wrapped,
    ),
  );
  return digest.slice(0, 16);
}

/**
 * The non-extractable wrapping key for `header` from its secret: the passphrase through the
 * recorded KDF, or the recovery key's (or the passkey's PRF output's) 32 bytes through
 * HKDF-SHA-256 with the wrapper's salt.
 */
export async function wrappingKey(
  header: WrapperHeader,
  secret: string | Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  if (header.kdf.name !== 'argon2id' && header.kdf.name !== 'pbkdf2-sha256') {
    const passkey = header.kdf.name === 'webauthn-prf-hkdf-sha256';
    if (typeof secret === 'string')
      throw new TypeError('A recovery or passkey wrapper needs bytes');
    const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    const info = utf8(passkey ? 'koers lock passkey v1' : 'koers lock recovery v1');
    return crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: header.salt, info },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      usages,
    );
  }
  if (typeof secret !== 'string') throw new TypeError('A passphrase wrapper needs a passphrase');
  const bytes = await derivePassphraseBytes(secret, header.salt, header.kdf);
  try {
    return await crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, usages);
  } finally {
    wipe(bytes);
  }
}
