// The coach's question sets for one client, inside the return-bundle section: the sets made so
// far (edit, delete with undo) and a form that starts from the built-in questions of either
// variant in the current language, with the wording edited and questions added or removed per
// time frame. Stored as the coach's own records naming the client; the draft autosaves.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clientDraftPrefix } from '../../../db/clients';
import { Repository } from '../../../db/repository';
import {
  addQuestion,
  checkSetDraft,
  draftFromOther,
  draftOf,
  isDefaultWording,
  moveQuestion,
  newSetDraft,
  type QuestionSetDraft,
  removeQuestion,
  rewordQuestion,
  setContent,
} from '../../../domain/coach/question-set';
import { toAppError } from '../../../domain/errors';
import { MAX_SET_QUESTIONS, type QuestionSetRecord, type TimeFrame } from '../../../domain/records';
import { defaultQuestions, questionsFor, TIME_FRAMES } from '../../../domain/zkm/questions';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { errorMessageKey } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { offerUndo } from '../../../ui/undo';
import { useDraft } from '../../../ui/use-draft';
import { FormOutcome } from '../FormOutcome';
import { addLabel, frameLabel, moveButtonId, questionFieldId, variantLabel } from '../qset-labels';
import { questionSetsMessages } from './messages';
import { QuestionSetFromOther } from './QuestionSetFromOther';

const repository = new Repository('questionSets');

const textProblem = {
  required: 'coach.qset.questionRequired',
  'too-long': 'coach.qset.questionTooLong',
} as const;

const nameProblem = {
  required: 'coach.qset.nameRequired',
  'too-long': 'coach.qset.nameTooLong',
} as const;

