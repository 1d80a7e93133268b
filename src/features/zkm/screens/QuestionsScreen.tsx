// The elicitation questions of one investigation, per time frame, with their wording
// editable for this investigation only (a draft keeps unsaved edits).
import { useState } from 'preact/hooks';
import type { ElicitationQuestion } from '../../../domain/records';
import { defaultQuestions, questionsFor, TIME_FRAMES } from '../../../domain/zkm/questions';
import { useI18n, useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { useDraft } from '../../../ui/use-draft';
import { type LoadedInvestigation, saveQuestions } from '../data';
import { zkmMessages } from '../messages';
import { useInvestigation } from '../use-investigation';
import { useZkmFormat } from '../use-zkm-format';
import '../zkm.css';
import { Gate } from './Gate';

function QuestionsForm(props: { loaded: LoadedInvestigation }) {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const { language } = useI18n();
  const errorText = useErrorText();
  const { investigation } = props.loaded;
  const draft = useDraft<ElicitationQuestion[]>(
    `zkm-questions-${investigation.id}`,
    () => investigation.questions,
  );
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [tried, setTried] = useState(false);
  const problems = draft.value.map((q) =>
    q.text.trim() === ''
      ? t('zkm.error.required')
      : q.text.length > 2000
        ? t('zkm.error.tooLong')
        : '',
  );
  const edit = (key: string, text: string) => {
    setStatus('');
    draft.set((questions) => questions.map((q) => (q.key === key ? { ...q, text } : q)));
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problems.some(Boolean)) return;
    setError('');
    try {
      await saveQuestions(
        investigation.id,
        draft.value.map((q) => ({ ...q, text: q.text.trim() })),
      );
      await draft.clear();
      setStatus(t('zkm.saved'));
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="zkm-questions-title">
      <p>
        <a href={`/zkm/${investigation.id}`}>{t('zkm.backToInvestigation')}</a>
      </p>
      <h1 id="zkm-questions-title">{t('zkm.questions.title')}</h1>
      <p>{t('zkm.questions.intro')}</p>
      {investigation.questionSetName && (
        <p class="muted">{t('zkm.questions.fromSet', { name: investigation.questionSetName })}</p>
      )}
      <form onSubmit={save} noValidate>
        {TIME_FRAMES.map((frame) => (
          <fieldset key={frame}>
            <legend>{f.timeFrame(frame)}</legend>
            {questionsFor(draft.value, frame).map((q) => {
              const i = draft.value.indexOf(q);
              const problem = tried ? problems[i] : '';
              const id = `zkm-q-${q.key.replace(/[^a-z0-9]/gi, '-')}`;
              return (
                <div class="field" key={q.key}>
                  <label for={id}>{t('zkm.questions.label', { n: i + 1 })}</label>
                  <textarea
                    id={id}
                    rows={3}
                    value={q.text}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-error` : undefined}
                    onInput={(e) => edit(q.key, e.currentTarget.value)}
                  />
                  {problem && (
                    <p id={`${id}-error`} class="field-error">
                      {problem}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
        <div class="actions">
          <button type="submit" class="button primary">
            {t('zkm.questions.save')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setStatus('');
              draft.set(defaultQuestions(investigation.questionVariant, language));
            }}
          >
            {t('zkm.questions.reset')}
          </button>
          <a class="button" href={`/zkm/${investigation.id}/valuations`}>
            {t('zkm.step.valuations')}
          </a>
        </div>
        <p role="status">{status}</p>
        {error && (
          <p role="alert" class="field-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** The questions screen of one investigation. */
export default function QuestionsScreen(props: { id?: string }) {
  const result = useInvestigation(props.id ?? '');
  return (
    <Gate result={result}>
      {(loaded: LoadedInvestigation) => <QuestionsForm loaded={loaded} />}
    </Gate>
  );
}
