// When the last backup was made, and a reminder after 14 days with new entries. Small: the
// settings screen imports it, so it stays free of bundle code.

import { latestOwnChange } from '../../db/bundle-export';
import { useLiveQuery } from '../../db/live';
import { backupReminderDue } from '../../domain/share/reminder';
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { shareMessages } from './messages';

/** The last backup and, when due, the reminder with a link to make one. */
export function BackupStatus() {
  const t = useMessages(shareMessages);
  const { dateTime } = useI18n();
  const { settings } = useSettings();
  const latest = useLiveQuery(
    () => (settings.profileId ? latestOwnChange(settings.profileId) : null),
    [settings.profileId],
  );
  const due =
    latest.status === 'ready' && backupReminderDue(settings.lastBackupAt, latest.value, new Date());
  return (
    <section aria-labelledby="backup-title" class="stack">
      <h2 id="backup-title">{t('share.backup.title')}</h2>
      <p data-testid="last-backup">
        {settings.lastBackupAt
          ? t('share.backup.last', { date: dateTime(settings.lastBackupAt, true) })
          : t('share.backup.never')}
      </p>
      {due && (
        <p class="reminder" data-testid="backup-reminder">
          {/* Without any backup, "your last backup" would contradict the line above. */}
          {t(settings.lastBackupAt ? 'share.backup.reminder' : 'share.backup.reminderNever')}{' '}
          <a href="/share/export?kind=backup">{t('share.backup.makeNow')}</a>
        </p>
      )}
    </section>
  );
}
