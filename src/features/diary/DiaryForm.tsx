// The diary form (dagboekformulier), for a new entry and for editing one. The state lives in
// an autosaved draft, so no word is lost on a reload, a crash or an update; only the
// situation is required, and every rule's message sits beside its field. It is a 30-second
// capture: situation, thinking, feeling and acting first; the theme's fields only once there
// is a theme; everything else under "More" (form-sections.ts decides what shows).
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../db/live';
import { fromLocalInput } from '../../domain/diary/dates';
import {
  type DiaryEntryFields,
  type DiaryFormState,
  fieldsFromForm,
} from '../../domain/diary/form';
import {
  MORE_ERROR_FIELDS,
  moreFilledCount,
  moreOpen,
  themeFieldsShown,
  triedFieldsShown,
} from '../../domain/diary/form-sections';
import {
  type DiaryFormErrors,
  type DiaryFormField,
  isValid,
  validateDiaryForm,
} from '../../domain/diary/validation';
import type { LifeArea } from '../../domain/records/diary';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { useErrorText } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { Scale } from '../../ui/Scale';
import { useDraft } from '../../ui/use-draft';
import { useFocusAfter } from '../../ui/use-focus-after';
import { AffectSection } from './AffectSection';
import { linkableThemes, linkableValuations } from './diary-queries';
import { PhaseChoice, ThemeLink, ValuationLink } from './LinkFields';
import { areaLabel, fieldErrorLabel, textFieldLabel } from './labels';
import { MoreSection } from './MoreSection';
import { diaryMessages } from './messages';
import { TextArea } from './TextArea';
import './diary.css';

const AREAS: readonly LifeArea[] = ['home', 'work', 'other'];

/** Errors shown before the first save attempt: they come from something the client typed. */
const IMMEDIATE: readonly DiaryFormField[] = ['occurredAt'];

