// The coach's identity: generate, back up (required before use), then show the coach code;
// or restore it from a key file on a new device.
import { useEffect, useState } from 'preact/hooks';
import { type CoachIdentity, getCoachIdentity, setCoachIdentity } from '../../db/keys';
import { useMessages } from '../../i18n/context';
import { Field } from '../../ui/Field';
import { CoachCodeCard } from './components/CoachCodeCard';
import { ErrorPanel } from './components/ErrorPanel';
import { KeyBackup } from './components/KeyBackup';
import { cryptoClient } from './crypto';
import { shareMessages } from './messages';

/** The coach's key section. */
export function CoachKeys() {
  const t = useMessages(shareMessages);
  const [coach, setCoach] = useState<CoachIdentity | null | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  useEffect(() => void getCoachIdentity().then((c) => setCoach(c ?? null)), []);

  const store = async (c: CoachIdentity) => {
    await setCoachIdentity(c);
    setCoach(c);
  };

  const generate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const pair = await cryptoClient().call('generateKey', {});
      await store({ ...pair, createdAt: new Date().toISOString(), backedUpAt: null });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (coach === undefined) return <p>{t('share.loading')}</p>;
  return (
    <section aria-labelledby="coach-key-title" class="stack">
      <h2 id="coach-key-title">{t('share.keys.coachTitle')}</h2>
      {coach === null && (
        <>
          <p>{t('share.keys.noCoachKey')}</p>
          <button
            type="button"
            class="button primary"
            disabled={busy}
            onClick={() => void generate()}
          >
            {t('share.keys.generate')}
          </button>
          <RestoreKey onRestored={(c) => void store(c)} />
        </>
      )}
      {coach && coach.backedUpAt === null && (
        <>
          <p role="status">{t('share.keys.backupFirst')}</p>
          <KeyBackup
            identity={coach.identity}
            onConfirmed={() => void store({ ...coach, backedUpAt: new Date().toISOString() })}
          />
        </>
      )}
      {coach?.backedUpAt && (
        <>
          <CoachCodeCard recipient={coach.recipient} fingerprint={coach.fingerprint} />
          <details>
            <summary>{t('share.keys.backupAgain')}</summary>
            <KeyBackup identity={coach.identity} />
          </details>
        </>
      )}
      {error !== undefined && <ErrorPanel error={error} />}
    </section>
  );
}

/** Restores a coach identity from a passphrase-protected key file. */
function RestoreKey(props: { onRestored: (c: CoachIdentity) => void }) {
  const t = useMessages(shareMessages);
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <details>
      <summary>{t('share.keys.restore')}</summary>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!file || !passphrase) return;
          setBusy(true);
          setError(undefined);
          void (async () => {
            try {
              const bytes = new Uint8Array(await file.arrayBuffer());
              const client = cryptoClient();
              const identity = await client.call('decryptKeyFile', { bytes, passphrase });
              const pair = await client.call('describeIdentity', { identity });
              props.onRestored({
                ...pair,
                createdAt: new Date().toISOString(),
                backedUpAt: new Date().toISOString(),
              });
            } catch (err) {
              setError(err);
            } finally {
              setBusy(false);
            }
          })();
        }}
      >
        <Field id="restore-key-file" label={t('share.keys.keyFile')}>
          {(c) => (
            <input {...c} type="file" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
          )}
        </Field>
        <Field id="restore-key-pass" label={t('share.import.passphrase')}>
          {(c) => (
            <input
              {...c}
              type="password"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button" disabled={busy || !file || !passphrase}>
          {t('share.keys.restoreButton')}
        </button>
        {error !== undefined && <ErrorPanel error={error} />}
      </form>
    </details>
  );
}
