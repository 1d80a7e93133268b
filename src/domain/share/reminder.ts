// When to remind the client to make a backup: 14 days after the last one, if anything changed.

/** Days after the last backup before the reminder shows. */
export const BACKUP_REMINDER_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

/**
 * True when a reminder is due: there are entries changed after the last backup (or ever, when
 * there never was one) and the last backup is at least 14 days old (or missing).
 */
export function backupReminderDue(
  lastBackupAt: string | null,
  latestChangeAt: string | null,
  now: Date,
): boolean {
  if (latestChangeAt === null) return false;
  if (lastBackupAt === null) return true;
  const last = Date.parse(lastBackupAt);
  if (Date.parse(latestChangeAt) <= last) return false;
  return now.getTime() - last >= BACKUP_REMINDER_DAYS * DAY;
}
