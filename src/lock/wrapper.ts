// Making and opening key wrappers. Opening for use (unlock) unwraps straight into a
// non-extractable CryptoKey, so the data key's bytes never reach script; only rewrapping (a
// new passphrase, a new recovery key) holds them, briefly, and wipes them after.
import { randomBytes, requireWebCrypto, sameBytes, wipe } from './bytes';
import { DATA_KEY_BYTES } from './data-key';
import { LockError, type LockErrorKind } from './errors';
import { type PassphraseKdf, SALT_BYTES } from './kdf';
import { parseRecoveryKey } from './recovery-key';
import {
  type KeyWrapper,
  keyWrapper,
  type PasskeyWrapper,
  type PassphraseWrapper,
  type RecoveryWrapper,
  WRAPPER_VERSION,
} from './wrapper-schema';
import { type WrapperHeader, wrapperCheck, wrappingAad, wrappingKey } from './wrapping-key';

async function seal(
  header: WrapperHeader,
  secret: string | Uint8Array<ArrayBuffer>,
  dataKey: Uint8Array<ArrayBuffer>,
) {
  if (dataKey.length !== DATA_KEY_BYTES) throw new RangeError('A data key is 32 bytes');
  const kek = await wrappingKey(header, secret);
  const iv = randomBytes(12);
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: wrappingAad(header) },
      kek,
      dataKey,
    ),
  );
  return { iv, wrapped, check: await wrapperCheck(header, iv, wrapped) };
}

function newHeader() {
  return {
    v: WRAPPER_VERSION,
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    salt: randomBytes(SALT_BYTES),
  } as const;
}

/** Wraps the data key's raw bytes by a passphrase under `kdf` (its parameters are recorded). */
export async function wrapWithPassphrase(
  dataKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  kdf: PassphraseKdf,
): Promise<PassphraseWrapper> {
  const header = { ...newHeader(), kind: 'passphrase', kdf: { ...kdf } } as const;
  return { ...header, ...(await seal(header, passphrase, dataKey)) };
}

/** Wraps the data key's raw bytes by a recovery key's 32 bytes. */
export async function wrapWithRecoveryKey(
  dataKey: Uint8Array<ArrayBuffer>,
  recoveryKey: Uint8Array<ArrayBuffer>,
): Promise<RecoveryWrapper> {
  const header = { ...newHeader(), kind: 'recovery', kdf: { name: 'hkdf-sha256' } } as const;
  return { ...header, ...(await seal(header, recoveryKey, dataKey)) };
}

/** What a passkey gave when it was made: its credential id, the PRF input and the output. */
export interface PasskeySecret {
  credentialId: Uint8Array<ArrayBuffer>;
  prfSalt: Uint8Array<ArrayBuffer>;
  prfOutput: Uint8Array<ArrayBuffer>;
}

/** Wraps the data key's raw bytes by a passkey's PRF output. */
export async function wrapWithPasskey(
  dataKey: Uint8Array<ArrayBuffer>,
  passkey: PasskeySecret,
): Promise<PasskeyWrapper> {
  const header = {
    ...newHeader(),
    kind: 'passkey',
    kdf: { name: 'webauthn-prf-hkdf-sha256' },
    credentialId: passkey.credentialId,
    prfSalt: passkey.prfSalt,
  } as const;
  return { ...header, ...(await seal(header, passkey.prfOutput, dataKey)) };
}

/**
 * A stored value as a wrapper, checked: LockError `damaged-wrapper` with reason `version`
 * (another format version), `schema` (fields missing or malformed) or `checksum` (a field
 * changed since it was written).
 */
export async function readWrapper(value: unknown): Promise<KeyWrapper> {
  const version = (value as { v?: unknown } | null)?.v;
  if (typeof value === 'object' && value !== null && version !== WRAPPER_VERSION) {
    throw new LockError('damaged-wrapper', typeof version === 'number' ? 'version' : 'schema');
  }
  const parsed = keyWrapper.safeParse(value);
  if (!parsed.success) throw new LockError('damaged-wrapper', 'schema', { cause: parsed.error });
  const wrapper = parsed.data;
  if (!sameBytes(wrapper.check, await wrapperCheck(wrapper, wrapper.iv, wrapper.wrapped))) {
    throw new LockError('damaged-wrapper', 'checksum');
  }
  return wrapper;
}

