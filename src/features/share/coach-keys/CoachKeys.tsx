// The coach's keys: the main key (generate, back up before use, then the coach code with the
// device's signing key, so clients pin it when they add the code); restoring or adding a key
// file at any time; and the other keys this device opens files with.
import { useEffect, useState } from 'preact/hooks';
import {
  addCoachIdentity,
  type CoachIdentity,
  getCoachIdentity,
  getMoreCoachIdentities,
  setCoachIdentity,
  setSigningKey,
} from '../../../db/keys';
import { useMessages } from '../../../i18n/context';
import { CoachCodeCard } from '../components/CoachCodeCard';
import { ErrorPanel } from '../components/ErrorPanel';
import { KeyBackup } from '../components/KeyBackup';
import { cryptoClient } from '../crypto';
import { ensureSigningKey } from '../device-key';
import { coachKeysMessages } from './messages';
import { OtherKeys } from './OtherKeys';
import { type KeyFromFile, RestoreKeyForm } from './RestoreKeyForm';

interface Held {
  main: CoachIdentity | null;
  more: CoachIdentity[];
}

/** The coach's key section; `restoreOpen` unfolds the restore form (linked from errors). */
export function CoachKeys(props: { restoreOpen?: boolean }) {
  const t = useMessages(coachKeysMessages);
  const [held, setHeld] = useState<Held | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const reload = async () => {
    const [main, more] = await Promise.all([getCoachIdentity(), getMoreCoachIdentities()]);
    setHeld({ main: main ?? null, more });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys are read once on arrival; after that each action calls `reload` itself (a new function each render).
  useEffect(() => void reload(), []);

  const now = () => new Date().toISOString();

  // A new key becomes the main one; the key it replaces stays, so older files still open.
  const generate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const pair = await cryptoClient().call('generateKey', {});
      if (held?.main) await addCoachIdentity(held.main);
      await setCoachIdentity({ ...pair, createdAt: now(), backedUpAt: null });
      await reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  // With no main key (a new device), the restored key becomes it, and the signing key the
  // file carries comes back with it, so the device signs as the one clients know. Otherwise
  // the key is added beside the main one and the device's signing key stays as it is.
  const receive = async ({ pair, signing, protectedFile }: KeyFromFile) => {
    const key: CoachIdentity = {
      ...pair,
      createdAt: now(),
      backedUpAt: protectedFile ? now() : null,
    };
    const main = await getCoachIdentity();
    if (!main) {
      if (signing) await setSigningKey({ ...signing, createdAt: key.createdAt });
      await setCoachIdentity(key);
      const restored = t('share.keys.restored', { fingerprint: pair.fingerprint });
      setStatus(protectedFile ? restored : `${restored} ${t('share.keys.protectPlain')}`);
    } else {
      const added = await addCoachIdentity(key);
      setStatus(
        t(added ? 'share.keys.added' : 'share.keys.already', { fingerprint: pair.fingerprint }),
      );
    }
    await reload();
  };

  if (held === undefined) return <p>{t('share.loading')}</p>;
  const { main, more } = held;
  return (
    <section aria-labelledby="coach-key-title" class="stack">
      <h2 id="coach-key-title">{t('share.keys.coachTitle')}</h2>
      {main === null && (
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
        </>
      )}
      {main && main.backedUpAt === null && (
        <>
          <p role="status">{t('share.keys.backupFirst')}</p>
          <KeyBackup
            identity={main.identity}
            onConfirmed={() =>
              void setCoachIdentity({ ...main, backedUpAt: now() }).then(() => reload())
            }
          />
        </>
      )}
      {main?.backedUpAt && (
        <>
          <SignedCoachCode recipient={main.recipient} fingerprint={main.fingerprint} />
          <details>
            <summary>{t('share.keys.backupAgain')}</summary>
            <KeyBackup identity={main.identity} />
          </details>
          <details>
            <summary>{t('share.keys.newKey')}</summary>
            <div class="stack">
              <p>{t('share.keys.newKeyExplain')}</p>
              <button type="button" class="button" disabled={busy} onClick={() => void generate()}>
                {t('share.keys.generate')}
              </button>
            </div>
          </details>
        </>
      )}
      <RestoreKeyForm onKey={receive} open={props.restoreOpen === true} />
      {status && <p role="status">{status}</p>}
      {more.length > 0 && <OtherKeys keys={more} onChanged={() => void reload()} />}
      {error !== undefined && <ErrorPanel error={error} />}
    </section>
  );
}

/** The coach code card, the code carrying this device's signing key and both fingerprints. */
function SignedCoachCode(props: { recipient: string; fingerprint: string }) {
  const t = useMessages(coachKeysMessages);
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
