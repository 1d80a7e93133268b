import { rewordQuestion } from '../../../domain/coach/question-set';
import { MAX_SET_QUESTIONS } from '../../../domain/records';
import { questionsFor, TIME_FRAMES } from '../../../domain/zkm/questions';
import { useMessages } from '../../../i18n/context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { Field } from '../../../ui/Field';
import { FormOutcome } from '../../../ui/FormOutcome';
import { addLabel, frameLabel, moveButtonId, questionFieldId, variantLabel } from '../qset-labels';
import { questionSetsMessages } from './messages';
import { QuestionSetFromOther } from './QuestionSetFromOther';

import { nameProblem, type QuestionSetForm, textProblem } from './use-question-set-form';

/** The question-set form for `clientId`, driven by `form` (useQuestionSetForm). */
export function QuestionSetFormView(props: { clientId: string; form: QuestionSetForm }) {
  const t = useMessages(questionSetsMessages);
  const {
    value,
    shown,
    numberOf,
    status,
    error,
    update,
    changeVariant,
    applyDefaults,
    applyOther,
    add,
    remove,
    move,
    save,
    cancel,
  } = props.form;
  return (
    <form
      class="coach-form"
      aria-labelledby="qset-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4 id="qset-form-title">
        {value.editingId
          ? t('coach.qset.editTitle', { name: value.name })
          : t('coach.qset.newTitle')}
      </h4>
      <Field
        id="qset-name"
        label={t('coach.qset.name')}
        hint={t('coach.qset.nameHint')}
        error={shown?.name ? t(nameProblem[shown.name]) : ''}
        required
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={value.name}
            onInput={(event) => {
              const name = event.currentTarget.value;
              update((d) => ({ ...d, name }));
            }}
          />
        )}
      </Field>
      <ChoiceGroup
        legend={t('coach.qset.variant')}
        name="qset-variant"
        value={value.variant}
        options={[
          { value: 'career' as const, label: t(variantLabel.career) },
          { value: 'life' as const, label: t(variantLabel.life) },
        ]}
        onChange={changeVariant}
      />
      <div class="actions">
        <button type="button" class="button" onClick={applyDefaults}>
          {t('coach.qset.useDefaults')}
        </button>
      </div>
      {!value.editingId && <QuestionSetFromOther clientId={props.clientId} onUse={applyOther} />}
      {TIME_FRAMES.map((frame) => {
        const empty = shown?.emptyFrames.includes(frame) ?? false;
        const emptyId = `qset-empty-${frame}`;
        const inFrame = questionsFor(value.questions, frame);
        return (
          <fieldset key={frame} class="qset-frame" aria-describedby={empty ? emptyId : undefined}>
            <legend>{t(frameLabel[frame])}</legend>
            {inFrame.map((q, index) => {
              const n = numberOf(q.key);
              const problem = shown?.questions[q.key];
              const id = questionFieldId(q.key);
              return (
                <div key={q.key} class="qset-question">
                  <Field
                    id={id}
                    label={t('coach.qset.question', { n })}
                    error={problem ? t(textProblem[problem]) : ''}
                  >
                    {(control) => (
                      <textarea
                        {...control}
                        rows={3}
                        value={q.text}
                        onInput={(event) => {
                          const text = event.currentTarget.value;
                          update((d) => ({
                            ...d,
                            questions: rewordQuestion(d.questions, q.key, text),
                          }));
                        }}
                      />
                    )}
                  </Field>
                  <div class="actions">
                    <button
                      type="button"
                      class="button"
                      id={moveButtonId(q.key, -1)}
                      disabled={index === 0}
                      aria-label={t('coach.qset.moveUp', { n })}
                      onClick={() => move(q.key, -1, frame)}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      class="button"
                      id={moveButtonId(q.key, 1)}
                      disabled={index === inFrame.length - 1}
                      aria-label={t('coach.qset.moveDown', { n })}
                      onClick={() => move(q.key, 1, frame)}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button type="button" class="button" onClick={() => remove(q.key, frame)}>
                      {t('coach.qset.remove', { n })}
                    </button>
                  </div>
                </div>
              );
            })}
            {empty && (
              <p id={emptyId} class="field-error">
                {t('coach.qset.frameEmpty')}
              </p>
            )}
            <button
              type="button"
              class="button"
              id={`qset-add-${frame}`}
              onClick={() => add(frame)}
            >
              {t(addLabel[frame])}
            </button>
          </fieldset>
        );
      })}
      {shown?.tooMany && (
        <p class="field-error">{t('coach.qset.tooMany', { max: MAX_SET_QUESTIONS })}</p>
      )}
      <Field
        id="qset-note"
        label={t('coach.qset.note')}
        hint={t('coach.qset.noteHint')}
        error={shown?.note ? t('coach.qset.noteTooLong') : ''}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={value.note}
            onInput={(event) => {
              const note = event.currentTarget.value;
              update((d) => ({ ...d, note }));
            }}
          />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="button primary">
          {value.editingId ? t('coach.qset.update') : t('coach.qset.save')}
        </button>
        {value.editingId && (
          <button type="button" class="button" onClick={cancel}>
            {t('coach.cancel')}
          </button>
        )}
      </div>
      {shown && !shown.ok && (
        <p role="alert" class="field-error">
          {t('coach.qset.problems')}
        </p>
      )}
      <FormOutcome error={error} status={status} />
    </form>
  );
}
