// Signatures on the Keys screen: this device's signing fingerprint (to compare aloud when
// someone opens a first file from it) and the senders' keys it pinned, each of which can be
// forgotten on purpose when that person really changed devices.
import { useEffect, useState } from 'preact/hooks';
import type { StoredSigningKey } from '../../db/keys';
import { useLiveQuery } from '../../db/live';
import { forgetPinnedKey, listPinnedKeys } from '../../db/sender-keys';
import { useI18n, useMessages } from '../../i18n/context';
import { ensureSigningKey } from './device-key';
import { shareMessages } from './messages';

/** The device's signing fingerprint and the list of pinned sender keys. */
export function SigningKeys() {
  const t = useMessages(shareMessages);
  const { dateTime } = useI18n();
  const [own, setOwn] = useState<StoredSigningKey | undefined>();
  const [status, setStatus] = useState('');
  const pinned = useLiveQuery(() => listPinnedKeys(), []);
  useEffect(() => void ensureSigningKey().then(setOwn), []);
  const forget = async (profileId: string, name: string) => {
    await forgetPinnedKey(profileId);
    setStatus(t('share.keys.forgotten', { name }));
  };
  return (
    <>
      <section aria-labelledby="signing-title" class="stack">
        <h2 id="signing-title">{t('share.keys.signingTitle')}</h2>
        <p>{t('share.keys.signingExplain')}</p>
        {own && (
          <p>
            {t('share.keys.signingFingerprint')}{' '}
            <strong data-testid="signing-fingerprint">{own.fingerprint}</strong>
          </p>
        )}
      </section>
      <section aria-labelledby="pinned-title" class="stack">
        <h2 id="pinned-title">{t('share.keys.pinnedTitle')}</h2>
        <p>{t('share.keys.pinnedExplain')}</p>
        {pinned.status === 'ready' && pinned.value.length === 0 && (
          <p>{t('share.keys.pinnedNone')}</p>
        )}
        {pinned.status === 'ready' && pinned.value.length > 0 && (
          <ul class="pinned-keys" data-testid="pinned-keys">
            {pinned.value.map((row) => {
              const name = row.displayName || t('share.import.unnamed');
              return (
                <li key={row.profileId}>
                  <span>
                    {t('share.keys.pinnedItem', {
                      name,
                      fingerprint: row.fingerprint,
                      date: dateTime(row.pinnedAt),
                    })}
                  </span>
                  <button
                    type="button"
                    class="button quiet"
                    onClick={() => void forget(row.profileId, name)}
                  >
                    {t('share.keys.forget', { name })}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <p role="status">{status}</p>
      </section>
    </>
  );
}
