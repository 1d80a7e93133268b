// Backing up a secret key: a passphrase-protected age key file to download (age -d reads it),
// carrying this device's signing key too, then the user confirms it is stored safely.
import { useState } from 'preact/hooks';
import type { Progress } from '../../../bundle/age-crypto';
import { keyFileName } from '../../../domain/share/file-name';
import { useMessages } from '../../../i18n/context';
import { cryptoClient, deviceWorkFactor } from '../crypto';
import { ensureSigningKey } from '../device-key';
import { shareMessages } from '../messages';
import { downloadBytes } from '../save-file';
import { ErrorPanel } from './ErrorPanel';
import { PassphraseChoice } from './PassphraseChoice';
import { ProgressStatus } from './ProgressStatus';

/** Downloads the key file of `identity`; `onConfirmed` once the user says it is stored. */
export function KeyBackup(props: { identity: string; onConfirmed?: () => void }) {
  const t = useMessages(shareMessages);
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [saved, setSaved] = useState(false);
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<unknown>();
  const save = async () => {
    if (!passphrase) return;
    setBusy(true);
    setError(undefined);
    try {
      // The signing key travels along, so a device restored from the file signs as this one.
      const signing = await ensureSigningKey();
      const bytes = await cryptoClient().call(
        'encryptKeyFile',
        {
          identity: props.identity,
          passphrase,
          workFactor: await deviceWorkFactor(),
          signingSecretKey: signing.secretKey,
        },
        setProgress,
      );
      downloadBytes(bytes, keyFileName(new Date()), 'text/plain');
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="stack">
      <PassphraseChoice id="key-pass" onChange={setPassphrase} />
      <button
        type="button"
        class="button primary"
        disabled={!passphrase || busy}
        onClick={() => void save()}
      >
        {t('share.keys.downloadKey')}
      </button>
      {busy && <ProgressStatus progress={progress} />}
      {error !== undefined && <ErrorPanel error={error} />}
      {saved && props.onConfirmed && (
        <>
          <label class="choice">
            <input
              type="checkbox"
              checked={stored}
              onChange={(e) => setStored(e.currentTarget.checked)}
            />
            <span>{t('share.keys.storedSafely')}</span>
          </label>
          <button type="button" class="button" disabled={!stored} onClick={props.onConfirmed}>
            {t('share.keys.confirmBackup')}
          </button>
        </>
      )}
      {saved && !props.onConfirmed && <p role="status">{t('share.keys.keySaved')}</p>}
    </div>
  );
}
