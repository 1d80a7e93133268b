// The state and actions of the question-set form: the autosaved draft, its problems once
// submitted, adding, removing and moving questions with focus where the coach goes on, saving,
// editing, deleting with undo, and starting from defaults or another client's set.
import { useState } from 'preact/hooks';
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
  setContent,
} from '../../../domain/coach/question-set';
import type { QuestionSetRecord, TimeFrame } from '../../../domain/records';
import { defaultQuestions, questionsFor, TIME_FRAMES } from '../../../domain/zkm/questions';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { useErrorText } from '../../../ui/error-message';
import { offerUndo } from '../../../ui/undo';
import { useDraft } from '../../../ui/use-draft';
import { useFocusAfter } from '../../../ui/use-focus-after';
import { moveButtonId, questionFieldId } from '../qset-labels';
import { questionSetsMessages } from './messages';

const repository = new Repository('questionSets');

/** The message of each problem with a question's text. */
export const textProblem = {
  required: 'coach.qset.questionRequired',
  'too-long': 'coach.qset.questionTooLong',
} as const;

/** The message of each problem with a set's name. */
export const nameProblem = {
  required: 'coach.qset.nameRequired',
  'too-long': 'coach.qset.nameTooLong',
} as const;

/** The question-set form of one client; `onSaved` gets the id of a set just saved. */
export function useQuestionSetForm(props: { clientId: string; onSaved: (id: string) => void }) {
  const t = useMessages(questionSetsMessages);
  const { language } = useI18n();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const draft = useDraft<QuestionSetDraft>(`${clientDraftPrefix(props.clientId)}question-set`, () =>
    newSetDraft('career', language),
  );
  const value = draft.value;
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // After adding or removing a question, focus goes where the person continues.
  const focusAfter = useFocusAfter();

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

  const applyDefaults = () => {
    const before = value;
    update((d) => ({ ...d, questions: defaultQuestions(d.variant, language) }));
    offerUndo(t('coach.qset.defaultsUsed'), t('coach.undo'), async () => draft.set(before));
  };

  // The content of a set made for another client, as a new set for this one.
  const applyOther = (set: QuestionSetRecord) => {
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
    focusAfter(questionFieldId(next.key));
    update((d) => ({ ...d, questions: next.questions }));
  };

  const remove = (key: string, frame: TimeFrame) => {
    focusAfter(`qset-add-${frame}`);
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
    focusAfter(moveButtonId(key, atEnd ? (-direction as -1 | 1) : direction));
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
      setError(errorText(caught));
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
      setError(errorText(caught));
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

  return {
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
    removeSet,
    edit,
    cancel,
  };
}

/** What the form and the list work with. */
export type QuestionSetForm = ReturnType<typeof useQuestionSetForm>;
