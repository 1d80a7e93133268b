// Turning the lock on, as far as keys go: a new data key, wrapped by the passphrase and by a
// new recovery key, ready for use. Encrypting the records that exist is the migration's work.
import { requireWebCrypto, wipe } from './bytes';
import { importDataKey, newDataKeyBytes } from './data-key';
import type { PassphraseKdf } from './kdf';
import { formatRecoveryKey, newRecoveryKeyBytes } from './recovery-key';
import { wrapWithPassphrase, wrapWithRecoveryKey } from './wrapper';
import type { PassphraseWrapper, RecoveryWrapper } from './wrapper-schema';

/** A new lock: the data key for use, its two wrappers to store, the recovery key to show once. */
export interface NewLock {
  key: CryptoKey;
  passphraseWrapper: PassphraseWrapper;
  recoveryWrapper: RecoveryWrapper;
  /** Formatted for printing or saving (`XXXXX-XXXXX-…`); never stored by the app. */
  recoveryKey: string;
}

/** Makes a data key and wraps it by `passphrase` (under `kdf`) and by a new recovery key. */
export async function setUpLock(passphrase: string, kdf: PassphraseKdf): Promise<NewLock> {
  requireWebCrypto();
  const raw = newDataKeyBytes();
  const recovery = newRecoveryKeyBytes();
  try {
    return {
      passphraseWrapper: await wrapWithPassphrase(raw, passphrase, kdf),
      recoveryWrapper: await wrapWithRecoveryKey(raw, recovery),
      recoveryKey: await formatRecoveryKey(recovery),
      key: await importDataKey(raw),
    };
  } finally {
    wipe(raw);
    wipe(recovery);
  }
}
