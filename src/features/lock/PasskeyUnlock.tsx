// The lock screen's passkey button, loaded only once the database shows a stored passkey: a
// device without one never loads the passkey's code or words. The screen (LockScreen.tsx)
// holds the key it gives and shows the app; a failure is told here, beside the button.
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/context';
import { unlockInWorker } from '../../lock/lock-client';
import { passkeyOutput } from '../../lock/passkey';
import { useErrorText } from '../../ui/error-message';
import { passkeyErrorKey } from './passkey-errors';
import { passkeyMessages } from './passkey-messages';
import { lockScreenMessages } from './screen-messages';
import { lockErrorText } from './secret-field';

/** What the button needs of a stored passkey wrapper to ask the passkey (the worker checks the rest). */
export interface StoredPasskey {
  /** The stored wrapper as read, for the worker. */
  row: unknown;
  credentialId: Uint8Array<ArrayBuffer>;
  prfSalt: Uint8Array<ArrayBuffer>;
}

/** The stored passkey wrapper `row`, or undefined when it lacks what asking the passkey needs. */
export function asStoredPasskey(row: unknown): StoredPasskey | undefined {
  const { credentialId, prfSalt } = (row ?? {}) as Partial<Record<string, unknown>>;
  return credentialId instanceof Uint8Array && prfSalt instanceof Uint8Array
    ? { row, credentialId: new Uint8Array(credentialId), prfSalt: new Uint8Array(prfSalt) }
    : undefined;
}

/**
 * "Unlock with passkey" and its error; `openWith` unlocks with the key it is given (and throws
 * when that fails); `busy` while any unlock is under way.
 */
export function PasskeyUnlock(props: {
  passkey: StoredPasskey;
  busy: boolean;
  openWith: (open: () => Promise<CryptoKey>) => Promise<void>;
}) {
  const t = useMessages(lockScreenMessages);
  const explain = useErrorText();
  const tp = useMessages(passkeyMessages);
  const [error, setError] = useState<string>();
  // An unlock under way (this one or with the passphrase) replaces an earlier failure.
  useEffect(() => {
    if (props.busy) setError(undefined);
  }, [props.busy]);

  const unlock = async () => {
    if (props.busy) return;
    const { row, credentialId, prfSalt } = props.passkey;
    try {
      await props.openWith(async () =>
        unlockInWorker(row, await passkeyOutput(credentialId, prfSalt)),
      );
    } catch (e) {
      const key = passkeyErrorKey(e);
      setError(key ? tp(key) : lockErrorText(e, t, explain));
    }
  };

  return (
    <div class="stack">
      <div>
        <button
          type="button"
          class="button primary"
          disabled={props.busy}
          aria-describedby={error ? 'passkey-unlock-error' : undefined}
          onClick={() => void unlock()}
        >
          {tp('passkey.unlock')}
        </button>
      </div>
      {error && (
        <p class="field-error" id="passkey-unlock-error" role="alert">
          {error}
        </p>
      )}
      <p>{tp('passkey.or')}</p>
    </div>
  );
}
