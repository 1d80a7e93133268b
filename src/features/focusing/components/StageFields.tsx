// The fields of each part of a session. The guided session shows one part per screen; the
// quick log and the edit screen show them all on one page.
import { useState } from 'preact/hooks';
import { toggleLocation } from '../../../domain/focusing/body';
import { type SessionForm, withPending } from '../../../domain/focusing/form';
import type { GuidedStage } from '../../../domain/focusing/steps';
import { useMessages } from '../../../i18n/context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { Field } from '../../../ui/Field';
import { Scale } from '../../../ui/Scale';
import { focusingMessages } from '../messages';
import { BodyMap } from './BodyMap';
import { ConcernList } from './ConcernList';
import { DistanceCheck } from './DistanceCheck';
import { LinkPickers } from './LinkPickers';
import { QuestionList } from './QuestionList';

/** What every part receives: the form, a way to change it, and whether it is guided. */
export interface StageProps {
  form: SessionForm;
  patch: (changes: Partial<SessionForm>) => void;
  guided: boolean;
}

/** A labelled text input or text area with an optional hint. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  hint?: string;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint}>
      {(control) =>
        props.multiline ? (
          <textarea
            {...control}
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        ) : (
          <input
            {...control}
            type="text"
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

/** Yes or no, as two large radio buttons. */
export function YesNoChoice(props: {
  legend: string;
  name: string;
  value: '' | 'yes' | 'no';
  onChange: (value: 'yes' | 'no') => void;
}) {
  const t = useMessages(focusingMessages);
  return (
    <ChoiceGroup
      legend={props.legend}
      name={props.name}
      value={props.value || undefined}
      options={[
        { value: 'yes', label: t('focusing.yes') },
        { value: 'no', label: t('focusing.no') },
      ]}
      onChange={props.onChange}
      large
    />
  );
}

