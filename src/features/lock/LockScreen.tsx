// The lock screen: the passphrase (or the recovery key) and nothing of the content. Unlocking
// runs in a worker; its answer tells a wrong passphrase from a typo in a recovery key, a key
// of another lock and a damaged stored key, each with its own message beside the field. A turn
// of the lock that a closed tab cut short is finished here, with progress, before the app shows.
//
// In the shell, on the first screen's path: with the lock on, this is the first screen, and a
// file of its own cost a locked start one more request through the service worker before it
// could paint (docs/performance.md). So it holds only what it draws and its own words; the
// worker's client, the database and a passkey's button load once it is up. Keep it small.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TurnProgress } from '../../db/lock-control';
import { useMessages } from '../../i18n/context';
import { LockError } from '../../lock/errors';
import { useErrorText } from '../../ui/error-message';
import { whenIdle } from '../../ui/idle';
import { ToastRegion } from '../../ui/toasts';
import { useFocusOnShow } from '../../ui/use-focus-after';
import type { StoredPasskey } from './PasskeyUnlock';
import { holdAndFinishTurn } from './resume-turn';
import { lockScreenMessages } from './screen-messages';
import { emptySecretKey, lockErrorText, SecretField, type SecretKind } from './secret-field';

/** The database's side of the lock (Dexie and the record schemas). */
const lockControl = () => import('../../db/lock-control');
/** The client of the worker that unwraps the key. */
const lockClient = () => import('../../lock/lock-client');

/**
 * Once the app shows, makes the passphrase wrapper again where it is weaker than this device
 * can make it (PBKDF2 from a device without WebAssembly: docs/security.md), in the worker.
 * A failure changes nothing: the old wrapper still opens, and the next unlock tries again.
 */
function strengthenLater(passphrase: string): void {
  whenIdle(() => {
    void Promise.all([lockControl(), lockClient(), import('../../lock/kdf')])
      .then(async ([control, client, kdf]) =>
        control.strengthenPassphraseWrapper(
          passphrase,
          await kdf.defaultPassphraseKdf(),
          // No KDF given: the worker uses its own, where the Argon2id would run.
          (wrapper, secret, repeat) => client.rewrapPassphraseInWorker(wrapper, secret, repeat),
        ),
      )
      .catch((error: unknown) => console.warn('The passphrase wrapper was kept as it was', error));
  });
}

/** The passkey's button, once a stored passkey is found. */
interface Passkey {
  stored: StoredPasskey;
  Unlock: typeof import('./PasskeyUnlock').PasskeyUnlock;
}

/** The lock screen; `onOpen` shows the app once the key is held and any turn is finished. */
export function LockScreen(props: { onOpen: () => void }) {
  const t = useMessages(lockScreenMessages);
  const explain = useErrorText();
  const [passkey, setPasskey] = useState<Passkey>();
  const [secretKind, setSecretKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<TurnProgress>();
  const field = useRef<HTMLInputElement>(null);
  useFocusOnShow(field, secretKind);
  useEffect(() => {
    let live = true;
    // Once the screen is up, while the user types: the code an unlock needs, and a stored
    // passkey looked for. Opening the database here also tells the gate the stored lock state
    // (a hint from the last run that is out of date shows the app instead).
    const stop = whenIdle(() => {
      void lockClient();
      void lockControl()
        .then((control) => control.storedWrapper('passkey'))
        .then(async (row) => {
          if (row === undefined) return;
          const button = await import('./PasskeyUnlock');
          const stored = button.asStoredPasskey(row);
          if (stored && live) setPasskey({ stored, Unlock: button.PasskeyUnlock });
        });
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  /**
   * Holds the key `open` gives, finishes a turn cut short, and shows the app; when that fails,
   * the screen is ready for another try and the error is thrown on.
   */
  const openWith = async (open: () => Promise<CryptoKey>) => {
    setBusy(true);
    setError(undefined);
    try {
      const key = await open();
      setSecret('');
      await holdAndFinishTurn(key, lockControl, setProgress);
    } catch (e) {
      setBusy(false);
      setProgress(undefined);
      throw e;
    }
    props.onOpen();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (secret.trim() === '') {
      setError(t(emptySecretKey(secretKind)));
      field.current?.focus();
      return;
    }
    const typed = secret;
    const kind = secretKind;
    try {
      await openWith(async () => {
        const [control, client] = await Promise.all([lockControl(), lockClient()]);
        const wrapper = await control.storedWrapper(kind);
        // No stored wrapper under a lock that is on: the key store is damaged, not the secret.
        if (wrapper === undefined) throw new LockError('damaged-wrapper', 'schema');
        return client.unlockInWorker(wrapper, typed);
      });
      if (kind === 'passphrase') strengthenLater(typed);
    } catch (e) {
      setError(lockErrorText(e, t, explain));
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
      {passkey && <passkey.Unlock passkey={passkey.stored} busy={busy} openWith={openWith} />}
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
      {/* The update's notice and the like; nothing that names the content. */}
      <ToastRegion locked />
    </main>
  );
}
