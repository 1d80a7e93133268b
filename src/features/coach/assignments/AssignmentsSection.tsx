// Assignments for the time until the next session: title, description, period, theme. Sent
// to the client in the return bundle; add, edit, and delete with undo.
import { useState } from 'preact/hooks';
import { clientDraftPrefix } from '../../../db/clients';
import { Repository } from '../../../db/repository';
import { parseDayKey, storedDay } from '../../../domain/dates';
import { type AssignmentRecord, MAX_TEXT, type ThemeRecord } from '../../../domain/records';
import { checkReminderPlan, parseReminderPlan } from '../../../domain/reminders/plan';
import { useI18n, useMessages } from '../../../i18n/context';
import { describeReminderPlan } from '../../../i18n/translate';
import { useSettings } from '../../../services/settings-context';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { FormOutcome } from '../../../ui/FormOutcome';
import { offerUndo } from '../../../ui/undo';
import { useDraft } from '../../../ui/use-draft';
import { newPlanForm } from '../../settings/public';
import { assignmentsMessages } from './messages';
import { ReminderSuggestion } from './ReminderSuggestion';

const repository = new Repository('assignments');

interface AssignmentDraft {
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  themeId: string;
  /** A diary reminder suggested with it (absent in drafts from before suggestions). */
  reminderOn?: boolean | undefined;
  reminderDays?: number[] | undefined;
  reminderTimes?: string[] | undefined;
  editingId?: string | undefined;
}

const empty = (): AssignmentDraft => {
  const plan = newPlanForm();
  return {
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    themeId: '',
    reminderOn: false,
    reminderDays: plan.days,
    reminderTimes: plan.times,
  };
};