const wrongKinds = {
  passphrase: 'wrong-passphrase',
  recovery: 'wrong-recovery-key',
  passkey: 'wrong-passkey',
} as const satisfies Record<KeyWrapper['kind'], LockErrorKind>;

/** The error of a secret that does not open `wrapper`. */
function wrongKind(wrapper: KeyWrapper): LockErrorKind {
  return wrongKinds[wrapper.kind];
}

/**
 * The wrapping key for a wrapper from what the user gave: a passphrase, the recovery key as
 * typed, or a passkey's PRF output (bytes).
 */
async function keyFor(
  wrapper: KeyWrapper,
  secret: string | Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  if (wrapper.kind === 'passkey') {
    if (typeof secret === 'string') throw new LockError('wrong-passkey');
    return wrappingKey(wrapper, secret);
  }
  if (typeof secret !== 'string') throw new LockError(wrongKind(wrapper));
  if (wrapper.kind === 'passphrase') return wrappingKey(wrapper, secret);
  const bytes = await parseRecoveryKey(secret);
  try {
    return await wrappingKey(wrapper, bytes);
  } finally {
    wipe(bytes);
  }
}

/** An authentication failure of the wrapping is a wrong secret; anything else passes on. */
function wrongSecret(wrapper: KeyWrapper, error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  if (name !== 'OperationError') return error;
  return new LockError(wrongKind(wrapper), undefined, { cause: error });
}

/**
 * Unlocks: the data key from a stored wrapper and the secret the user gave (a passphrase, or
 * the recovery key as typed, or a passkey's PRF output), as a non-extractable AES-GCM key.
 * Throws LockError `unsupported`, `damaged-wrapper`, `recovery-key-typo`, `wrong-passphrase`,
 * `wrong-recovery-key` or `wrong-passkey`.
 */
export async function unlock(
  stored: unknown,
  secret: string | Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  requireWebCrypto();
  const wrapper = await readWrapper(stored);
  const kek = await keyFor(wrapper, secret);
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapper.wrapped,
      kek,
      { name: 'AES-GCM', iv: wrapper.iv, additionalData: wrappingAad(wrapper) },
      { name: 'AES-GCM' },
      false,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    throw wrongSecret(wrapper, error);
  }
}

/** The data key's raw bytes from a wrapper, for rewrapping only; the caller wipes them. */
async function openRaw(stored: unknown, secret: string): Promise<Uint8Array<ArrayBuffer>> {
  const wrapper = await readWrapper(stored);
  const kek = await keyFor(wrapper, secret);
  try {
    const iv = wrapper.iv;
    const aad = wrappingAad(wrapper);
    const raw = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: aad },
      kek,
      wrapper.wrapped,
    );
    return new Uint8Array(raw);
  } catch (error) {
    throw wrongSecret(wrapper, error);
  }
}

/**
 * A new passphrase wrapper for the same data key, opened with any wrapper and its secret (the
 * old passphrase, or the recovery key when the passphrase is forgotten). No record changes:
 * what was encrypted before decrypts after. The caller replaces the old passphrase wrapper.
 */
export async function rewrapWithPassphrase(
  stored: unknown,
  secret: string,
  newPassphrase: string,
  kdf: PassphraseKdf,
): Promise<PassphraseWrapper> {
  const raw = await openRaw(stored, secret);
  try {
    return await wrapWithPassphrase(raw, newPassphrase, kdf);
  } finally {
    wipe(raw);
  }
}

/**
 * A new recovery-key wrapper for the same data key (the old key was lost or shown to someone):
 * the wrapper to store in place of the old one and the key bytes to format and show once.
 */
export async function rewrapWithRecoveryKey(
  stored: unknown,
  secret: string,
  recoveryKey: Uint8Array<ArrayBuffer>,
): Promise<RecoveryWrapper> {
  const raw = await openRaw(stored, secret);
  try {
    return await wrapWithRecoveryKey(raw, recoveryKey);
  } finally {
    wipe(raw);
  }
}

/**
 * A passkey wrapper for the data key, opened with the passphrase (or the recovery key): adding
 * a passkey re-wraps the key and changes no record. The caller stores it beside the others.
 */
export async function addPasskeyWrapper(
  stored: unknown,
  secret: string,
  passkey: PasskeySecret,
): Promise<PasskeyWrapper> {
  const raw = await openRaw(stored, secret);
  try {
    return await wrapWithPasskey(raw, passkey);
  } finally {
    wipe(raw);
  }
}
