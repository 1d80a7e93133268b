// A coach identity stored as a passphrase-encrypted age file, which `age -d` also opens.
import { type Credential, decryptAge, encryptAge, type ProgressListener } from './age-crypto';
import { BundleError } from './errors';
import { identityFileText, parseIdentityFile } from './keys';

/** Encrypts an identity file (age's text format) with a passphrase; armored by default. */
export async function encryptIdentityFile(
  identity: string,
  passphrase: string,
  options: {
    armor?: boolean;
    workFactor?: number;
    testOnlyInsecureWorkFactor?: number;
    onProgress?: ProgressListener;
  } = {},
): Promise<Uint8Array> {
  const text = await identityFileText(identity);
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

/** Decrypts a passphrase-protected identity file and returns the `AGE-SECRET-KEY-1…` inside. */
export async function decryptIdentityFile(bytes: Uint8Array, passphrase: string): Promise<string> {
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
  return identity;
}
