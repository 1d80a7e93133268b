// The client's side of keys: add the coach code once (compare the fingerprint with the coach;
// a code that carries the coach's signing key pins it too), and this device's own key, which
// every export to the coach is also encrypted to.
import { useEffect, useState } from 'preact/hooks';
import type { CheckedCoachCode } from '../../bundle/worker-protocol';
import {
  type CoachCode,
  getCoachCode,
  removeCoachCode,
  type StoredIdentity,
  setCoachCode,
} from '../../db/keys';
import { useMessages } from '../../i18n/context';
import { Field } from '../../ui/Field';
import { KeyBackup } from './components/KeyBackup';
import { cryptoClient } from './crypto';
import { ensureDeviceIdentity } from './device-key';
import { shareMessages } from './messages';

/** The client's key sections. */
export function ClientKeys() {
  const t = useMessages(shareMessages);
  const [code, setCode] = useState<CoachCode | null | undefined>();
  const [own, setOwn] = useState<StoredIdentity | undefined>();
  useEffect(() => {
    void getCoachCode().then((c) => setCode(c ?? null));
    void ensureDeviceIdentity().then(setOwn);
  }, []);
  return (
    <>
      <section aria-labelledby="coach-code-title" class="stack">
        <h2 id="coach-code-title">{t('share.keys.coachCodeTitle')}</h2>
        {code === undefined && <p>{t('share.loading')}</p>}
        {code === null && <AddCoachCode onAdded={setCode} />}
        {code && (
          <>
            <p>
              {t('share.keys.coachCodeSet')}{' '}
              <strong data-testid="coach-fingerprint">{code.fingerprint}</strong>
            </p>
            {code.signingFingerprint && (
              <p>
                {t('share.keys.coachSigning')}{' '}
                <strong data-testid="coach-signing-fingerprint">{code.signingFingerprint}</strong>
              </p>
            )}
            <button
              type="button"
              class="button quiet"
              onClick={() => void removeCoachCode().then(() => setCode(null))}
            >
              {t('share.keys.removeCode')}
            </button>
          </>
        )}
      </section>
      <section aria-labelledby="own-key-title" class="stack">
        <h2 id="own-key-title">{t('share.keys.ownTitle')}</h2>
        <p>{t('share.keys.ownExplain')}</p>
        {own && (
          <>
            <p>
              {t('share.keys.fingerprint')}{' '}
              <strong data-testid="own-fingerprint">{own.fingerprint}</strong>
            </p>
            <details>
              <summary>{t('share.keys.ownBackup')}</summary>
              <KeyBackup identity={own.identity} />
            </details>
          </>
        )}
      </section>
    </>
  );
}

/** Paste the coach code, check it, compare the fingerprint, then save. */
function AddCoachCode(props: { onAdded: (c: CoachCode) => void }) {
  const t = useMessages(shareMessages);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<CheckedCoachCode | null | undefined>();
  const [compared, setCompared] = useState(false);
  const check = async () => setChecked(await cryptoClient().call('checkCoachCode', { code: text }));
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (checked && compared) {
          const c: CoachCode = {
            recipient: checked.recipient,
            fingerprint: checked.fingerprint,
            addedAt: new Date().toISOString(),
            ...(checked.signingKey && checked.signingFingerprint
              ? { signingKey: checked.signingKey, signingFingerprint: checked.signingFingerprint }
              : {}),
          };
          void setCoachCode(c).then(() => props.onAdded(c));
        } else void check();
      }}
    >
      <Field
        id="coach-code-input"
        label={t('share.keys.codeLabel')}
        hint={t('share.keys.codeHint')}
        error={checked === null ? t('share.keys.codeInvalid') : undefined}
      >
        {(c) => (
          <input
            {...c}
            type="text"
            autocomplete="off"
            spellcheck={false}
            class="mono"
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setChecked(undefined);
              setCompared(false);
            }}
          />
        )}
      </Field>
      {checked ? (
        <>
          <p role="status">
            {t('share.keys.compare')}{' '}
            <strong data-testid="new-fingerprint">{checked.fingerprint}</strong>
          </p>
          {checked.signingKey && (
            <p>
              {t('share.keys.codeSigns')} {t('share.keys.signingFingerprint')}{' '}
              <strong data-testid="new-signing-fingerprint">{checked.signingFingerprint}</strong>
            </p>
          )}
          <label class="choice">
            <input
              type="checkbox"
              checked={compared}
              onChange={(e) => setCompared(e.currentTarget.checked)}
            />
            <span>{t('share.keys.compared')}</span>
          </label>
          <button type="submit" class="button primary" disabled={!compared}>
            {t('share.keys.saveCode')}
          </button>
        </>
      ) : (
        <button type="submit" class="button" disabled={!text.trim()}>
          {t('share.keys.checkCode')}
        </button>
      )}
    </form>
  );
}
