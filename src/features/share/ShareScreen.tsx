// The share overview: send to the coach, back up, import, keys; and when the last backup was.

import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { BackupStatus } from './BackupStatus';
import { shareMessages } from './messages';
import './share.css';

/** The share overview screen. */
export default function ShareScreen() {
  const t = useMessages(shareMessages);
  const { settings } = useSettings();
  const coach = settings.role === 'coach';
  return (
    <section aria-labelledby="share-title" class="stack share">
      <h1 id="share-title">{t('share.title')}</h1>
      <p>{t('share.intro')}</p>
      <ul class="share-links">
        <li>
          <a class="button large" href="/share/export">
            {coach ? t('share.link.exportCoach') : t('share.link.export')}
          </a>
        </li>
        <li>
          <a class="button large" href="/share/export?kind=backup">
            {t('share.link.backup')}
          </a>
        </li>
        <li>
          <a class="button large" href="/share/import">
            {t('share.link.import')}
          </a>
        </li>
        <li>
          <a class="button large" href="/share/keys">
            {t('share.keys.title')}
          </a>
        </li>
      </ul>
      <BackupStatus />
    </section>
  );
}
