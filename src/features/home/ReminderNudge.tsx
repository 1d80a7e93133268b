// A gentle nudge on Today once the client's reminder time has passed today and nothing was
// written since: one line, a way to write, and a way to put it away. Never about an earlier
// day (that would read as a reproach).
import { useEffect, useState } from 'preact/hooks';
import { lastDue, nudgeDue } from '../../domain/reminders/plan';
import { useI18n } from '../../i18n/context';
import { formatTimeOfDay } from '../../i18n/translate';
import { useSettings } from '../../services/settings-context';

/** The current time, refreshed every minute while the screen is shown. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The reminder nudge, or nothing when none is due. */
export function ReminderNudge(props: { lastDiaryChangeAt: string | null }) {
  const { t, language } = useI18n();
  const { settings, update } = useSettings();
  const now = useMinute();
  const plan = settings.reminder ?? undefined;
  if (!nudgeDue(plan, now, props.lastDiaryChangeAt, settings.reminderNudgeDismissedAt)) {
    return null;
  }
  const due = plan && lastDue(plan, now);
  // The plan's own time, written like the plan in the settings (formatTimeOfDay).
  const time = due ? formatTimeOfDay(language, due.time) : '';
  return (
    <aside class="reminder-nudge" aria-labelledby="reminder-nudge-text">
      <p id="reminder-nudge-text">{t('home.reminder', { time })}</p>
      <div class="actions">
        <a class="button primary" href="/diary/new">
          {t('home.newDiary')}
        </a>
        <button
          type="button"
          class="button quiet"
          onClick={() => void update({ reminderNudgeDismissedAt: new Date().toISOString() })}
        >
          {t('home.reminder.later')}
        </button>
      </div>
    </aside>
  );
}
