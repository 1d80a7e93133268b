// The lock screen: the passphrase (or the recovery key) and nothing of the content. Unlocking
// runs in a worker; its answer tells a wrong passphrase from a typo in a recovery key, a key
// of another lock and a damaged stored key, each with its own message beside the field. A turn
// of the lock that a closed tab cut short is finished here, with progress, before the app shows.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TurnProgress } from '../../db/lock-control';
import { useMessages } from '../../i18n/context';
import { LockError } from '../../lock/errors';
import { keyHolder } from '../../lock/key-holder';
import { unlockInWorker } from '../../lock/lock-client';
import { passkeyOutput } from '../../lock/passkey';
import { whenIdle } from '../../ui/idle';
import { ToastRegion } from '../../ui/toasts';
import { useFocusOnShow } from '../../ui/use-focus-after';
import { lockMessages } from './messages';
import { passkeyErrorKey } from './passkey-errors';
import { passkeyMessages } from './passkey-messages';
import { emptySecretKey, SecretField, type SecretKind, useLockErrorText } from './secret-field';

/** What the lock screen needs of a stored passkey wrapper to ask the passkey (the worker checks the rest). */
interface StoredPasskey {
  credentialId: Uint8Array<ArrayBuffer>;
  prfSalt: Uint8Array<ArrayBuffer>;
}

function asStoredPasskey(row: unknown): StoredPasskey | undefined {
  const { credentialId, prfSalt } = (row ?? {}) as Partial<Record<string, unknown>>;
  return credentialId instanceof Uint8Array && prfSalt instanceof Uint8Array
    ? { credentialId: new Uint8Array(credentialId), prfSalt: new Uint8Array(prfSalt) }
    : undefined;
}

/**
 * The database's side of the lock, loaded once the screen is up: the screen shows from the
 * hint without the database's code (Dexie and the record schemas), which then loads while the
 * user types.
 */
const lockControl = () => import('../../db/lock-control');

/** The lock screen; `onOpen` shows the app once the key is held and any turn is finished. */
export function LockScreen(props: { onOpen: () => void }) {
  const t = useMessages(lockMessages);
  const tp = useMessages(passkeyMessages);
  const [passkey, setPasskey] = useState<{ row: unknown; asked: StoredPasskey }>();
  const [passkeyError, setPasskeyError] = useState<string>();
  const [secretKind, setSecretKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<TurnProgress>();
  const field = useRef<HTMLInputElement>(null);
  useFocusOnShow(field, secretKind);
  useEffect(() => {
    let live = true;
    // Opening the database here also tells the gate the stored lock state (a hint from the
    // last run that is out of date shows the app instead).
    const stop = whenIdle(
      () =>
        void lockControl()
          .then((control) => control.storedWrapper('passkey'))
          .then((row) => {
            const asked = asStoredPasskey(row);
            if (asked && live) setPasskey({ row, asked });
          }),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);

  /** Holds the key `open` gives, finishes a turn cut short, and shows the app. */
  const openWith = async (open: () => Promise<CryptoKey>) => {
    setBusy(true);
    setError(undefined);
    setPasskeyError(undefined);
    keyHolder.hold(await open());
    setSecret('');
    const control = await lockControl();
    const mode = await control.currentLockMode();
    if (mode === 'turning-on' || mode === 'turning-off') await control.finishTurn(setProgress);
    props.onOpen();
  };

  const unlockWithPasskey = async () => {
    if (busy || !passkey) return;
    try {
      await openWith(async () =>
        unlockInWorker(
          passkey.row,
          await passkeyOutput(passkey.asked.credentialId, passkey.asked.prfSalt),
        ),
      );
    } catch (e) {
      setBusy(false);
      setProgress(undefined);
      const key = passkeyErrorKey(e);
      setPasskeyError(key ? tp(key) : errorText(e));
    }
  };

  const errorText = useLockErrorText();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (secret.trim() === '') {
      setError(t(emptySecretKey(secretKind)));
      field.current?.focus();
      return;
    }
    try {
      await openWith(async () => {
        const wrapper = await (await lockControl()).storedWrapper(secretKind);
        // No stored wrapper under a lock that is on: the key store is damaged, not the secret.
        if (wrapper === undefined) throw new LockError('damaged-wrapper', 'schema');
        return unlockInWorker(wrapper, secret);
      });
    } catch (e) {
      setBusy(false);
      setProgress(undefined);
      setError(errorText(e));
      field.current?.focus();
    }
  };

  const switchTo = (kind: SecretKind) => {
    setSecretKind(kind);
    setSecret('');
    setError(undefined);
  };

  return (
    <main class="lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">{t('lock.screen.title')}</h1>
      <p>{t('lock.screen.explain')}</p>
      {passkey && (
        <div class="stack">
          <div>
            <button
              type="button"
              class="button primary"
              disabled={busy}
              aria-describedby={passkeyError ? 'passkey-unlock-error' : undefined}
              onClick={() => void unlockWithPasskey()}
            >
              {tp('passkey.unlock')}
            </button>
          </div>
          {passkeyError && (
            <p class="field-error" id="passkey-unlock-error" role="alert">
              {passkeyError}
            </p>
          )}
          <p>{tp('passkey.or')}</p>
        </div>
      )}
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <SecretField
          id={`lock-${secretKind}`}
          kind={secretKind}
          value={secret}
          onInput={setSecret}
          error={error}
          inputRef={field}
        />
        <div class="inline-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {t('lock.unlock')}
          </button>
          <button
            type="button"
            class="button quiet"
            onClick={() => switchTo(secretKind === 'passphrase' ? 'recovery' : 'passphrase')}
          >
            {t(secretKind === 'passphrase' ? 'lock.useRecovery' : 'lock.usePassphrase')}
          </button>
        </div>
        <p role="status" class="hint">
          {progress
            ? t('lock.resuming', { done: progress.batches, total: progress.total })
            : busy
              ? t('lock.unlocking')
              : ''}
        </p>
      </form>
      <ToastRegion />
    </main>
  );
}
