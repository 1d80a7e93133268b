// A coach identity stored as a passphrase-encrypted age file, which `age -d` also opens.
import { type Credential, decryptAge, encryptAge, type ProgressListener } from './age-crypto';
import { BundleError } from './errors';
import { identityFileText, parseIdentityFile, parseSigningLine } from './keys';

/** What a key file holds: the X25519 identity, and the device's signing key if it carries one. */
export interface KeyFileContents {
  /** `AGE-SECRET-KEY-1…` */
  identity: string;
  /** The Ed25519 signing secret key, base64 (files made before signing have none). */
  signingSecretKey?: string;
}

/**
 * Encrypts an identity file (age's text format) with a passphrase; armored by default. With
 * `signingSecretKey` it carries the device's signing key too (see identityFileText).
 */
export async function encryptIdentityFile(
  identity: string,
  passphrase: string,
  options: {
    armor?: boolean;
    workFactor?: number;
    testOnlyInsecureWorkFactor?: number;
    onProgress?: ProgressListener;
    signingSecretKey?: string;
  } = {},
): Promise<Uint8Array> {
  const text = await identityFileText(identity, new Date(), options.signingSecretKey);
  const target = {
    type: 'passphrase' as const,
    passphrase,
    ...(options.workFactor === undefined ? {} : { workFactor: options.workFactor }),
    ...(options.testOnlyInsecureWorkFactor === undefined
      ? {}
      : { testOnlyInsecureWorkFactor: options.testOnlyInsecureWorkFactor }),
  };
  return encryptAge(new TextEncoder().encode(text), target, {
    armor: options.armor ?? true,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

/** Decrypts a passphrase-protected identity file: the `AGE-SECRET-KEY-1…` and signing key inside. */
export async function decryptIdentityFile(
  bytes: Uint8Array,
  passphrase: string,
): Promise<KeyFileContents> {
  const credential: Credential = { type: 'passphrase', passphrase };
  // A key file is tiny; keep the limits tight so a wrong file is rejected early.
  const { plaintext } = await decryptAge(bytes, credential, {
    limits: { maxFileBytes: 64 * 1024 },
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch (e) {
    throw new BundleError('not-a-bundle', 'This file does not hold a key.', {}, e);
  }
  const identity = parseIdentityFile(text);
  if (identity === null)
    throw new BundleError('not-a-bundle', 'This file does not hold exactly one key.');
  const signingSecretKey = parseSigningLine(text);
  return signingSecretKey === null ? { identity } : { identity, signingSecretKey };
}
