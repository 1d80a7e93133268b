// Messages between the app and the lock worker. The worker runs the passphrase's key
// derivation (Argon2id blocks the thread it runs on for a second or more) and answers with a
// non-extractable CryptoKey (structured clone), so the data key's bytes reach neither thread's
// script. Errors travel as their LockError kind and reason.
import type { DamageReason, LockErrorKind } from './errors';
import type { PassphraseKdf } from './kdf';
import type { PasskeySecret } from './wrapper';
import type { PasskeyWrapper, PassphraseWrapper, RecoveryWrapper } from './wrapper-schema';

/** What the app asks the lock worker. */
export type LockWorkerRequest =
  /**
   * Opens a stored wrapper (as read from the database, unchecked) with the user's secret: a
   * passphrase or recovery key as typed, or a passkey's PRF output.
   */
  | { op: 'unlock'; wrapper: unknown; secret: string | Uint8Array<ArrayBuffer> }
  /** Wraps the data key, opened from `wrapper` with `secret`, by a new passkey's PRF output. */
  | { op: 'add-passkey'; wrapper: unknown; secret: string; passkey: PasskeySecret }
  /** Makes a new lock: a data key wrapped by `passphrase` and by a new recovery key. */
  | { op: 'set-up'; passphrase: string; kdf?: PassphraseKdf }
  /**
   * A new passphrase wrapper for the same data key: `wrapper` (a stored one, unchecked) opened
   * with `secret` (the current passphrase, or the recovery key), wrapped again by `passphrase`.
   */
  | {
      op: 'rewrap-passphrase';
      wrapper: unknown;
      secret: string;
      passphrase: string;
      kdf?: PassphraseKdf;
    }
  /** A new recovery key for the same data key: `wrapper` (stored, unchecked) opened with `secret`. */
  | { op: 'rewrap-recovery'; wrapper: unknown; secret: string };

/** A new lock as the worker sends it back. */
export interface NewLockMessage {
  key: CryptoKey;
  passphraseWrapper: PassphraseWrapper;
  recoveryWrapper: RecoveryWrapper;
  recoveryKey: string;
}

/** A new recovery key as the worker sends it back: the wrapper to store, the key to show once. */
export interface RenewedRecoveryKey {
  wrapper: RecoveryWrapper;
  recoveryKey: string;
}

/** What the lock worker answers. */
export type LockWorkerResponse =
  | { ok: true; op: 'unlock'; key: CryptoKey }
  | { ok: true; op: 'set-up'; lock: NewLockMessage }
  | { ok: true; op: 'rewrap-passphrase'; wrapper: PassphraseWrapper }
  | { ok: true; op: 'rewrap-recovery'; renewed: RenewedRecoveryKey }
  | { ok: true; op: 'add-passkey'; wrapper: PasskeyWrapper }
  | { ok: false; kind: LockErrorKind | 'failed'; reason?: DamageReason; message: string };
