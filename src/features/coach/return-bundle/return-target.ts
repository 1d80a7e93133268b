// How a return bundle is encrypted: to the client's own key when it is known from their
// bundles (the default then), else with a passphrase the coach passes on in person.
import type { EncryptTarget } from '../../../bundle/age-crypto';

/** The two ways to encrypt a return bundle. */
export type ReturnMode = 'key' | 'passphrase';

/** The mode offered first: the client's key when known. */
export function defaultReturnMode(recipient: string | undefined): ReturnMode {
  return recipient ? 'key' : 'passphrase';
}

/**
 * The encryption target for `mode`; key mode without a known key falls back to passphrase,
 * with the scrypt work factor calibrated for this device when one is given.
 */
export function returnTarget(
  mode: ReturnMode,
  recipient: string | undefined,
  passphrase: string,
  workFactor?: number,
): EncryptTarget {
  if (mode === 'key' && recipient) return { type: 'recipients', recipients: [recipient] };
  return workFactor === undefined
    ? { type: 'passphrase', passphrase }
    : { type: 'passphrase', passphrase, workFactor };
}