/** The question sets of one client and the form that makes or edits one. */
export function QuestionSetEditor(props: {
  clientId: string;
  /** The coach's live sets for this client. */
  sets: readonly QuestionSetRecord[];
  /** Called with the id of a set just saved, so the bundle can include it. */
  onSaved: (id: string) => void;
}) {
  const t = useMessages(questionSetsMessages);
  const { t: tApp, language } = useI18n();
  const { settings } = useSettings();
  const draft = useDraft<QuestionSetDraft>(`${clientDraftPrefix(props.clientId)}question-set`, () =>
    newSetDraft('career', language),
  );
  const value = draft.value;
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // After adding or removing a question, focus goes where the person continues.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  const problems = checkSetDraft(value);
  const shown = submitted ? problems : undefined;
  const numbered = TIME_FRAMES.flatMap((frame) => questionsFor(value.questions, frame));
  const numberOf = (key: string) => numbered.findIndex((q) => q.key === key) + 1;

  const update = (next: (d: QuestionSetDraft) => QuestionSetDraft) => {
    setStatus('');
    draft.set(next);
  };

  const changeVariant = (variant: QuestionSetDraft['variant']) =>
    // Untouched default wording follows the variant; the coach's own wording is never lost.
    update((d) => ({
      ...d,
      variant,
      questions: isDefaultWording(d.questions, d.variant)
        ? defaultQuestions(variant, language)
        : d.questions,
    }));

  const useDefaults = () => {
    const before = value;
    update((d) => ({ ...d, questions: defaultQuestions(d.variant, language) }));
    offerUndo(t('coach.qset.defaultsUsed'), t('coach.undo'), async () => draft.set(before));
  };

  // The content of a set made for another client, as a new set for this one.
  const useOther = (set: QuestionSetRecord) => {
    const before = value;
    setSubmitted(false);
    update(() => draftFromOther(set));
    document.getElementById('qset-name')?.focus();
    offerUndo(t('coach.qset.fromOtherUsed', { name: set.name }), t('coach.undo'), async () =>
      draft.set(before),
    );
  };

  const add = (frame: TimeFrame) => {
    const next = addQuestion(value.questions, frame);
    focusNext.current = questionFieldId(next.key);
    update((d) => ({ ...d, questions: next.questions }));
  };

  const remove = (key: string, frame: TimeFrame) => {
    focusNext.current = `qset-add-${frame}`;
    update((d) => ({ ...d, questions: removeQuestion(d.questions, key) }));
    setStatus(t('coach.qset.removed'));
  };

  // Focus stays on the button pressed, or moves to the other one once this one is disabled
  // (the question reached the end of its time frame).
  const move = (key: string, direction: -1 | 1, frame: TimeFrame) => {
    const next = moveQuestion(value.questions, key, direction);
    const inFrame = questionsFor(next, frame);
    const at = inFrame.findIndex((q) => q.key === key);
    const atEnd = direction === -1 ? at === 0 : at === inFrame.length - 1;
    focusNext.current = moveButtonId(key, atEnd ? (-direction as -1 | 1) : direction);
    const n = TIME_FRAMES.flatMap((f) => questionsFor(next, f)).findIndex((q) => q.key === key);
    update((d) => ({ ...d, questions: next }));
    setStatus(t('coach.qset.moved', { n: n + 1 }));
  };

  const focusFirstProblem = () => {
    const ids = [
      problems.name ? 'qset-name' : '',
      ...numbered.map((q) => (problems.questions[q.key] ? questionFieldId(q.key) : '')),
      ...problems.emptyFrames.map((frame) => `qset-add-${frame}`),
      problems.note ? 'qset-note' : '',
    ].filter(Boolean);
    if (ids[0]) document.getElementById(ids[0])?.focus();
  };

  const save = async () => {
    setSubmitted(true);
    setStatus('');
    if (!problems.ok) {
      focusFirstProblem();
      return;
    }
    if (!settings.profileId) return;
    setError('');
    const content = setContent(value, props.clientId);
    try {
      const id = value.editingId
        ? // A cleared note is removed (an explicit undefined deletes in the repository).
          (await repository.update(value.editingId, { note: undefined, ...content })).id
        : (await repository.create(settings.profileId, content)).id;
      draft.set(newSetDraft(value.variant, language));
      await draft.clear();
      setSubmitted(false);
      props.onSaved(id);
      setStatus(t('coach.qset.saved'));
    } catch (caught) {
      setError(tApp(errorMessageKey[toAppError(caught).kind]));
    }
  };

  const removeSet = async (set: QuestionSetRecord) => {
    try {
      await repository.remove(set.id);
      // A set deleted while it is open in the form: the form starts afresh (undo brings the
      // set back, to be opened again).
      if (value.editingId === set.id) cancel();
      offerUndo(t('coach.qset.deleted'), t('coach.undo'), () => repository.restore(set.id));
    } catch (caught) {
      setError(tApp(errorMessageKey[toAppError(caught).kind]));
    }
  };

  const edit = (set: QuestionSetRecord) => {
    setSubmitted(false);
    update(() => draftOf(set));
    document.getElementById('qset-name')?.focus();
  };

  const cancel = () => {
    setSubmitted(false);
    draft.set(newSetDraft('career', language));
    void draft.clear();
  };

  return (
    <div class="qset">
      <h3 id="qset-title" class="small-heading">
        {t('coach.qset.title')}
      </h3>
      <p class="muted">{t('coach.qset.explain')}</p>
      {props.sets.length === 0 ? (
        <p>{t('coach.qset.none')}</p>
      ) : (
        <ul class="record-list" aria-labelledby="qset-title">
          {props.sets.map((set) => (
            <li key={set.id} class="record-item">
              <h4>{set.name}</h4>
              <p class="muted">
                {t('coach.qset.summary', {
                  variant: t(variantLabel[set.variant]),
                  count: set.questions.length,
                })}
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="button"
                  aria-label={t('coach.qset.editAction', { name: set.name })}
                  onClick={() => edit(set)}
                >
                  {t('coach.edit')}
                </button>
                <button
                  type="button"
                  class="button"
                  aria-label={t('coach.qset.deleteAction', { name: set.name })}
                  onClick={() => void removeSet(set)}
                >
                  {t('coach.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
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
          <button type="button" class="button" onClick={useDefaults}>
            {t('coach.qset.useDefaults')}
          </button>
        </div>
        {!value.editingId && <QuestionSetFromOther clientId={props.clientId} onUse={useOther} />}
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
    </div>
  );
}
