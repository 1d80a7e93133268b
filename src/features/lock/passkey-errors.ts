// The passkey failures a person can act on, each with its message: kept apart from the
// catalog, which holds messages only.
import { isLockError } from '../../lock/errors';
import type { passkeyMessages } from './passkey-messages';

/** The message key of a passkey failure the person can act on; undefined for the others. */
export function passkeyErrorKey(e: unknown): keyof (typeof passkeyMessages)['en'] | undefined {
  if (!isLockError(e)) return undefined;
  if (e.kind === 'passkey-cancelled') return 'passkey.error.passkey-cancelled';
  if (e.kind === 'passkey-unsupported') return 'passkey.error.passkey-unsupported';
  if (e.kind === 'wrong-passkey') return 'passkey.error.wrong-passkey';
  return undefined;
}
