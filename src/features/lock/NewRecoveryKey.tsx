// A new recovery key from the lock's settings, for one that is lost or that someone else has
// seen: the passphrase, then the worker wraps the data key by a new recovery key, which is
// shown once like when the lock was turned on. Only after the user confirms it is saved does
// one transaction put its wrapper in place of the old one; until then the old key still works.
import { useRef, useState } from 'preact/hooks';
import { replaceWrapper, storedWrapper } from '../../db/lock-control';
import { useMessages } from '../../i18n/context';
import { LockError } from '../../lock/errors';
import { renewRecoveryKeyInWorker } from '../../lock/lock-client';
import type { RenewedRecoveryKey } from '../../lock/lock-worker-protocol';
import { useFocusAfter } from '../../ui/use-focus-after';
import { useLockErrorText } from './lock-error-text';
import { lockMessages } from './messages';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { emptySecretKey, SecretField } from './secret-field';

const OPEN_BUTTON_ID = 'lock-renew-open';

type Stage =
  | { name: 'closed'; done: boolean }
  | { name: 'asking' }
  | { name: 'showing'; renewed: RenewedRecoveryKey };

/** The "new recovery key" part of the lock's settings, shown while the lock is on. */
export function NewRecoveryKey() {
  const t = useMessages(lockMessages);
  const errorText = useLockErrorText('lock.renew.failed');
  const focusAfter = useFocusAfter();
  const [stage, setStage] = useState<Stage>({ name: 'closed', done: false });
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string>();
  const [storeError, setStoreError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  const close = (done: boolean) => {
    setStage({ name: 'closed', done });
    setSecret('');
    setError(undefined);
    focusAfter(OPEN_BUTTON_ID);
  };

  const make = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (secret.trim() === '') {
      setError(t(emptySecretKey('passphrase')));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const wrapper = await storedWrapper('passphrase');
      if (wrapper === undefined) throw new LockError('damaged-wrapper', 'schema');
      const renewed = await renewRecoveryKeyInWorker(wrapper, secret);
      setSecret('');
      setStage({ name: 'showing', renewed });
    } catch (e) {
      setError(errorText(e));
      focusAfter(field);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (renewed: RenewedRecoveryKey) => {
    setBusy(true);
    setStoreError(undefined);
    try {
      await replaceWrapper(renewed.wrapper);
      close(true);
    } catch (e) {
      setStoreError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p role="status" class="hint">
        {busy && stage.name === 'asking'
          ? t('lock.renew.busy')
          : stage.name === 'closed' && stage.done
            ? t('lock.renew.done')
            : ''}
      </p>
      {storeError && (
        <p role="alert" class="field-error">
          {storeError}
        </p>
      )}
      {stage.name === 'showing' && (
        <RecoveryKeyStep
          recoveryKey={stage.renewed.recoveryKey}
          confirmLabel={t('lock.renew.confirm')}
          busy={busy}
          onConfirmed={() => void confirm(stage.renewed)}
          actions={
            <button type="button" class="button quiet" disabled={busy} onClick={() => close(false)}>
              {t('lock.cancel')}
            </button>
          }
        />
      )}
      {stage.name === 'asking' && (
        <form class="stack" noValidate onSubmit={(e) => void make(e)}>
          <p>{t('lock.renew.explain')}</p>
          <SecretField
            id="lock-renew-passphrase"
            kind="passphrase"
            value={secret}
            onInput={setSecret}
            error={error}
            inputRef={field}
          />
          <div class="inline-actions">
            <button type="submit" class="button" disabled={busy}>
              {t('lock.renew.submit')}
            </button>
            <button type="button" class="button quiet" disabled={busy} onClick={() => close(false)}>
              {t('lock.cancel')}
            </button>
          </div>
        </form>
      )}
      {stage.name === 'closed' && (
        <div>
          <button
            id={OPEN_BUTTON_ID}
            type="button"
            class="button"
            onClick={() => {
              setStage({ name: 'asking' });
              focusAfter(field);
            }}
          >
            {t('lock.renew.open')}
          </button>
        </div>
      )}
    </>
  );
}
