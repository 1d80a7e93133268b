// Asking: open questions put to the felt sense, and what came in answer.
import type { QuestionInput } from '../../../domain/focusing/form';
import { useMessages } from '../../../i18n/context';
import { focusingMessages } from '../messages';

const suggestions = [
  'focusing.asking.suggestion.1',
  'focusing.asking.suggestion.2',
  'focusing.asking.suggestion.3',
] as const;

/** The questions asked, each with its answer, plus suggested questions to start from. */
export function QuestionList(props: {
  questions: QuestionInput[];
  onChange: (next: QuestionInput[]) => void;
}) {
  const t = useMessages(focusingMessages);
  const change = (index: number, patch: Partial<QuestionInput>) =>
    props.onChange(props.questions.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <div class="questions">
      {props.questions.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: questions are stored without an id and their field ids follow the position; the fields are controlled, so after a removal each shows its own value.
        <fieldset key={index} class="question">
          <legend>{t('focusing.asking.number', { number: index + 1 })}</legend>
          <div class="field">
            <label for={`question-${index}`}>{t('focusing.asking.question')}</label>
            <input
              id={`question-${index}`}
              type="text"
              value={item.question}
              onInput={(event) => change(index, { question: event.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`answer-${index}`}>{t('focusing.asking.answer')}</label>
            <textarea
              id={`answer-${index}`}
              value={item.answer}
              onInput={(event) => change(index, { answer: event.currentTarget.value })}
            />
          </div>
          <button
            type="button"
            class="button quiet"
            onClick={() => props.onChange(props.questions.filter((_, i) => i !== index))}
          >
            {t('focusing.asking.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() => props.onChange([...props.questions, { question: '', answer: '' }])}
        >
          {t('focusing.asking.add')}
        </button>
      </div>
      <p class="hint">{t('focusing.asking.suggestions')}</p>
      <div class="actions">
        {suggestions.map((key) => (
          <button
            type="button"
            class="button quiet"
            key={key}
            onClick={() => props.onChange([...props.questions, { question: t(key), answer: '' }])}
          >
            {t(key)}
          </button>
        ))}
      </div>
    </div>
  );
}
