// A calm card on the client's Today once they wrote a few entries: what the app lock does, the
// way to the settings' lock section, and a way to put it away for good (a flag in the
// settings, no content). Never while the lock is on or being turned; the rule is pure
// (src/domain/home/lock-invite.ts).
import { lockInviteShows } from '../../domain/home/lock-invite';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { useLockMode } from '../lock/public';
import { lockInviteMessages } from './lock-invite-messages';

/** The invitation to turn the lock on, or nothing when the rule says it does not show. */
export function LockInvite(props: { ownEntries: number }) {
  const t = useMessages(lockInviteMessages);
  const { settings, update } = useSettings();
  const mode = useLockMode();
  const shows = lockInviteShows({
    entries: props.ownEntries,
    lockEngaged: mode !== 'off',
    dismissed: settings.lockInviteDismissed,
  });
  if (!shows) return null;
  return (
    <aside class="reminder-nudge lock-invite" aria-labelledby="lock-invite-title">
      <h2 id="lock-invite-title">{t('home.lockInvite.title')}</h2>
      <p>{t('home.lockInvite.text')}</p>
      <div class="actions">
        <a class="button" href="/settings#lock">
          {t('home.lockInvite.open')}
        </a>
        <button
          type="button"
          class="button quiet"
          onClick={() => void update({ lockInviteDismissed: true })}
        >
          {t('home.lockInvite.dismiss')}
        </button>
      </div>
    </aside>
  );
}
