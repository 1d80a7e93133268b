// Keys: the coach's identity and code on a coach's device; the coach code and own key on a
// client's device; on both, the device's signing fingerprint and the senders' keys it pinned.
import { useLocation } from 'preact-iso';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { ClientKeys } from './ClientKeys';
import { CoachKeys } from './coach-keys/CoachKeys';
import { shareMessages } from './messages';
import { SigningKeys } from './SigningKeys';
import './share.css';

/** The keys screen. */
export default function KeysScreen() {
  const t = useMessages(shareMessages);
  const { settings } = useSettings();
  const { query } = useLocation();
  return (
    <section aria-labelledby="keys-title" class="stack share">
      <h1 id="keys-title">{t('share.keys.title')}</h1>
      {settings.role === 'coach' ? (
        <CoachKeys restoreOpen={query.restore === '1'} />
      ) : (
        <ClientKeys />
      )}
      <SigningKeys />
    </section>
  );
}
