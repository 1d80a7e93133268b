// The diary reminder in Settings: which days and times, then how it reaches the client on
// this platform (a calendar file everywhere, a notification where an installed app can show
// one, a nudge on Today), said plainly per platform.
import { useState } from 'preact/hooks';
import { reminderCalendar } from '../../domain/reminders/ics';
import {
  checkReminderPlan,
  parseReminderPlan,
  type ReminderPlan,
} from '../../domain/reminders/plan';
import { useMessages } from '../../i18n/context';
import { reminderWords } from '../../i18n/messages/reminder';
import { useSettings } from '../../services/settings-context';
import { downloadFile } from '../../ui/download';
import { canNotifyWhenClosed, isIos } from '../../ui/platform';
import { useDraft } from '../../ui/use-draft';
import { newPlanForm, type PlanForm, ReminderPlanFields } from './ReminderPlanFields';
import { reminderMessages } from './reminder-messages';
import './reminders.css';
import { type NotifyOutcome, turnNotificationsOff, turnNotificationsOn } from './reminder-notify';

const notifyOutcome = {
  on: 'reminder.notify.on',
  denied: 'reminder.notify.denied',
  'not-installed': 'reminder.notify.notInstalled',
  unsupported: 'reminder.notify.unsupported',
} as const;

/** The reminder part of Settings. */
export function RemindersSection() {
  const t = useMessages(reminderMessages);
  const { settings } = useSettings();
  return (
    <section aria-labelledby="reminder-title" class="reminders">
      <h2 id="reminder-title">{t('reminder.title')}</h2>
      <p>{t('reminder.intro')}</p>
      <PlanEditor saved={settings.reminder} />
      {settings.reminder && <Delivery plan={settings.reminder} />}
    </section>
  );
}

function PlanEditor(props: { saved: ReminderPlan | null }) {
  const t = useMessages(reminderMessages);
  const { update } = useSettings();
  const draft = useDraft<PlanForm>('settings:reminder', () =>
    props.saved ? { days: [...props.saved.days], times: [...props.saved.times] } : newPlanForm(),
  );
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const form = draft.value;
  const problems = checkReminderPlan(form);
  const shown = tried ? problems : {};
  const change = (next: PlanForm) => {
    draft.set(next);
    setStatus('');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    const plan = parseReminderPlan(form);
    if (Object.keys(problems).length > 0 || !plan) return;
    await update({ reminder: plan, reminderNudgeDismissedAt: null });
    await draft.clear();
    setTried(false);
    setStatus(t('reminder.saved'));
  };

  const remove = async () => {
    await turnNotificationsOff();
    await update({ reminder: null, reminderNotify: false });
    await draft.clear();
    setStatus(t('reminder.removed'));
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <ReminderPlanFields idPrefix="reminder" form={form} problems={shown} onChange={change} />
      <div class="actions">
        <button type="submit" class="button primary">
          {t('reminder.save')}
        </button>
        {props.saved && (
          <button type="button" class="button" onClick={() => void remove()}>
            {t('reminder.remove')}
          </button>
        )}
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </form>
  );
}

/**
 * The calendar events' id: stable for this device's reminder, so a new file updates the old
 * events, and saying nothing; not the profile id itself, which every bundle carries.
 */
async function calendarId(profileId: string | null): Promise<string> {
  const bytes = new TextEncoder().encode(`koers-reminder:${profileId ?? ''}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function Delivery(props: { plan: ReminderPlan }) {
  const t = useMessages(reminderMessages);
  const words = useMessages(reminderWords);
  const { settings, update } = useSettings();
  const [outcome, setOutcome] = useState<NotifyOutcome | undefined>();
  const ios = isIos();

  const saveCalendar = async () => {
    const ics = reminderCalendar(
      props.plan,
      { summary: words('reminder.summary'), description: words('reminder.description') },
      { uid: await calendarId(settings.profileId), now: new Date() },
    );
    downloadFile(ics, 'koers-reminder.ics', 'text/calendar;charset=utf-8');
  };

  const toggleNotify = async (on: boolean) => {
    if (!on) {
      await turnNotificationsOff();
      await update({ reminderNotify: false });
      setOutcome(undefined);
      return;
    }
    const result = await turnNotificationsOn();
    setOutcome(result);
    await update({ reminderNotify: result === 'on' });
  };

  return (
    <section aria-labelledby="reminder-delivery-title">
      <h3 id="reminder-delivery-title">{t('reminder.delivery')}</h3>
      <p>{t('reminder.calendar.explain')}</p>
      <button type="button" class="button" onClick={() => void saveCalendar()}>
        {t('reminder.calendar.save')}
      </button>
      <p>{t('reminder.nudge.explain')}</p>
      {ios ? (
        <p data-testid="reminder-platform">{t('reminder.platform.ios')}</p>
      ) : canNotifyWhenClosed() ? (
        <>
          <p data-testid="reminder-platform">{t('reminder.platform.notify')}</p>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.reminderNotify}
              onChange={(event) => void toggleNotify(event.currentTarget.checked)}
            />
            <span>{t('reminder.notify')}</span>
          </label>
          <p role="status" class="muted">
            {outcome ? t(notifyOutcome[outcome]) : ''}
          </p>
        </>
      ) : (
        <p data-testid="reminder-platform">{t('reminder.platform.other')}</p>
      )}
    </section>
  );
}
