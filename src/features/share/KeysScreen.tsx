// Keys: the coach's identity and code on a coach's device; the coach code and own key on a
// client's device; on both, the device's signing fingerprint and the senders' keys it pinned.
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { ClientKeys } from './ClientKeys';
import { CoachKeys } from './CoachKeys';
import { shareMessages } from './messages';
import { SigningKeys } from './SigningKeys';
import './share.css';

/** The keys screen. */
export default function KeysScreen() {
  const t = useMessages(shareMessages);
  const { settings } = useSettings();
  return (
    <section aria-labelledby="keys-title" class="stack share">
      <h1 id="keys-title">{t('share.keys.title')}</h1>
      {settings.role === 'coach' ? <CoachKeys /> : <ClientKeys />}
      <SigningKeys />
    </section>
  );
}