/** The form; `onSave` stores the fields, `onSaved` follows once the draft is gone too. */
export function DiaryForm(props: {
  draftKey: string;
  initial: () => DiaryFormState;
  onSave: (fields: DiaryEntryFields) => Promise<void>;
  /** Called once the entry is stored and its draft cleared: say so and leave. */
  onSaved: () => void;
  cancelHref: string;
}) {
  const t = useMessages(diaryMessages);
  const errorText = useErrorText();
  const draft = useDraft(props.draftKey, props.initial);
  const form = draft.value;
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState('');
  // Open or closed as the client last set it; until then, open when it holds an answer.
  const [moreChosen, setMoreChosen] = useState<boolean | undefined>(undefined);
  // A field is focused once it is rendered (a failed save may first have to open "More").
  const focusAfter = useFocusAfter();
  const owner = useSettings().settings.profileId ?? '';
  const themes = useLiveQuery(() => linkableThemes(owner), [owner]);
  const valuations = useLiveQuery(() => linkableValuations(owner), [owner]);
  const themeList = themes.status === 'ready' ? themes.value : [];
  const valuationList = valuations.status === 'ready' ? valuations.value : [];
  const errors: DiaryFormErrors = validateDiaryForm(form, new Date());
  const errorOf = (field: DiaryFormField) => {
    const error = errors[field];
    const shown =
      attempted || IMMEDIATE.includes(field) || error === 'too-long' || error === 'out-of-range';
    return error && shown ? t(fieldErrorLabel[error]) : undefined;
  };
  const update = (changes: Partial<DiaryFormState>) =>
    draft.set((previous) => ({ ...previous, ...changes }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    setSaveError('');
    const now = new Date();
    const current = validateDiaryForm(form, now);
    const occurredAt = fromLocalInput(form.occurredAt);
    if (!isValid(current) || !occurredAt) {
      const first = Object.keys(current)[0] as DiaryFormField | undefined;
      if (first && MORE_ERROR_FIELDS.includes(first)) setMoreChosen(true);
      if (first) focusAfter(`diary-${first}`);
      return;
    }
    setBusy(true);
    try {
      await props.onSave(fieldsFromForm(form, occurredAt));
      // The draft goes before the screen does: a new form opened at once must start empty,
      // not with the text just saved.
      await draft.clear();
      props.onSaved();
    } catch (error) {
      setSaveError(errorText(error));
      setBusy(false);
    }
  };

  const discard = async () => {
    draft.set(props.initial());
    await draft.clear();
    setAttempted(false);
    setMoreChosen(undefined);
  };

  const text = (field: keyof typeof textFieldLabel, rows?: number, required = false) => {
    const [label, hint] = textFieldLabel[field];
    return (
      <TextArea
        id={`diary-${field}`}
        label={t(label)}
        hint={hint && t(hint)}
        error={errorOf(field)}
        required={required}
        rows={rows}
        value={form[field]}
        countLabel={(count) => t('diary.count', { count })}
        onInput={(value) => update({ [field]: value })}
      />
    );
  };

  return (
    <form class="diary-form" noValidate onSubmit={submit}>
      {draft.restored && (
        <div class="diary-notice" role="status">
          <p>{t('diary.draftRestored')}</p>
          <button type="button" class="button" onClick={() => void discard()}>
            {t('diary.discardDraft')}
          </button>
        </div>
      )}
      {attempted && !isValid(errors) && (
        <p class="field-error" role="alert">
          {t('diary.fixErrors')}
        </p>
      )}
      <Field
        id="diary-occurredAt"
        label={t('diary.field.occurredAt')}
        hint={t('diary.field.occurredAt.hint')}
        error={errorOf('occurredAt')}
      >
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={form.occurredAt}
            onInput={(event) => update({ occurredAt: event.currentTarget.value })}
          />
        )}
      </Field>
      <ChoiceGroup
        legend={t('diary.field.area')}
        name="diary-area"
        large
        value={form.area}
        options={AREAS.map((area) => ({ value: area, label: t(areaLabel[area]) }))}
        onChange={(area) => update({ area })}
      />
      {text('situation', 4, true)}
      {text('thinking')}
      {text('feelingWords', 2)}
      <Scale
        legend={t('diary.field.feelingIntensity')}
        name="diary-feelingIntensity"
        max={10}
        ends={[t('diary.scale.low'), t('diary.scale.high')]}
        clearLabel={t('diary.scale.clear')}
        value={form.feelingIntensity}
        error={errorOf('feelingIntensity')}
        onChange={(feelingIntensity) => update({ feelingIntensity })}
      />
      {text('acting')}
      {themeFieldsShown(themeList.length, form) && (
        <>
          <ThemeLink value={form} themes={themeList} onChange={(link) => update(link)} />
          <Scale
            legend={t('diary.field.themeStrength')}
            name="diary-themeStrength"
            max={10}
            ends={[t('diary.scale.low'), t('diary.scale.high')]}
            clearLabel={t('diary.scale.clear')}
            value={form.themeStrength}
            error={errorOf('themeStrength')}
            onChange={(themeStrength) => update({ themeStrength })}
          />
          <PhaseChoice value={form} onChange={(link) => update(link)} />
          {triedFieldsShown(form) && (
            <>
              {text('triedNew')}
              {text('triedNewOutcome', 2)}
            </>
          )}
        </>
      )}
      <MoreSection
        open={moreOpen(moreChosen, form)}
        filled={moreFilledCount(form)}
        onToggle={setMoreChosen}
      >
        {text('consequence', 2)}
        {text('interplay', 3)}
        <AffectSection
          ratings={form.affectRatings}
          listId={form.affectListId}
          valuationId={form.valuationId || undefined}
          error={errorOf('affectRatings')}
          onChange={(affectRatings, affectListId) => update({ affectRatings, affectListId })}
        />
        <ValuationLink
          value={form}
          themes={themeList}
          valuations={valuationList}
          onChange={(link) => update(link)}
        />
        {text('bodyNote', 2)}
      </MoreSection>
      {saveError && (
        <p class="field-error" role="alert">
          {saveError}
        </p>
      )}
      <div class="actions diary-actions">
        <button type="submit" class="button primary" disabled={busy || !draft.ready}>
          {busy ? t('diary.saving') : t('diary.save')}
        </button>
        <a class="button" href={props.cancelHref}>
          {t('diary.cancel')}
        </a>
      </div>
    </form>
  );
}
