// Shown for a session that does not exist (any more): says so, and leads back to the history.
import { useMessages } from '../../../i18n/context';
import { focusingMessages } from '../messages';

/** The message for an unknown or deleted session. */
export function MissingSession() {
  const t = useMessages(focusingMessages);
  return (
    <div>
      <p>{t('focusing.missing')}</p>
      <p>
        <a href="/focusing">{t('focusing.backToHistory')}</a>
      </p>
    </div>
  );
}
