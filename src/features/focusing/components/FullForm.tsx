// The whole session on one page, for a quick log of a session done elsewhere and for editing:
// when, how long, alone or with someone, and every part of the guided session.
import type { FormErrors, SessionForm } from '../../../domain/focusing/form';
import { guidedStages, stageTitleKey } from '../../../domain/focusing/steps';
import { useMessages } from '../../../i18n/context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { Field } from '../../../ui/Field';
import { focusingMessages } from '../messages';
import { stageFields, TextField } from './StageFields';

/** Every field of a session, grouped under the headings of the guided session's parts. */
export function FullForm(props: {
  form: SessionForm;
  patch: (changes: Partial<SessionForm>) => void;
  errors: FormErrors;
}) {
  const t = useMessages(focusingMessages);
  const { form, patch, errors } = props;
  return (
    <>
      <Field
        id="occurred-at"
        label={t('focusing.form.date')}
        required
        error={errors.occurredAt && t(errors.occurredAt)}
      >
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            required
            value={form.occurredAt}
            onInput={(event) => patch({ occurredAt: event.currentTarget.value })}
          />
        )}
      </Field>
      <Field
        id="duration"
        label={t('focusing.form.duration')}
        error={errors.durationMinutes && t(errors.durationMinutes)}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            value={form.durationMinutes}
            onInput={(event) => patch({ durationMinutes: event.currentTarget.value })}
          />
        )}
      </Field>
      <ChoiceGroup
        legend={t('focusing.companion')}
        name="companion"
        value={form.companion || undefined}
        options={[
          { value: 'alone', label: t('focusing.companion.alone') },
          { value: 'companion', label: t('focusing.companion.with') },
        ]}
        onChange={(companion) => patch({ companion })}
      />
      {guidedStages.map((stage) => {
        const Fields = stageFields[stage];
        return (
          <section key={stage} class="form-part" aria-labelledby={`part-${stage}`}>
            <h2 id={`part-${stage}`}>{t(stageTitleKey[stage])}</h2>
            <Fields form={form} patch={patch} guided={false} />
          </section>
        );
      })}
      {/* Asked by the quick log, so a logged session can be edited in full. */}
      <TextField
        id="felt-sense"
        label={t('focusing.quick.feltSense')}
        value={form.feltSense}
        onInput={(feltSense) => patch({ feltSense })}
        multiline
      />
      <TextField
        id="note"
        label={t('focusing.note')}
        value={form.note}
        onInput={(note) => patch({ note })}
        multiline
      />
    </>
  );
}
