// The app lock's own failures, each a kind the lock screen can tell apart: a wrong secret is
// the user's to retry, a damaged wrapper or record is not, and a typo in a recovery key is
// caught before any decryption is tried. Like BundleError, a family apart from AppError:
// these are not platform failures but answers about the user's secret.

/** Every way unlocking, wrapping or opening a record can fail. */
export type LockErrorKind =
  /** The wrapper is intact but the passphrase does not open it (authentication failed). */
  | 'wrong-passphrase'
  /** The wrapper is intact but the recovery key does not open it (authentication failed). */
  | 'wrong-recovery-key'
  /** The wrapper is intact but the passkey's answer does not open it (another passkey). */
  | 'wrong-passkey'
  /** The passkey was not used: cancelled, timed out, or not on this device or key. */
  | 'passkey-cancelled'
  /** This browser or authenticator cannot make a passkey with the PRF extension. */
  | 'passkey-unsupported'
  /** The recovery key is not well formed or its checksum fails: a typo, no key was tried. */
  | 'recovery-key-typo'
  /** The wrapper does not parse, has an unknown version, or fails its integrity check. */
  | 'damaged-wrapper'
  /** A record's envelope does not parse, or does not decrypt under its id and type. */
  | 'damaged-record'
  /** The data is sealed (or the lock seals writes) and no data key is held: unlock first. */
  | 'locked'
  /** This browser lacks what the lock needs (WebCrypto's AES-GCM, or any KDF). */
  | 'unsupported';

/** Why a wrapper or envelope counts as damaged, for logs and tests (never shown as content). */
export type DamageReason = 'schema' | 'version' | 'checksum' | 'authentication' | 'contents';

/** A failure of the app lock; `kind` says which, `reason` where a damage lies. */
export class LockError extends Error {
  override readonly name = 'LockError';
  constructor(
    readonly kind: LockErrorKind,
    readonly reason?: DamageReason,
    options?: { cause?: unknown },
  ) {
    super(reason ? `${kind}: ${reason}` : kind, options);
  }
}

/** True when `e` is a LockError (of the given kind, if one is given). */
export function isLockError(e: unknown, kind?: LockErrorKind): e is LockError {
  return e instanceof LockError && (kind === undefined || e.kind === kind);
}
