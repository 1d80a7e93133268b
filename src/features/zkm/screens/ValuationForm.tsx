// Adding a valuation: the client's own sentence, its time frame and (optionally) the question
// it answers. The text autosaves as a draft until it is added.
import { useRef, useState } from 'preact/hooks';
import type { InvestigationRecord, TimeFrame } from '../../../domain/records';
import { questionsFor, TIME_FRAMES } from '../../../domain/zkm/questions';
import { MAX_VALUATION_TEXT } from '../../../domain/zkm/reinvestigation';
import { useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { useDraft } from '../../../ui/use-draft';
import { addValuation } from '../data';
import { zkmMessages } from '../messages';
import { useZkmFormat } from '../use-zkm-format';

interface AddDraft {
  text: string;
  timeFrame: TimeFrame;
  questionKey: string;
}

/** The "add a valuation" form of an investigation. */
export function ValuationForm(props: { investigation: InvestigationRecord }) {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const draft = useDraft<AddDraft>(`zkm-add-valuation-${props.investigation.id}`, () => ({
    text: '',
    timeFrame: 'present',
    questionKey: '',
  }));
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const questions = questionsFor(props.investigation.questions, draft.value.timeFrame);

  const submit = async (event: Event) => {
    event.preventDefault();
    const text = draft.value.text.trim();
    if (text === '') return setProblem(t('zkm.error.valuationRequired'));
    if (text.length > MAX_VALUATION_TEXT) return setProblem(t('zkm.error.tooLong'));
    setProblem('');
    setError('');
    try {
      await addValuation(settings.profileId ?? '', props.investigation, {
        text,
        timeFrame: draft.value.timeFrame,
        ...(questions.some((q) => q.key === draft.value.questionKey)
          ? { questionKey: draft.value.questionKey }
          : {}),
      });
      draft.set((d) => ({ ...d, text: '' }));
      setStatus(t('zkm.val.added', { text }));
      textRef.current?.focus();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <form onSubmit={submit} noValidate class="zkm-add-form" aria-labelledby="zkm-add-title">
      <h2 id="zkm-add-title">{t('zkm.val.addTitle')}</h2>
      <ChoiceGroup
        legend={t('zkm.val.timeFrame')}
        name="time-frame"
        value={draft.value.timeFrame}
        options={TIME_FRAMES.map((frame) => ({ value: frame, label: f.timeFrame(frame) }))}
        onChange={(timeFrame) => draft.set((d) => ({ ...d, timeFrame, questionKey: '' }))}
      />
      {questions.length > 0 && (
        <div class="zkm-questions">
          <p class="hint">{t('zkm.val.questionsHint')}</p>
          <ul>
            {questions.map((q) => (
              <li key={q.key}>{q.text}</li>
            ))}
          </ul>
        </div>
      )}
      <Field
        id="zkm-val-text"
        label={t('zkm.val.text')}
        hint={t('zkm.val.hint')}
        error={problem || undefined}
      >
        {(control) => (
          <textarea
            {...control}
            ref={textRef}
            rows={3}
            value={draft.value.text}
            onInput={(e) => {
              setStatus('');
              draft.set((d) => ({ ...d, text: e.currentTarget.value }));
            }}
          />
        )}
      </Field>
      {questions.length > 0 && (
        <div class="field">
          <label for="zkm-val-question">{t('zkm.val.question')}</label>
          <select
            id="zkm-val-question"
            value={draft.value.questionKey}
            onChange={(e) => draft.set((d) => ({ ...d, questionKey: e.currentTarget.value }))}
          >
            <option value="">{t('zkm.val.noQuestion')}</option>
            {questions.map((q, i) => (
              <option key={q.key} value={q.key}>
                {t('zkm.questions.label', { n: i + 1 })}: {q.text.slice(0, 60)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" class="button primary">
        {t('zkm.val.add')}
      </button>
      <p role="status" class="muted">
        {status}
      </p>
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
