// The coach's other keys on this device: each opens files made for it; one can become the key
// in the coach code, be saved protected (a plain key taken from a file), or be forgotten.
import { useState } from 'preact/hooks';
import {
  type CoachIdentity,
  makeMainCoachIdentity,
  removeMoreCoachIdentity,
} from '../../../db/keys';
import { useMessages } from '../../../i18n/context';
import { KeyBackup } from '../components/KeyBackup';
import { coachKeysMessages } from './messages';

/** The list of other keys; `onChanged` after a key was made main or forgotten. */
export function OtherKeys(props: { keys: readonly CoachIdentity[]; onChanged: () => void }) {
  const t = useMessages(coachKeysMessages);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      props.onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="other-keys-title" class="stack">
      <h3 id="other-keys-title">{t('share.keys.otherTitle')}</h3>
      <p class="muted">{t('share.keys.otherExplain')}</p>
      <ul class="key-list">
        {props.keys.map((key) => (
          <li key={key.recipient} class="stack">
            <p>
              {t('share.keys.fingerprint')} <span class="mono">{key.fingerprint}</span>
            </p>
            {key.example && <p class="badge">{t('share.keys.exampleKey')}</p>}
            {!key.example && key.backedUpAt === null && (
              <details>
                <summary>{t('share.keys.protectOther')}</summary>
                <KeyBackup identity={key.identity} />
              </details>
            )}
            <div class="inline-actions">
              {!key.example && (
                <button
                  type="button"
                  class="button"
                  disabled={busy}
                  onClick={() => void act(() => makeMainCoachIdentity(key.recipient))}
                >
                  {t('share.keys.makeMain')}
                </button>
              )}
              <button
                type="button"
                class="button quiet"
                disabled={busy}
                onClick={() => {
                  if (
                    window.confirm(t('share.keys.forgetConfirm', { fingerprint: key.fingerprint }))
                  )
                    void act(() => removeMoreCoachIdentity(key.recipient));
                }}
              >
                {t('share.keys.forget')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
