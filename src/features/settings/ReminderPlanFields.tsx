// The days and times of a diary reminder, with their errors beside them: in Settings, and
// where a coach suggests a reminder with an assignment (through public.ts).
import {
  MAX_REMINDER_TIMES,
  type ReminderPlanProblems,
  type Weekday,
  weekdays,
} from '../../domain/reminders/plan';
import { useI18n, useMessages } from '../../i18n/context';
import { formatWeekday } from '../../i18n/translate';
import { reminderMessages } from './reminder-messages';

/** The plan as it is being entered: days ticked and times typed. */
export interface PlanForm {
  days: number[];
  times: string[];
}

/** Where a new plan starts: weekdays, in the evening. */
export function newPlanForm(): PlanForm {
  return { days: [1, 2, 3, 4, 5], times: ['19:30'] };
}

const dayProblem = { none: 'reminder.days.none' } as const;
const timeProblem = {
  none: 'reminder.times.none',
  invalid: 'reminder.times.invalid',
  repeated: 'reminder.times.repeated',
  tooMany: 'reminder.times.tooMany',
} as const;

/** The days and the times of a plan; `idPrefix` keeps the ids of two forms on a page apart. */
export function ReminderPlanFields(props: {
  idPrefix: string;
  form: PlanForm;
  /** The problems to show (none until the form was submitted once). */
  problems: ReminderPlanProblems;
  onChange: (next: PlanForm) => void;
}) {
  const t = useMessages(reminderMessages);
  const { language } = useI18n();
  const { form, problems: shown, idPrefix } = props;
  const change = props.onChange;
  return (
    <>
      <fieldset aria-describedby={shown.days ? `${idPrefix}-days-error` : undefined}>
        <legend>{t('reminder.days')}</legend>
        <div class="choice-row">
          {weekdays.map((day) => (
            <label class="choice" key={day}>
              <input
                type="checkbox"
                name={`${idPrefix}-day`}
                value={day}
                checked={form.days.includes(day)}
                onChange={(event) =>
                  change({
                    ...form,
                    days: event.currentTarget.checked
                      ? [...form.days, day].sort()
                      : form.days.filter((d) => d !== day),
                  })
                }
              />
              <span>{formatWeekday(language, day as Weekday)}</span>
            </label>
          ))}
        </div>
        {shown.days && (
          <p id={`${idPrefix}-days-error`} class="field-error">
            {t(dayProblem[shown.days])}
          </p>
        )}
      </fieldset>
      <fieldset aria-describedby={shown.times ? `${idPrefix}-times-error` : undefined}>
        <legend>{t('reminder.times')}</legend>
        <ul class="reminder-times">
          {form.times.map((time, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: times are edited in place and may repeat, so the position is the identity while typing; the field ids follow it too.
            <li key={index}>
              <label for={`${idPrefix}-time-${index}`}>
                {t('reminder.time', { number: index + 1 })}
              </label>
              <input
                id={`${idPrefix}-time-${index}`}
                type="time"
                value={time}
                aria-invalid={shown.times ? true : undefined}
                aria-describedby={shown.times ? `${idPrefix}-times-error` : undefined}
                onInput={(event) => {
                  const times = [...form.times];
                  times[index] = event.currentTarget.value;
                  change({ ...form, times });
                }}
              />
              <button
                type="button"
                class="button quiet"
                onClick={() => change({ ...form, times: form.times.filter((_, i) => i !== index) })}
              >
                {t('reminder.time.remove', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
        {form.times.length < MAX_REMINDER_TIMES && (
          <button
            type="button"
            class="button"
            onClick={() => change({ ...form, times: [...form.times, '12:00'] })}
          >
            {t('reminder.time.add')}
          </button>
        )}
        {shown.times && (
          <p id={`${idPrefix}-times-error`} class="field-error">
            {t(timeProblem[shown.times])}
          </p>
        )}
      </fieldset>
    </>
  );
}
