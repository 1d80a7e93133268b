// Starting a first investigation: a title, life or career questions (or the questions a coach
// sent), and the affect list.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLiveQuery } from '../../../db/live';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { useDraft } from '../../../ui/use-draft';
import {
  defaultListChoice,
  listAffectLists,
  listCoachQuestionSets,
  startInvestigation,
} from '../data';
import { zkmMessages } from '../messages';
import '../zkm.css';

interface NewDraft {
  title: string;
  /** A built-in variant, or `coach:<id>` for a question set from the coach. */
  variant: string;
  listId: string;
}

const COACH_PREFIX = 'coach:';

/** The form that starts a first investigation. */
export default function NewInvestigation() {
  const t = useMessages(zkmMessages);
  const { language } = useI18n();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const { route, query } = useLocation();
  const lists = useLiveQuery(listAffectLists, []);
  const sets = useLiveQuery(() => listCoachQuestionSets(settings.profileId), [settings.profileId]);
  const draft = useDraft<NewDraft>('zkm-new-investigation', () => ({
    title: '',
    variant: 'career',
    listId: defaultListChoice.id,
  }));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const stored = lists.status === 'ready' ? lists.value : [];
  const choices = [
    {
      value: defaultListChoice.id,
      label: t('zkm.lists.default', { name: defaultListChoice.content.name }),
    },
    ...stored.map((list) => ({ value: list.id, label: list.name })),
  ];
  const titleTooLong = draft.value.title.length > 200;
  const coachSets = sets.status === 'ready' ? sets.value : [];
  const variantChoices = [
    { value: 'career', label: t('zkm.variant.career') },
    { value: 'life', label: t('zkm.variant.life') },
    ...coachSets.map((set) => ({
      value: `${COACH_PREFIX}${set.id}`,
      label: t('zkm.questions.fromCoach', { name: set.name }),
    })),
  ];
  // A chosen set that has since been deleted falls back to the career questions.
  const variant = variantChoices.some((c) => c.value === draft.value.variant)
    ? draft.value.variant
    : 'career';
  const chosenSet = coachSets.find((set) => `${COACH_PREFIX}${set.id}` === variant);

  // Coming from the workbook's "start with these questions": choose that set once.
  const wanted = query.questions;
  const wantedKnown = coachSets.some((set) => set.id === wanted);
  const draftReady = draft.ready;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `draft.set` is a new function each render but does the same; listing it would choose the set again on every render and undo the client's own choice.
  useEffect(() => {
    if (draftReady && wanted && wantedKnown) {
      draft.set((d) => ({ ...d, variant: `${COACH_PREFIX}${wanted}` }));
    }
  }, [draftReady, wanted, wantedKnown]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (titleTooLong || busy) return;
    setBusy(true);
    setError('');
    try {
      const chosen = stored.find((list) => list.id === draft.value.listId);
      const created = await startInvestigation(settings.profileId ?? '', {
        variant: variant === 'life' ? 'life' : 'career',
        questionSet: chosenSet,
        language,
        list: chosen
          ? {
              id: chosen.id,
              content: { name: chosen.name, terms: chosen.terms, thresholds: chosen.thresholds },
            }
          : defaultListChoice,
        title: draft.value.title.trim(),
      });
      await draft.clear();
      route(`/zkm/${created.id}/valuations`);
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="zkm-new-title">
      <p>
        <a href="/zkm">{t('zkm.backToList')}</a>
      </p>
      <h1 id="zkm-new-title">{t('zkm.new.title')}</h1>
      <p>{t('zkm.new.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          id="zkm-new-name"
          label={t('zkm.new.name')}
          hint={t('zkm.new.nameHint')}
          error={titleTooLong ? t('zkm.error.titleTooLong') : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.value.title}
              onInput={(e) => draft.set((d) => ({ ...d, title: e.currentTarget.value }))}
            />
          )}
        </Field>
        <ChoiceGroup
          legend={t('zkm.new.variant')}
          name="variant"
          value={variant}
          options={variantChoices}
          onChange={(next) => draft.set((d) => ({ ...d, variant: next }))}
        />
        {chosenSet?.note && (
          <p class="muted">{t('zkm.questions.coachNote', { note: chosenSet.note })}</p>
        )}
        <ChoiceGroup
          legend={t('zkm.new.list')}
          name="affect-list"
          value={
            choices.some((c) => c.value === draft.value.listId)
              ? draft.value.listId
              : defaultListChoice.id
          }
          options={choices}
          onChange={(listId) => draft.set((d) => ({ ...d, listId }))}
        />
        <button type="submit" class="button primary large" disabled={busy}>
          {t('zkm.new.submit')}
        </button>
        {error && (
          <p role="alert" class="field-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
