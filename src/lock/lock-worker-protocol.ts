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
  | { op: 'set-up'; passphrase: string; kdf?: PassphraseKdf };

/** A new lock as the worker sends it back. */
export interface NewLockMessage {
  key: CryptoKey;
  passphraseWrapper: PassphraseWrapper;
  recoveryWrapper: RecoveryWrapper;
  recoveryKey: string;
}

/** What the lock worker answers. */
export type LockWorkerResponse =
  | { ok: true; op: 'unlock'; key: CryptoKey }
  | { ok: true; op: 'set-up'; lock: NewLockMessage }
  | { ok: true; op: 'add-passkey'; wrapper: PasskeyWrapper }
  | { ok: false; kind: LockErrorKind | 'failed'; reason?: DamageReason; message: string };