/** The assignments section of the client page. */
export function AssignmentsSection(props: {
  clientId: string;
  assignments: AssignmentRecord[];
  themes: ThemeRecord[];
}) {
  const t = useMessages(assignmentsMessages);
  const { day, language } = useI18n();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const draft = useDraft<AssignmentDraft>(`${clientDraftPrefix(props.clientId)}assignment`, empty);
  const value = draft.value;
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const themeTitle = new Map(props.themes.map((theme) => [theme.id, theme.title]));

  const titleError = !submitted
    ? ''
    : value.title.trim() === ''
      ? t('coach.assignments.titleRequired')
      : value.title.length > 500
        ? t('coach.assignments.titleTooLong')
        : '';
  const periodError =
    value.startsOn && value.endsOn && value.endsOn < value.startsOn
      ? t('coach.assignments.periodOrder')
      : '';
  const descriptionError = value.description.length > MAX_TEXT ? t('coach.notes.textTooLong') : '';
  // A draft from before suggestions has no plan: it starts from the new plan's.
  const reminderForm =
    value.reminderDays && value.reminderTimes
      ? { days: value.reminderDays, times: value.reminderTimes }
      : newPlanForm();
  const reminderProblems = value.reminderOn ? checkReminderPlan(reminderForm) : {};
  const reminderInvalid = Object.keys(reminderProblems).length > 0;

  const save = async () => {
    setSubmitted(true);
    const title = value.title.trim();
    if (!title || title.length > 500 || periodError || descriptionError || reminderInvalid) return;
    const reminder = value.reminderOn ? parseReminderPlan(reminderForm) : undefined;
    setError('');
    const startsOn = parseDayKey(value.startsOn);
    const endsOn = parseDayKey(value.endsOn);
    const fields = {
      clientId: props.clientId,
      title,
      ...(value.description.trim() ? { description: value.description.trim() } : {}),
      // A calendar day, not local midnight: the client west of the coach sees the same day.
      ...(startsOn ? { startsOn } : {}),
      ...(endsOn ? { endsOn } : {}),
      ...(value.themeId ? { themeId: value.themeId } : {}),
      ...(reminder ? { reminder } : {}),
    };
    try {
      if (value.editingId) {
        // Clearing a field on edit removes it (an explicit undefined deletes in the repository).
        await repository.update(value.editingId, {
          description: undefined,
          startsOn: undefined,
          endsOn: undefined,
          themeId: undefined,
          reminder: undefined,
          ...fields,
        });
      } else {
        await repository.create(settings.profileId ?? props.clientId, fields);
      }
      draft.set(empty());
      await draft.clear();
      setSubmitted(false);
      setStatus(t('coach.assignments.saved'));
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const remove = async (assignment: AssignmentRecord) => {
    try {
      await repository.remove(assignment.id);
      offerUndo(t('coach.assignments.deleted'), t('coach.undo'), () =>
        repository.restore(assignment.id),
      );
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <section aria-labelledby="assignments-title" class="coach-section">
      <h2 id="assignments-title">{t('coach.type.assignments')}</h2>
      <ul class="record-list">
        {props.assignments.map((assignment) => (
          <li key={assignment.id} class="record-item">
            <h3>{assignment.title}</h3>
            {(assignment.startsOn || assignment.endsOn) && (
              <p>
                {t('coach.assignments.period', {
                  from: assignment.startsOn ? day(storedDay(assignment.startsOn)) : '…',
                  to: assignment.endsOn ? day(storedDay(assignment.endsOn)) : '…',
                })}
              </p>
            )}
            {assignment.themeId && (
              <p class="muted">
                {t('coach.assignments.theme')}: {themeTitle.get(assignment.themeId) ?? '—'}
              </p>
            )}
            {assignment.description && <p class="record-text">{assignment.description}</p>}
            {assignment.reminder && (
              <p class="muted">
                {t('coach.assignments.reminderShown', {
                  plan: describeReminderPlan(language, assignment.reminder),
                })}
              </p>
            )}
            <div class="actions">
              <button
                type="button"
                class="button"
                onClick={() => {
                  draft.set({
                    title: assignment.title,
                    description: assignment.description ?? '',
                    startsOn: assignment.startsOn ? storedDay(assignment.startsOn) : '',
                    endsOn: assignment.endsOn ? storedDay(assignment.endsOn) : '',
                    themeId: assignment.themeId ?? '',
                    reminderOn: assignment.reminder !== undefined,
                    ...(assignment.reminder
                      ? {
                          reminderDays: assignment.reminder.days,
                          reminderTimes: assignment.reminder.times,
                        }
                      : {}),
                    editingId: assignment.id,
                  });
                  document.getElementById('assignment-title')?.focus();
                }}
                aria-label={`${t('coach.edit')}: ${assignment.title}`}
              >
                {t('coach.edit')}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => void remove(assignment)}
                aria-label={`${t('coach.delete')}: ${assignment.title}`}
              >
                {t('coach.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form
        class="coach-form"
        aria-labelledby="assignment-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h3 id="assignment-form-title">
          {value.editingId ? t('coach.assignments.editTitle') : t('coach.assignments.newTitle')}
        </h3>
        <Field
          id="assignment-title"
          label={t('coach.assignments.titleLabel')}
          hint={t('coach.assignments.titleHint')}
          error={titleError}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={value.title}
              onInput={(event) => {
                const title = event.currentTarget.value;
                draft.set((d) => ({ ...d, title }));
                setStatus('');
              }}
            />
          )}
        </Field>
        <Field
          id="assignment-description"
          label={t('coach.assignments.description')}
          error={descriptionError}
        >
          {(control) => (
            <textarea
              {...control}
              value={value.description}
              onInput={(event) => {
                const description = event.currentTarget.value;
                draft.set((d) => ({ ...d, description }));
              }}
            />
          )}
        </Field>
        <div class="coach-row">
          <Field id="assignment-from" label={t('coach.assignments.from')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={value.startsOn}
                onInput={(event) => {
                  const startsOn = event.currentTarget.value;
                  draft.set((d) => ({ ...d, startsOn }));
                }}
              />
            )}
          </Field>
          <Field id="assignment-to" label={t('coach.assignments.to')} error={periodError}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={value.endsOn}
                onInput={(event) => {
                  const endsOn = event.currentTarget.value;
                  draft.set((d) => ({ ...d, endsOn }));
                }}
              />
            )}
          </Field>
        </div>
        <Field id="assignment-theme" label={t('coach.assignments.theme')}>
          {(control) => (
            <select
              {...control}
              value={value.themeId}
              onChange={(event) => {
                const themeId = event.currentTarget.value;
                draft.set((d) => ({ ...d, themeId }));
              }}
            >
              <option value="">{t('coach.assignments.noTheme')}</option>
              {props.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ReminderSuggestion
          on={value.reminderOn === true}
          form={reminderForm}
          problems={submitted ? reminderProblems : {}}
          onToggle={(reminderOn) => draft.set((d) => ({ ...d, reminderOn }))}
          onChange={(next) =>
            draft.set((d) => ({ ...d, reminderDays: next.days, reminderTimes: next.times }))
          }
        />
        <div class="actions">
          <button type="submit" class="button primary">
            {value.editingId ? t('coach.assignments.update') : t('coach.assignments.add')}
          </button>
          {value.editingId && (
            <button
              type="button"
              class="button"
              onClick={() => {
                draft.set(empty());
                void draft.clear();
              }}
            >
              {t('coach.cancel')}
            </button>
          )}
        </div>
        <FormOutcome error={error} status={status} />
      </form>
    </section>
  );
}
