// Turning the lock off behind the passphrase: a button that opens the passphrase form (with
// the backup offered first, where there is something to back up), checks the passphrase in
// the lock worker, then lets the section turn the lock off. Used for the lock that is on and
// for going back from a turn-on that could not be finished.
import { useEffect, useRef, useState } from 'preact/hooks';
import { storedWrapper } from '../../db/lock-control';
import { useMessages } from '../../i18n/context';
import { isLockError } from '../../lock/errors';
import { unlockInWorker } from '../../lock/lock-client';
import { useErrorText } from '../../ui/error-message';
import { BackupFirst } from './BackupFirst';
import { lockMessages } from './messages';
import { PassphraseConfirm } from './PassphraseConfirm';

/** The way to turn the lock off; `onConfirmed` runs once the passphrase is checked. */
export function TurnOffConfirm(props: {
  /** The field's id (unique on the page). */
  id: string;
  /** The button's label, before and in the form. */
  label: string;
  /** What turning it off means, shown above the field. */
  explain: string;
  /** Whether to offer a backup first (a first run has nothing to back up). */
  offerBackup: boolean;
  onConfirmed: () => void;
}) {
  const t = useMessages(lockMessages);
  const explain = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (confirming) field.current?.focus();
  }, [confirming]);

  const confirm = async () => {
    if (passphrase === '') {
      setError(t('lock.error.empty'));
      return;
    }
    setBusy(true);
    try {
      // Checks the passphrase; the key it opens is the one already held.
      await unlockInWorker(await storedWrapper('passphrase'), passphrase);
      props.onConfirmed();
    } catch (e) {
      setBusy(false);
      setError(
        isLockError(e, 'wrong-passphrase')
          ? t('lock.error.wrong-passphrase')
          : t('lock.error.failed', { detail: explain(e) }),
      );
      field.current?.focus();
    }
  };

  if (!confirming) {
    return (
      <div>
        <button type="button" class="button quiet" onClick={() => setConfirming(true)}>
          {props.label}
        </button>
      </div>
    );
  }
  return (
    <>
      {/* Turning it off changes every entry as turning it on did: a backup first, offered. */}
      {props.offerBackup && <BackupFirst why={t('lock.backupFirstOff')} />}
      <PassphraseConfirm
        id={props.id}
        explain={props.explain}
        submitLabel={props.label}
        value={passphrase}
        onInput={setPassphrase}
        error={error}
        busy={busy}
        inputRef={field}
        onSubmit={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
