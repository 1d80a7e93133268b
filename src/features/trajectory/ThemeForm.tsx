// The theme form for a new theme and for editing one: autosaved as a draft, checked with a
// message next to each field, saved through the Repository.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Repository } from '../../db/repository';
import type { Phase, ThemeRecord } from '../../domain/records';
import {
  dayKey,
  type ThemeForm as FormValues,
  formToContent,
  formToStart,
  isValid,
  PHASES,
  type ThemeFormErrors,
  validateThemeForm,
} from '../../domain/trajectory';
import { useMessages } from '../../i18n/context';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { useErrorText } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { useDraft } from '../../ui/use-draft';
import { useFocusAfter } from '../../ui/use-focus-after';
import { ActionPointsEditor } from './ActionPointsEditor';
import { GoalsEditor } from './GoalsEditor';
import { formProblem, phaseExplain, phaseName } from './labels';
import { trajectoryMessages } from './messages';
import { ValuationPicker } from './ValuationPicker';

/** The form; `theme` is the stored theme when editing, undefined for a new one. */
export function ThemeForm(props: {
  ownerId: string;
  theme: ThemeRecord | undefined;
  draftKey: string;
  initial: () => FormValues;
}) {
  const t = useMessages(trajectoryMessages);
  const errorText = useErrorText();
  const { route } = useLocation();
  const draft = useDraft(props.draftKey, props.initial);
  const [errors, setErrors] = useState<ThemeFormErrors>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const focusAfter = useFocusAfter();
  const form = draft.value;
  const isNew = props.theme === undefined;
  const change = (patch: Partial<FormValues>) =>
    draft.set((previous) => ({ ...previous, ...patch }));
  const message = (field: keyof ThemeFormErrors) => {
    const problem = errors[field];
    return problem ? t(formProblem[problem]) : undefined;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = validateThemeForm(form, isNew, dayKey(new Date()));
    setErrors(found);
    setFailure('');
    if (!isValid(found)) {
      // The summary line is shown by this same change: focused after the render.
      focusAfter(found.title ? 'theme-title' : 'theme-form-invalid');
      return;
    }
    setBusy(true);
    try {
      const repository = new Repository('themes');
      const saved = props.theme
        ? await repository.update(props.theme.id, formToContent(form))
        : await repository.create(props.ownerId, { ...formToContent(form), ...formToStart(form) });
      await draft.clear();
      route(`/trajectory/themes/${saved.id}`);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    await draft.clear();
    draft.set(props.initial());
    await draft.clear();
  };

  return (
    <form onSubmit={submit} noValidate>
      {draft.restored && (
        <p class="notice">
          {t('form.restored')}{' '}
          <button type="button" class="button quiet" onClick={() => void discard()}>
            {t('form.discard')}
          </button>
        </p>
      )}
      {!isValid(errors) && (
        <p id="theme-form-invalid" class="field-error" tabIndex={-1} role="alert">
          {t('form.invalid')}
        </p>
      )}
      <Field
        id="theme-title"
        label={t('form.title')}
        hint={t('form.titleHint')}
        error={message('title')}
        required
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={form.title}
            maxLength={500}
            onInput={(event) => change({ title: event.currentTarget.value })}
          />
        )}
      </Field>
      <Field id="theme-description" label={t('form.description')} error={message('description')}>
        {(control) => (
          <textarea
            {...control}
            value={form.description}
            onInput={(event) => change({ description: event.currentTarget.value })}
          />
        )}
      </Field>
      {isNew && (
        <>
          <ChoiceGroup<Phase>
            legend={t('form.startPhase')}
            name="start-phase"
            value={form.startPhase}
            options={PHASES.map((phase) => ({
              value: phase,
              label: (
                <>
                  <strong>{t(phaseName[phase])}</strong> <span>{t(phaseExplain[phase])}</span>
                </>
              ),
            }))}
            onChange={(phase) => change({ startPhase: phase })}
          />
          <Field id="theme-start-day" label={t('form.startDay')} error={message('startDay')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={form.startDay}
                max={dayKey(new Date())}
                onInput={(event) => change({ startDay: event.currentTarget.value })}
              />
            )}
          </Field>
        </>
      )}
      <GoalsEditor
        goals={form.goals}
        error={message('goals')}
        onChange={(goals) => change({ goals })}
      />
      <ActionPointsEditor
        points={form.actionPoints}
        error={message('actionPoints')}
        onChange={(actionPoints) => change({ actionPoints })}
      />
      <ValuationPicker
        ownerId={props.ownerId}
        selected={form.valuationIds}
        onChange={(valuationIds) => change({ valuationIds })}
      />
      {failure && (
        <p role="alert" class="field-error">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy || !draft.ready}>
          {t('form.save')}
        </button>
        <a
          class="button"
          href={props.theme ? `/trajectory/themes/${props.theme.id}` : '/trajectory'}
        >
          {t('form.cancel')}
        </a>
      </div>
    </form>
  );
}
