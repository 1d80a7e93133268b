// On an empty database (a new phone, or data the browser removed), offer to restore a backup.
// Small: the home screen imports it, so it stays free of bundle code.
import { isDatabaseEmpty } from '../../db/bundle-export';
import { useLiveQuery } from '../../db/live';
import { useMessages } from '../../i18n/context';
import { shareMessages } from './messages';

/** A notice with a link to the import screen, shown only while the database is empty. */
export function RestoreOffer() {
  const t = useMessages(shareMessages);
  const empty = useLiveQuery(isDatabaseEmpty, []);
  if (empty.status !== 'ready' || !empty.value) return null;
  return (
    <aside aria-labelledby="restore-title" class="restore-offer">
      <h2 id="restore-title">{t('share.restore.title')}</h2>
      <p>{t('share.restore.text')}</p>
      <a class="button" href="/share/import">
        {t('share.restore.action')}
      </a>
    </aside>
  );
}