/** An intensity from 0 to 10. */
export function IntensityScale(props: {
  legend: string;
  name: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const t = useMessages(focusingMessages);
  return (
    <Scale
      legend={props.legend}
      name={props.name}
      max={10}
      value={props.value}
      onChange={props.onChange}
      ends={[t('focusing.intensity.low'), t('focusing.intensity.high')]}
      clearLabel={t('focusing.intensity.clear')}
    />
  );
}

/**
 * Check-in: the intensity before. The distance is asked once a concern is chosen (at the felt
 * sense): before that there is nothing yet to be close to or far from.
 */
export function CheckInFields({ form, patch }: StageProps) {
  const t = useMessages(focusingMessages);
  return (
    <IntensityScale
      legend={t('focusing.intensityBefore')}
      name="intensity-before"
      value={form.intensityBefore}
      onChange={(intensityBefore) => patch({ intensityBefore })}
    />
  );
}

/** Clearing a space: the concerns set aside. */
export function ClearingFields({ form, patch }: StageProps) {
  return (
    <ConcernList
      concerns={form.concernsSetAside}
      pending={form.concernPending}
      onChange={(concernsSetAside) => patch({ concernsSetAside })}
      onPending={(concernPending) => patch({ concernPending })}
      onAdd={() => patch(withPending(form))}
    />
  );
}

/**
 * Felt sense: the chosen concern, how close it is (once chosen), where in the body it is felt,
 * and a light "how close is it now?" after the felt sense has formed: this is where a client
 * gets swallowed by the feeling, so the remedies show with the answer.
 */
export function FeltSenseFields({ form, patch, guided }: StageProps) {
  const t = useMessages(focusingMessages);
  const concerns = [...new Set(form.concernsSetAside)];
  const chosen = form.chosenConcern.trim() !== '';
  return (
    <>
      {concerns.length > 0 && (
        <ChoiceGroup
          legend={t('focusing.chosen.pick')}
          name="chosen-concern"
          value={concerns.includes(form.chosenConcern) ? form.chosenConcern : undefined}
          options={concerns.map((value) => ({ value, label: value }))}
          onChange={(chosenConcern) => patch({ chosenConcern })}
        />
      )}
      <TextField
        id="chosen-concern-text"
        label={t('focusing.chosen')}
        value={form.chosenConcern}
        onInput={(chosenConcern) => patch({ chosenConcern })}
      />
      {(chosen || !guided) && (
        <DistanceCheck
          legend={guided ? t('focusing.distanceStart.chosen') : t('focusing.distanceStart')}
          name="distance-start"
          value={form.distanceStart}
          onChange={(distanceStart) => patch({ distanceStart })}
          guide={guided}
        />
      )}
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
        legend={guided ? t('focusing.distanceNow') : t('focusing.distanceFeltSense')}
        name="distance-felt-sense"
        value={form.distanceFeltSense}
        onChange={(distanceFeltSense) => patch({ distanceFeltSense })}
        guide={guided}
      />
    </>
  );
}

/** Whether any quality of the felt sense is filled in (then they are shown open). */
const hasQuality = (form: SessionForm) =>
  [form.size, form.shape, form.colour, form.temperature, form.otherQuality].some(
    (value) => value.trim() !== '',
  );

/**
 * Handle: the word, phrase or image that comes, and then, only if they come by themselves,
 * qualities of the felt sense. They come after the handle and folded away, because asking for
 * a size or a colour first can prompt imagery the body never offered.
 */
export function HandleFields({ form, patch }: StageProps) {
  const t = useMessages(focusingMessages);
  // Open when there is something to show; after that the user opens and closes it.
  const [openAtFirst] = useState(() => hasQuality(form));
  return (
    <>
      <TextField
        id="handle"
        label={t('focusing.handle')}
        hint={t('focusing.handle.hint')}
        value={form.handle}
        onInput={(handle) => patch({ handle })}
      />
      <details class="qualities" open={openAtFirst}>
        <summary>{t('focusing.qualities')}</summary>
        <TextField
          id="quality-size"
          label={t('focusing.qualities.size')}
          value={form.size}
          onInput={(size) => patch({ size })}
        />
        <TextField
          id="quality-shape"
          label={t('focusing.qualities.shape')}
          value={form.shape}
          onInput={(shape) => patch({ shape })}
        />
        <TextField
          id="quality-colour"
          label={t('focusing.qualities.colour')}
          value={form.colour}
          onInput={(colour) => patch({ colour })}
        />
        <TextField
          id="quality-temperature"
          label={t('focusing.qualities.temperature')}
          value={form.temperature}
          onInput={(temperature) => patch({ temperature })}
        />
        <TextField
          id="quality-other"
          label={t('focusing.qualities.other')}
          value={form.otherQuality}
          onInput={(otherQuality) => patch({ otherQuality })}
        />
      </details>
    </>
  );
}

/** Resonating: the handle checked against the felt sense. */
export function ResonatingFields({ form, patch, guided }: StageProps) {
  const t = useMessages(focusingMessages);
  return (
    <>
      {guided && (
        <TextField
          id="handle"
          label={t('focusing.handle')}
          value={form.handle}
          onInput={(handle) => patch({ handle })}
        />
      )}
      <YesNoChoice
        legend={t('focusing.resonated')}
        name="resonated"
        value={form.handleResonated}
        onChange={(handleResonated) => patch({ handleResonated })}
      />
    </>
  );
}

/** Asking: questions and what came, and a light "how close is it now?" while asking. */
export function AskingFields({ form, patch, guided }: StageProps) {
  const t = useMessages(focusingMessages);
  return (
    <>
      <QuestionList questions={form.questions} onChange={(questions) => patch({ questions })} />
      <DistanceCheck
        legend={guided ? t('focusing.distanceNow') : t('focusing.distanceAsking')}
        name="distance-asking"
        value={form.distanceAsking}
        onChange={(distanceAsking) => patch({ distanceAsking })}
        guide={guided}
      />
    </>
  );
}

/** Receiving: what came, welcomed. */
export function ReceivingFields({ form, patch }: StageProps) {
  const t = useMessages(focusingMessages);
  return (
    <TextField
      id="receiving"
      label={t('focusing.receiving')}
      value={form.receiving}
      onInput={(receiving) => patch({ receiving })}
      multiline
    />
  );
}

/** Check-out: distance at the end, intensity after, felt shift, next step and links. */
export function CheckOutFields({ form, patch, guided }: StageProps) {
  const t = useMessages(focusingMessages);
  return (
    <>
      <DistanceCheck
        legend={t('focusing.distanceEnd')}
        name="distance-end"
        value={form.distanceEnd}
        onChange={(distanceEnd) => patch({ distanceEnd })}
        guide={guided}
      />
      <IntensityScale
        legend={t('focusing.intensityAfter')}
        name="intensity-after"
        value={form.intensityAfter}
        onChange={(intensityAfter) => patch({ intensityAfter })}
      />
      <YesNoChoice
        legend={t('focusing.feltShift')}
        name="felt-shift"
        value={form.feltShift}
        onChange={(feltShift) => patch({ feltShift })}
      />
      <TextField
        id="felt-shift-description"
        label={t('focusing.feltShift.description')}
        hint={t('focusing.feltShift.hint')}
        value={form.feltShiftDescription}
        onInput={(feltShiftDescription) => patch({ feltShiftDescription })}
        multiline
      />
      <TextField
        id="next-step"
        label={t('focusing.nextStep')}
        value={form.nextStep}
        onInput={(nextStep) => patch({ nextStep })}
        multiline
      />
      <section aria-labelledby="links-title">
        <h3 id="links-title">{t('focusing.links')}</h3>
        <LinkPickers form={form} patch={patch} />
      </section>
    </>
  );
}

/** The fields component of each stage. */
export const stageFields: Record<GuidedStage, (props: StageProps) => preact.JSX.Element> = {
  'check-in': CheckInFields,
  'clearing-space': ClearingFields,
  'felt-sense': FeltSenseFields,
  handle: HandleFields,
  resonating: ResonatingFields,
  asking: AskingFields,
  receiving: ReceivingFields,
  'check-out': CheckOutFields,
};
