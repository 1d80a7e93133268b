// The diary reminder a coach may suggest with an assignment: off unless ticked, then the days
// and times in the same fields the client uses in Settings, checked the same way.
import type { ReminderPlanProblems } from '../../../domain/reminders/plan';
import { useMessages } from '../../../i18n/context';
import { type PlanForm, ReminderPlanFields } from '../../settings/public';
import { assignmentsMessages } from './messages';

/** The suggestion's part of the assignment form. */
export function ReminderSuggestion(props: {
  on: boolean;
  form: PlanForm;
  /** The problems to show (none until the form was submitted once). */
  problems: ReminderPlanProblems;
  onToggle: (on: boolean) => void;
  onChange: (form: PlanForm) => void;
}) {
  const t = useMessages(assignmentsMessages);
  return (
    <fieldset class="reminder-suggestion">
      <legend>{t('coach.assignments.reminder')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          id="assignment-reminder-on"
          checked={props.on}
          onChange={(event) => props.onToggle(event.currentTarget.checked)}
        />
        <span>{t('coach.assignments.reminderOn')}</span>
      </label>
      {props.on && (
        <ReminderPlanFields
          idPrefix="assignment-reminder"
          form={props.form}
          problems={props.problems}
          onChange={props.onChange}
        />
      )}
    </fieldset>
  );
}
