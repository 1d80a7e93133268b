// The lock screen: the passphrase (or the recovery key) and nothing of the content. Unlocking
// runs in a worker; its answer tells a wrong passphrase from a typo in a recovery key, a key
// of another lock and a damaged stored key, each with its own message beside the field. A turn
// of the lock that a closed tab cut short is finished here, with progress, before the app shows.
import { useRef, useState } from 'preact/hooks';
import type { TurnProgress } from '../../db/lock-control';
import { currentLockMode, finishTurn, storedWrapper } from '../../db/lock-control';
import { useMessages } from '../../i18n/context';
import { isLockError, LockError, type LockErrorKind } from '../../lock/errors';
import { keyHolder } from '../../lock/key-holder';
import { unlockInWorker } from '../../lock/lock-client';
import { Field } from '../../ui/Field';
import { ToastRegion } from '../../ui/toasts';
import { useFocusOnShow } from '../../ui/use-focus-after';
import { lockMessages } from './messages';
import './lock.css';

type Secret = 'passphrase' | 'recovery';

/** The message of each error the user can act on; the others are reported with their detail. */
const errorKeys: Partial<Record<LockErrorKind, keyof (typeof lockMessages)['en']>> = {
  'wrong-passphrase': 'lock.error.wrong-passphrase',
  'wrong-recovery-key': 'lock.error.wrong-recovery-key',
  'recovery-key-typo': 'lock.error.recovery-key-typo',
  'damaged-wrapper': 'lock.error.damaged-wrapper',
  unsupported: 'lock.error.unsupported',
};

/** The lock screen; `onOpen` shows the app once the key is held and any turn is finished. */
export function LockScreen(props: { onOpen: () => void }) {
  const t = useMessages(lockMessages);
  const [secretKind, setSecretKind] = useState<Secret>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<TurnProgress>();
  const field = useRef<HTMLInputElement>(null);
  useFocusOnShow(field, secretKind);

  const errorText = (e: unknown): string => {
    const key = isLockError(e) && Object.hasOwn(errorKeys, e.kind) ? errorKeys[e.kind] : undefined;
    if (key) return t(key);
    return t('lock.error.failed', { detail: e instanceof Error ? e.message : String(e) });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (secret.trim() === '') {
      setError(t(secretKind === 'passphrase' ? 'lock.error.empty' : 'lock.error.emptyRecovery'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const wrapper = await storedWrapper(secretKind);
      // No stored wrapper under a lock that is on: the key store is damaged, not the secret.
      if (wrapper === undefined) throw new LockError('damaged-wrapper', 'schema');
      keyHolder.hold(await unlockInWorker(wrapper, secret));
      setSecret('');
      const mode = await currentLockMode();
      if (mode === 'turning-on' || mode === 'turning-off') await finishTurn(setProgress);
      props.onOpen();
    } catch (e) {
      setBusy(false);
      setProgress(undefined);
      setError(errorText(e));
      field.current?.focus();
    }
  };

  const switchTo = (kind: Secret) => {
    setSecretKind(kind);
    setSecret('');
    setError(undefined);
  };

  const id = `lock-${secretKind}`;
  return (
    <main class="lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">{t('lock.screen.title')}</h1>
      <p>{t('lock.screen.explain')}</p>
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id={id}
          label={t(secretKind === 'passphrase' ? 'lock.passphrase' : 'lock.recoveryKey')}
          hint={secretKind === 'recovery' ? t('lock.recoveryKey.hint') : undefined}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              ref={field}
              type={secretKind === 'passphrase' ? 'password' : 'text'}
              autocomplete={secretKind === 'passphrase' ? 'current-password' : 'off'}
              spellcheck={false}
              autocapitalize="off"
              value={secret}
              onInput={(e) => setSecret(e.currentTarget.value)}
            />
          )}
        </Field>
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
