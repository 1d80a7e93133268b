// On the client's device, beside an assignment: the diary reminder the coach suggests, taken
// over into Settings with one tap, or left; it never sets itself.
import { useState } from 'preact/hooks';
import { parseReminderPlan, type ReminderPlan } from '../../../domain/reminders/plan';
import { useI18n, useMessages } from '../../../i18n/context';
import { describeReminderPlan } from '../../../i18n/translate';
import { useSettings } from '../../../services/settings-context';
import { useErrorText } from '../../../ui/error-message';
import { assignmentsMessages } from './messages';

const samePlan = (a: ReminderPlan | null, b: ReminderPlan) =>
  a !== null && a.days.join() === b.days.join() && a.times.join() === b.times.join();

/** The coach's suggested reminder of one assignment, with the way to use it. */
export function SuggestedReminder(props: { suggested: { days: number[]; times: string[] } }) {
  const t = useMessages(assignmentsMessages);
  const { language } = useI18n();
  const { settings, update } = useSettings();
  const errorText = useErrorText();
  const [error, setError] = useState('');
  // Cleaned as a stored plan is: sorted, without repeats.
  const plan = parseReminderPlan(props.suggested);
  if (!plan) return null;
  const own = settings.reminder;
  const inUse = samePlan(own, plan);

  const use = async () => {
    setError('');
    try {
      await update({ reminder: plan, reminderNudgeDismissedAt: null });
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <div class="suggested-reminder">
      <p>{t('coach.workbook.reminder', { plan: describeReminderPlan(language, plan) })}</p>
      {/* One live region from the start, so taking it over is announced. */}
      <p role="status">
        {inUse && (
          <>
            {t('coach.workbook.reminderIsYours')}{' '}
            <a href="/settings#reminder-title">{t('coach.workbook.reminderSettings')}</a>
          </>
        )}
      </p>
      {!inUse && (
        <>
          {own && (
            <p class="muted">
              {t('coach.workbook.reminderReplaces', {
                plan: describeReminderPlan(language, own),
              })}
            </p>
          )}
          <div class="actions">
            <button type="button" class="button" onClick={() => void use()}>
              {t('coach.workbook.reminderUse')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
