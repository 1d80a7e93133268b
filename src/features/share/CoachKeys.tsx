// The coach's identity: generate, back up (required before use), then show the coach code
// (with the device's signing key, so clients pin it when they add the code); or restore it,
// and the signing key with it, from a key file on a new device.
import { useEffect, useState } from 'preact/hooks';
import type { RestoredKeyFile } from '../../bundle/worker-protocol';
import {
  type CoachIdentity,
  getCoachIdentity,
  setCoachIdentity,
  setSigningKey,
} from '../../db/keys';
import { useMessages } from '../../i18n/context';
import { Field } from '../../ui/Field';
import { CoachCodeCard } from './components/CoachCodeCard';
import { ErrorPanel } from './components/ErrorPanel';
import { KeyBackup } from './components/KeyBackup';
import { cryptoClient } from './crypto';
import { ensureSigningKey } from './device-key';
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

  // A key file made since signing carries the device's signing key: the restored device goes
  // on signing as the one the coach's clients know.
  const restore = async (c: CoachIdentity, file: RestoredKeyFile) => {
    if (file.signing) await setSigningKey({ ...file.signing, createdAt: c.createdAt });
    await store(c);
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
          <RestoreKey onRestored={(c, file) => void restore(c, file)} />
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
          <SignedCoachCode recipient={coach.recipient} fingerprint={coach.fingerprint} />
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

/** The coach code card, the code carrying this device's signing key and both fingerprints. */
function SignedCoachCode(props: { recipient: string; fingerprint: string }) {
  const t = useMessages(shareMessages);
  const [card, setCard] = useState<{ code: string; signing: string } | undefined>();
  useEffect(() => {
    void ensureSigningKey().then(async (signing) => {
      const { code } = await cryptoClient().call('coachCode', {
        recipient: props.recipient,
        signingKey: signing.publicKey,
      });
      setCard({ code, signing: signing.fingerprint });
    });
  }, [props.recipient]);
  if (!card) return <p>{t('share.loading')}</p>;
  return (
    <CoachCodeCard
      code={card.code}
      fingerprint={props.fingerprint}
      signingFingerprint={card.signing}
    />
  );
}

/** Restores a coach identity (and the signing key with it) from a passphrase-protected key file. */
function RestoreKey(props: { onRestored: (c: CoachIdentity, file: RestoredKeyFile) => void }) {
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
              const contents = await client.call('decryptKeyFile', { bytes, passphrase });
              const pair = await client.call('describeIdentity', { identity: contents.identity });
              props.onRestored(
                {
                  ...pair,
                  createdAt: new Date().toISOString(),
                  backedUpAt: new Date().toISOString(),
                },
                contents,
              );
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
