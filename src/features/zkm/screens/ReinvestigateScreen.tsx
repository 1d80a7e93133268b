// Starting a re-investigation: for each earlier valuation the client decides to keep it,
// reword it or drop it. New valuations are added on the next screen; everything is rated afresh.
// The questions stay those of last time, unless the client chooses a set their coach sent.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLiveQuery } from '../../../db/live';
import {
  type CarryDecision,
  type CarryProblem,
  planReinvestigation,
} from '../../../domain/zkm/reinvestigation';
import { useI18n, useMessages } from '../../../i18n/context';
import { pluralForm } from '../../../i18n/translate';
import { useSettings } from '../../../services/settings-context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { useDraft } from '../../../ui/use-draft';
import { type LoadedInvestigation, listCoachQuestionSets, startReinvestigation } from '../data';
import { zkmMessages } from '../messages';
import { useInvestigation } from '../use-investigation';
import { useZkmFormat } from '../use-zkm-format';
import '../zkm.css';
import { Gate } from './Gate';

const problemsKey = {
  one: 'zkm.re.problems.one',
  other: 'zkm.re.problems.other',
} as const;

type Choice = 'kept' | 'modified' | 'dropped';
interface ReDraft {
  title: string;
  choices: Record<string, Choice>;
  texts: Record<string, string>;
  /** `same`, or the id of a question set from the coach (absent in older drafts). */
  questions?: string;
}

const SAME = 'same';

const problemKey = {
  undecided: 'zkm.re.undecided',
  'empty-text': 'zkm.error.valuationRequired',
  'too-long': 'zkm.error.tooLong',
} as const satisfies Record<CarryProblem, string>;

function Setup(props: { loaded: LoadedInvestigation }) {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const { language } = useI18n();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const { route } = useLocation();
  const { investigation, valuations } = props.loaded;
  const draft = useDraft<ReDraft>(`zkm-reinvestigate-${investigation.id}`, () => ({
    title: '',
    choices: {},
    texts: {},
  }));
  const sets = useLiveQuery(() => listCoachQuestionSets(settings.profileId), [settings.profileId]);
  const coachSets = sets.status === 'ready' ? sets.value : [];
  const chosenSet = coachSets.find((set) => set.id === draft.value.questions);
  const [problems, setProblems] = useState<Record<string, CarryProblem>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const decisions = (): Record<string, CarryDecision> =>
    Object.fromEntries(
      Object.entries(draft.value.choices).map(([id, kind]): [string, CarryDecision] =>
        kind === 'modified' ? [id, { kind, text: draft.value.texts[id] ?? '' }] : [id, { kind }],
      ),
    );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const plan = planReinvestigation(valuations, decisions());
    if (!plan.ok) {
      setProblems(plan.problems);
      const first = valuations.find((v) => plan.problems[v.id]);
      if (first) document.getElementById(`zkm-re-${first.id}`)?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    setError('');
    try {
      const created = await startReinvestigation(
        settings.profileId ?? '',
        investigation,
        plan.valuations,
        plan.droppedValuationIds,
        draft.value.title.trim(),
        chosenSet,
      );
      await draft.clear();
      route(`/zkm/${created.id}/valuations`);
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="zkm-re-title">
      <p>
        <a href={`/zkm/${investigation.id}`}>{t('zkm.backToInvestigation')}</a>
      </p>
      <h1 id="zkm-re-title">{t('zkm.re.title')}</h1>
      <p>{t('zkm.re.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field id="zkm-re-name" label={t('zkm.new.name')} hint={t('zkm.new.nameHint')}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={200}
              value={draft.value.title}
              onInput={(e) => draft.set((d) => ({ ...d, title: e.currentTarget.value }))}
            />
          )}
        </Field>
        {coachSets.length > 0 && (
          <ChoiceGroup
            legend={t('zkm.re.questions')}
            name="re-questions"
            value={chosenSet?.id ?? SAME}
            options={[
              { value: SAME, label: t('zkm.re.sameQuestions') },
              ...coachSets.map((set) => ({
                value: set.id,
                label: t('zkm.questions.fromCoach', { name: set.name }),
              })),
            ]}
            onChange={(questions) => draft.set((d) => ({ ...d, questions }))}
          />
        )}
        {chosenSet?.note && (
          <p class="muted">{t('zkm.questions.coachNote', { note: chosenSet.note })}</p>
        )}
        <ol class="zkm-re-list">
          {valuations.map((valuation, i) => {
            const choice = draft.value.choices[valuation.id];
            const problem = problems[valuation.id];
            return (
              <li key={valuation.id} class="zkm-card">
                <p class="zkm-card-title" id={`zkm-re-${valuation.id}`} tabIndex={-1}>
                  {f.n(i + 1)}. {valuation.text}
                </p>
                <ChoiceGroup
                  legend={t('zkm.re.what', { n: i + 1 })}
                  name={`re-${valuation.id}`}
                  value={choice}
                  options={[
                    { value: 'kept', label: t('zkm.re.keep') },
                    { value: 'modified', label: t('zkm.re.modify') },
                    { value: 'dropped', label: t('zkm.re.drop') },
                  ]}
                  error={problem === 'undecided' ? t(problemKey.undecided) : undefined}
                  onChange={(value) =>
                    draft.set((d) => ({
                      ...d,
                      choices: { ...d.choices, [valuation.id]: value },
                      texts:
                        value === 'modified' && d.texts[valuation.id] === undefined
                          ? { ...d.texts, [valuation.id]: valuation.text }
                          : d.texts,
                    }))
                  }
                />
                {choice === 'modified' && (
                  <Field
                    id={`zkm-re-text-${valuation.id}`}
                    label={t('zkm.re.newWording', { n: i + 1 })}
                    hint={t('zkm.val.hint')}
                    error={problem && problem !== 'undecided' ? t(problemKey[problem]) : undefined}
                  >
                    {(control) => (
                      <textarea
                        {...control}
                        rows={3}
                        value={draft.value.texts[valuation.id] ?? ''}
                        onInput={(e) =>
                          draft.set((d) => ({
                            ...d,
                            texts: { ...d.texts, [valuation.id]: e.currentTarget.value },
                          }))
                        }
                      />
                    )}
                  </Field>
                )}
              </li>
            );
          })}
        </ol>
        {Object.keys(problems).length > 0 && (
          <p role="alert" class="field-error">
            {t(problemsKey[pluralForm(language, Object.keys(problems).length)], {
              count: Object.keys(problems).length,
            })}
          </p>
        )}
        <button type="submit" class="button primary large" disabled={busy}>
          {t('zkm.re.submit')}
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

/** The screen that starts a re-investigation of investigation `id`. */
export default function ReinvestigateScreen(props: { id?: string }) {
  const result = useInvestigation(props.id ?? '');
  return <Gate result={result}>{(loaded: LoadedInvestigation) => <Setup loaded={loaded} />}</Gate>;
}
