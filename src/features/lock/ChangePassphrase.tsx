// Changing the lock's passphrase in the settings: the current passphrase (or the recovery key,
// for one who forgot it) and a new one under the same rules as when the lock was turned on.
// The worker rewraps the data key (slow on purpose: Argon2id), and one transaction replaces
// the stored passphrase wrapper; no entry is re-encrypted. A wrong current secret and a
// damaged stored key each get their own message beside the field.
import { useRef, useState } from 'preact/hooks';
import { changePassphrase } from '../../db/lock-control';
import { useMessages } from '../../i18n/context';
import { rewrapPassphraseInWorker } from '../../lock/lock-client';
import { useFocusAfter } from '../../ui/use-focus-after';
import { useLockErrorText } from './lock-error-text';
import { lockMessages } from './messages';
import { NewPassphraseForm } from './NewPassphraseForm';
import { emptySecretKey, SecretField, type SecretKind } from './secret-field';

const OPEN_BUTTON_ID = 'lock-change-open';

/** The "change the passphrase" part of the lock's settings, shown while the lock is on. */
export function ChangePassphrase() {
  const t = useMessages(lockMessages);
  const errorText = useLockErrorText('lock.change.failed');
  const focusAfter = useFocusAfter();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  // A new form (empty fields, no messages) each time it opens.
  const [round, setRound] = useState(0);
  const field = useRef<HTMLInputElement>(null);

  const show = () => {
    setOpen(true);
    setDone(false);
    setRound((n) => n + 1);
    focusAfter(field);
  };
  const close = () => {
    setOpen(false);
    setSecret('');
    setError(undefined);
    setKind('passphrase');
    focusAfter(OPEN_BUTTON_ID);
  };
  const switchKind = () => {
    setKind(kind === 'passphrase' ? 'recovery' : 'passphrase');
    setSecret('');
    setError(undefined);
    focusAfter(field);
  };

  const checkSecret = (): boolean => {
    if (secret.trim() !== '') {
      setError(undefined);
      return true;
    }
    setError(t(emptySecretKey(kind)));
    field.current?.focus();
    return false;
  };

  const submit = async (passphrase: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await changePassphrase({ kind, secret }, passphrase, rewrapPassphraseInWorker);
      setBusy(false);
      setDone(true);
      close();
    } catch (e) {
      setBusy(false);
      setError(errorText(e));
      focusAfter(field);
    }
  };

  return (
    <>
      {/* One live region, on the page before and after: the progress and the outcome. */}
      <p role="status" class="hint">
        {busy ? t('lock.change.busy') : done ? t('lock.change.done') : ''}
      </p>
      {open ? (
        <div class="stack">
          <p>{t('lock.change.explain')}</p>
          <NewPassphraseForm
            key={round}
            idPrefix="lock-change"
            busy={busy}
            submitLabel={t('lock.change.submit')}
            checkBefore={checkSecret}
            onChosen={(passphrase) => void submit(passphrase)}
            actions={
              <button type="button" class="button quiet" disabled={busy} onClick={close}>
                {t('lock.cancel')}
              </button>
            }
          >
            <SecretField
              id={`lock-change-${kind}`}
              kind={kind}
              value={secret}
              onInput={setSecret}
              error={error}
              passphraseLabel={t('lock.change.current')}
              inputRef={field}
            />
            <div>
              <button type="button" class="button quiet" disabled={busy} onClick={switchKind}>
                {t(kind === 'passphrase' ? 'lock.useRecovery' : 'lock.usePassphrase')}
              </button>
            </div>
          </NewPassphraseForm>
        </div>
      ) : (
        <div>
          <button id={OPEN_BUTTON_ID} type="button" class="button" onClick={show}>
            {t('lock.change.open')}
          </button>
        </div>
      )}
    </>
  );
}
