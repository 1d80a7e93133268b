// The stored form of a key wrapper: the data key encrypted under a key derived from one secret
// (a passphrase, a recovery key or a passkey's PRF output), with everything needed to derive
// that key again. Kept in
// plain beside the data: none of it helps without the secret.
import { z } from '../domain/zod';
import { PRF_SALT_BYTES } from './prf-salt';

/** The wrapper format version this code writes and reads. */
export const WRAPPER_VERSION = 1;

/** Bytes of a given length (IndexedDB keeps Uint8Array as is). */
export const fixedBytes = (length: number) =>
  z.custom<Uint8Array<ArrayBuffer>>(
    (value) => value instanceof Uint8Array && value.length === length,
    { message: `Expected ${length} bytes` },
  );

// Bounds are for sanity, not policy: a damaged or planted wrapper must not make the device
// allocate gigabytes or spin for minutes. Policy (the floor for new wrappers) is meetsPolicy.
const argon2idKdf = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z
    .number()
    .int()
    .min(8)
    .max(1024 * 1024),
  iterations: z.number().int().min(1).max(64),
  parallelism: z.number().int().min(1).max(16),
});
const pbkdf2Kdf = z.object({
  name: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(1).max(10_000_000),
});

const common = {
  v: z.literal(WRAPPER_VERSION),
  /** Names the wrapper, so one can be replaced or removed (a passphrase change, a lost key). */
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  salt: fixedBytes(16),
  /** The AES-GCM nonce of the wrapping. */
  iv: fixedBytes(12),
  /** The data key (32 bytes) encrypted with AES-GCM, tag (16 bytes) included. */
  wrapped: fixedBytes(48),
  /** SHA-256 (first 16 bytes) over the rest: tells a damaged wrapper from a wrong secret. */
  check: fixedBytes(16),
};

/** A wrapper the user opens with a passphrase. */
export const passphraseWrapper = z.object({
  ...common,
  kind: z.literal('passphrase'),
  kdf: z.discriminatedUnion('name', [argon2idKdf, pbkdf2Kdf]),
});

/** A wrapper the user opens with the recovery key (256 random bits: HKDF, no slow KDF). */
export const recoveryWrapper = z.object({
  ...common,
  kind: z.literal('recovery'),
  kdf: z.object({ name: z.literal('hkdf-sha256') }),
});

/**
 * A wrapper the user opens with a passkey: the authenticator evaluates the WebAuthn PRF
 * extension over `prfSalt` and its 32-byte output goes through HKDF (no slow KDF: it is a
 * secret of the authenticator, not a guessable word). The credential id asks the
 * authenticator for this passkey only.
 */
export const passkeyWrapper = z.object({
  ...common,
  kind: z.literal('passkey'),
  kdf: z.object({ name: z.literal('webauthn-prf-hkdf-sha256') }),
  // WebAuthn credential ids are 16 to 1,023 bytes.
  credentialId: z.custom<Uint8Array<ArrayBuffer>>(
    (value) => value instanceof Uint8Array && value.length >= 16 && value.length <= 1023,
    { message: 'Expected a credential id of 16 to 1,023 bytes' },
  ),
  prfSalt: fixedBytes(PRF_SALT_BYTES),
});

/** Any stored key wrapper. */
export const keyWrapper = z.discriminatedUnion('kind', [
  passphraseWrapper,
  recoveryWrapper,
  passkeyWrapper,
]);

/** A stored key wrapper. */
export type KeyWrapper = z.infer<typeof keyWrapper>;
/** A passphrase wrapper. */
export type PassphraseWrapper = z.infer<typeof passphraseWrapper>;
/** A recovery-key wrapper. */
export type RecoveryWrapper = z.infer<typeof recoveryWrapper>;
/** A passkey (WebAuthn PRF) wrapper. */
export type PasskeyWrapper = z.infer<typeof passkeyWrapper>;
