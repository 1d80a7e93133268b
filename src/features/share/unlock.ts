// Opening a bundle with what this device holds: a passphrase, or each of its keys in turn.
import type { Progress } from '../../bundle/age-crypto';
import { BundleError } from '../../bundle/errors';
import type { OpenedBundle } from '../../bundle/signed-payload';
import { getCoachIdentity, getDeviceIdentity, getMoreCoachIdentities } from '../../db/keys';
import { cryptoClient } from './crypto';

/** The keys this device can open files with: the coach's main and other keys, and its own. */
export async function deviceKeys(): Promise<{ identity: string; fingerprint: string }[]> {
  const keys = [
    await getCoachIdentity(),
    ...(await getMoreCoachIdentities()),
    await getDeviceIdentity(),
  ];
  return keys
    .filter((k) => k !== undefined)
    .map((k) => ({ identity: k.identity, fingerprint: k.fingerprint }));
}

/** Decrypts with the first key that fits; a not-for-your-key error if none does. */
export async function openWithKeys(
  bytes: Uint8Array,
  keys: readonly { identity: string }[],
  onProgress: (p: Progress) => void,
): Promise<OpenedBundle> {
  let last: unknown = new BundleError('not-for-your-key', 'This device has no key.');
  for (const key of keys) {
    try {
      // The worker takes ownership of transferred buffers; send a copy per attempt.
      return await cryptoClient().call(
        'import',
        { bytes: bytes.slice(), credential: { type: 'identity', identity: key.identity } },
        onProgress,
      );
    } catch (e) {
      if (!(e instanceof BundleError && e.kind === 'not-for-your-key')) throw e;
      last = e;
    }
  }
  throw last;
}

/** Decrypts with a passphrase. */
export function openWithPassphrase(
  bytes: Uint8Array,
  passphrase: string,
  onProgress: (p: Progress) => void,
): Promise<OpenedBundle> {
  return cryptoClient().call(
    'import',
    { bytes: bytes.slice(), credential: { type: 'passphrase', passphrase } },
    onProgress,
  );
}
