// The quick log: a session done elsewhere, noted in a minute. Asked first only what the method
// needs to look back on (when, what it was about, the felt sense and its handle, whether
// something shifted, the distance, a note); the rest is optional and folded away. Qualities
// come after the handle, only if they come by themselves.
import { toggleLocation } from '../../../domain/focusing/body';
import { type FormErrors, type SessionForm, withPending } from '../../../domain/focusing/form';
import { useMessages } from '../../../i18n/context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { Field } from '../../../ui/Field';
import { focusingMessages } from '../messages';
import { BodyMap } from './BodyMap';
import { ConcernList } from './ConcernList';
import { DistanceCheck } from './DistanceCheck';
import { LinkPickers } from './LinkPickers';
import { QuestionList } from './QuestionList';
import { HandleFields, IntensityScale, TextField, YesNoChoice } from './StageFields';

/** The quick log's fields: the few that matter, then "more" folded away. */
export function QuickForm(props: {
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
      <TextField
        id="chosen-concern-text"
        label={t('focusing.quick.about')}
        value={form.chosenConcern}
        onInput={(chosenConcern) => patch({ chosenConcern })}
      />
      <TextField
        id="felt-sense"
        label={t('focusing.quick.feltSense')}
        value={form.feltSense}
        onInput={(feltSense) => patch({ feltSense })}
        multiline
      />
      <HandleFields form={form} patch={patch} guided={false} />
      <YesNoChoice
        legend={t('focusing.quick.shift')}
        name="felt-shift"
        value={form.feltShift}
        onChange={(feltShift) => patch({ feltShift })}
      />
      <DistanceCheck
        legend={t('focusing.distanceEnd')}
        name="distance-end"
        value={form.distanceEnd}
        onChange={(distanceEnd) => patch({ distanceEnd })}
      />
      <TextField
        id="note"
        label={t('focusing.note')}
        value={form.note}
        onInput={(note) => patch({ note })}
        multiline
      />
      <details class="quick-more" open={Boolean(errors.durationMinutes)}>
        <summary>{t('focusing.quick.more')}</summary>
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
        <section aria-labelledby="quick-clearing-title">
          <h2 id="quick-clearing-title">{t('focusing.stage.clearing-space')}</h2>
          <ConcernList
            concerns={form.concernsSetAside}
            pending={form.concernPending}
            onChange={(concernsSetAside) => patch({ concernsSetAside })}
            onPending={(concernPending) => patch({ concernPending })}
            onAdd={() => patch(withPending(form))}
          />
        </section>
        <fieldset>
          <legend>{t('focusing.body.title')}</legend>
          <BodyMap
            selected={form.bodyLocations}
            onToggle={(location) =>
              patch({ bodyLocations: toggleLocation(form.bodyLocations, location) })
            }
          />
        </fieldset>
        <DistanceCheck
          legend={t('focusing.distanceStart')}
          name="distance-start"
          value={form.distanceStart}
          onChange={(distanceStart) => patch({ distanceStart })}
        />
        <YesNoChoice
          legend={t('focusing.resonated')}
          name="resonated"
          value={form.handleResonated}
          onChange={(handleResonated) => patch({ handleResonated })}
        />
        <QuestionList questions={form.questions} onChange={(questions) => patch({ questions })} />
        <TextField
          id="receiving"
          label={t('focusing.receiving')}
          value={form.receiving}
          onInput={(receiving) => patch({ receiving })}
          multiline
        />
        <TextField
          id="felt-shift-description"
          label={t('focusing.feltShift.description')}
          value={form.feltShiftDescription}
          onInput={(feltShiftDescription) => patch({ feltShiftDescription })}
          multiline
        />
        <IntensityScale
          legend={t('focusing.intensityBefore')}
          name="intensity-before"
          value={form.intensityBefore}
          onChange={(intensityBefore) => patch({ intensityBefore })}
        />
        <IntensityScale
          legend={t('focusing.intensityAfter')}
          name="intensity-after"
          value={form.intensityAfter}
          onChange={(intensityAfter) => patch({ intensityAfter })}
        />
        <TextField
          id="next-step"
          label={t('focusing.nextStep')}
          value={form.nextStep}
          onInput={(nextStep) => patch({ nextStep })}
          multiline
        />
        <section aria-labelledby="links-title">
          <h2 id="links-title">{t('focusing.links')}</h2>
          <LinkPickers form={form} patch={patch} />
        </section>
      </details>
    </>
  );
}
