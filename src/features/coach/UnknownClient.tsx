// What a client page shows for an id the coach's device does not know (removed, or a stale
// link), with the way back to the clients list.
import { useMessages } from '../../i18n/context';
import { coachMessages } from './messages';

/** The "client not found" page. */
export function UnknownClient() {
  const t = useMessages(coachMessages);
  return (
    <section aria-labelledby="unknown-title">
      <h1 id="unknown-title">{t('coach.client.unknown')}</h1>
      <a class="breadcrumb-link" href="/coach">
        {t('coach.client.back')}
      </a>
    </section>
  );
}
