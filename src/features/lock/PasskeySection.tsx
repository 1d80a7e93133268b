// Unlocking with a passkey, in the settings' lock section: adding one (the passphrase first,
// then the passkey from its own tap, since browsers want the passkey asked for right after a
// tap, not after a second of key derivation) and removing it. The passkey gets its own wrapper
// of the same data key: nothing is encrypted again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { storedWrapper } from '../../db/lock-control';
import { removePasskeyWrapper, storePasskeyWrapper } from '../../db/lock-passkey';
import { useMessages } from '../../i18n/context';
import { isLockError } from '../../lock/errors';
import { addPasskeyInWorker, unlockInWorker } from '../../lock/lock-client';
import { makePasskey, passkeysPossible } from '../../lock/passkey';
import { useErrorText } from '../../ui/error-message';
import { lockMessages } from './messages';
import { PassphraseConfirm } from './PassphraseConfirm';
import { passkeyErrorKey } from './passkey-errors';
import { passkeyMessages } from './passkey-messages';

type Step = 'idle' | 'passphrase' | 'checking' | 'ready' | 'making';

/** The passkey part of the lock section (shown with the lock on and open). */
export function PasskeySection() {
  const t = useMessages(passkeyMessages);
  const tl = useMessages(lockMessages);
  const explain = useErrorText();
  const [possible, setPossible] = useState<boolean>();
  const [stored, setStored] = useState<boolean>();
  const [step, setStep] = useState<Step>('idle');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const makeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void passkeysPossible().then(setPossible);
    void storedWrapper('passkey').then((wrapper) => setStored(wrapper !== undefined));
  }, []);
  useEffect(() => {
    if (step === 'passphrase') field.current?.focus();
    if (step === 'ready') makeButton.current?.focus();
  }, [step]);

  const errorText = (e: unknown): string => {
    const passkeyKey = passkeyErrorKey(e);
    if (passkeyKey) return t(passkeyKey);
    if (isLockError(e, 'wrong-passphrase')) return tl('lock.error.wrong-passphrase');
    return tl('lock.error.failed', { detail: explain(e) });
  };

  const check = async () => {
    if (step === 'checking') return;
    if (passphrase === '') {
      setError(tl('lock.error.empty'));
      field.current?.focus();
      return;
    }
    setStep('checking');
    setError(undefined);
    try {
      // A wrong passphrase is caught before a passkey is made that could open nothing.
      await unlockInWorker(await storedWrapper('passphrase'), passphrase);
      setStep('ready');
    } catch (e) {
      setStep('passphrase');
      setError(errorText(e));
      field.current?.focus();
    }
  };

  const make = async () => {
    if (step === 'making') return;
    setStep('making');
    setError(undefined);
    try {
      const passkey = await makePasskey({ site: 'Koers', user: t('passkey.title') });
      const wrapper = await addPasskeyInWorker(
        await storedWrapper('passphrase'),
        passphrase,
        passkey,
      );
      await storePasskeyWrapper(wrapper);
      setPassphrase('');
      setStored(true);
      setStep('idle');
      setStatus(t('passkey.added'));
    } catch (e) {
      setStep('ready');
      setError(errorText(e));
      makeButton.current?.focus();
    }
  };

  const remove = async () => {
    await removePasskeyWrapper();
    setStored(false);
    setStatus(t('passkey.removed'));
  };

  const cancel = () => {
    setStep('idle');
    setPassphrase('');
    setError(undefined);
  };

  if (possible === undefined || stored === undefined) return null;
  return (
    <section aria-labelledby="passkey-title" class="stack">
      <h3 id="passkey-title">{t('passkey.title')}</h3>
      {stored ? (
        <>
          <p>{t('passkey.on')}</p>
          <div>
            <button type="button" class="button quiet" onClick={() => void remove()}>
              {t('passkey.remove')}
            </button>
          </div>
        </>
      ) : !possible ? (
        <p>{t('passkey.impossible')}</p>
      ) : step === 'idle' ? (
        <>
          <p>{t('passkey.explain')}</p>
          <div>
            <button type="button" class="button" onClick={() => setStep('passphrase')}>
              {t('passkey.add')}
            </button>
          </div>
        </>
      ) : step === 'passphrase' || step === 'checking' ? (
        <PassphraseConfirm
          id="passkey-passphrase"
          explain={t('passkey.check')}
          submitLabel={t('passkey.checkButton')}
          value={passphrase}
          onInput={setPassphrase}
          error={error}
          busy={step === 'checking'}
          inputRef={field}
          onSubmit={() => void check()}
          onCancel={cancel}
        />
      ) : (
        <div class="stack">
          <p>{t('passkey.makeExplain')}</p>
          {error && (
            <p class="field-error" id="passkey-error">
              {error}
            </p>
          )}
          <div class="inline-actions">
            <button
              ref={makeButton}
              type="button"
              class="button primary"
              disabled={step === 'making'}
              aria-describedby={error ? 'passkey-error' : undefined}
              onClick={() => void make()}
            >
              {t('passkey.make')}
            </button>
            <button type="button" class="button quiet" onClick={cancel}>
              {tl('lock.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="hint">
        {step === 'checking'
          ? t('passkey.checking')
          : step === 'making'
            ? t('passkey.making')
            : status}
      </p>
    </section>
  );
}
