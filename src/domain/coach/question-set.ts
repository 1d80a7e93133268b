// A coach's question set for one client (issue #7 item 4): the elicitation questions of the
// ZKM, started from the built-in wording of a variant and then reworded, added to or thinned
// out per time frame. Pure: the draft the form edits, its checks, the stored content, and
// which sets a client's device offers.
import type {
  ElicitationQuestion,
  QuestionSetContent,
  QuestionSetRecord,
  TimeFrame,
} from '../records';
import { MAX_SET_QUESTIONS, MAX_TEXT } from '../records';
import { isLive } from '../records/live';
import {
  defaultQuestions,
  type QuestionLanguage,
  type QuestionVariant,
  TIME_FRAMES,
} from '../zkm/questions';

/** Longest name of a set (the record allows 200). */
export const MAX_SET_NAME = 200;
/** Longest wording of one question (the record allows 2000). */
export const MAX_QUESTION_TEXT = 2000;

/** What the coach's form holds while a set is made or edited. */
export interface QuestionSetDraft {
  name: string;
  variant: QuestionVariant;
  questions: ElicitationQuestion[];
  note: string;
  /** Set when an existing set is being edited. */
  editingId?: string | undefined;
}

/** A new draft: no name yet, the default questions of `variant` in `language`. */
export function newSetDraft(
  variant: QuestionVariant,
  language: QuestionLanguage,
): QuestionSetDraft {
  return { name: '', variant, questions: defaultQuestions(variant, language), note: '' };
}

/** A draft that edits the stored set `set`. */
export function draftOf(set: QuestionSetRecord): QuestionSetDraft {
  return {
    name: set.name,
    variant: set.variant,
    questions: set.questions.map((q) => ({ ...q })),
    note: set.note ?? '',
    editingId: set.id,
  };
}

/**
 * A new draft with the content of a set made for another client: the same name, variant,
 * questions and note, to adapt and save as a set of its own (the original stays as it is).
 */
export function draftFromOther(set: QuestionSetRecord): QuestionSetDraft {
  const { editingId: _editing, ...content } = draftOf(set);
  return content;
}

/** The coach's live sets made for clients other than `clientId`, by name. */
export function otherClientsSets(
  sets: readonly QuestionSetRecord[],
  coachId: string | null,
  clientId: string,
): QuestionSetRecord[] {
  return sets
    .filter(
      (s) =>
        s.ownerId === coachId && isLive(s) && s.clientId !== undefined && s.clientId !== clientId,
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** True when `questions` are exactly the built-in ones of `variant` in either language. */
export function isDefaultWording(
  questions: readonly ElicitationQuestion[],
  variant: QuestionVariant,
): boolean {
  return (['nl', 'en'] as const).some((language) => {
    const defaults = defaultQuestions(variant, language);
    return (
      defaults.length === questions.length &&
      defaults.every(
        (q, i) =>
          q.key === questions[i]?.key &&
          q.timeFrame === questions[i]?.timeFrame &&
          q.text === questions[i]?.text,
      )
    );
  });
}

/**
 * A key no question of the set uses yet: `<frame>.c<n>`, n one above the highest custom
 * number of that frame, so built-in keys (`past.1`) keep their meaning.
 */
export function newQuestionKey(
  questions: readonly ElicitationQuestion[],
  frame: TimeFrame,
): string {
  const prefix = `${frame}.c`;
  let highest = 0;
  for (const q of questions) {
    if (!q.key.startsWith(prefix)) continue;
    const n = Number(q.key.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

/** The questions with an empty question added at the end of `frame`; returns its key too. */
export function addQuestion(
  questions: readonly ElicitationQuestion[],
  frame: TimeFrame,
): { questions: ElicitationQuestion[]; key: string } {
  const key = newQuestionKey(questions, frame);
  const added: ElicitationQuestion = { key, timeFrame: frame, text: '' };
  // Keep the frames in their asking order: the new one goes after the last of its frame.
  const rank = (f: TimeFrame) => TIME_FRAMES.indexOf(f);
  let at = questions.length;
  for (let i = questions.length - 1; i >= 0; i--) {
    const q = questions[i] as ElicitationQuestion;
    if (rank(q.timeFrame) <= rank(frame)) {
      at = i + 1;
      break;
    }
    at = i;
  }
  return { questions: [...questions.slice(0, at), added, ...questions.slice(at)], key };
}

/** The questions without the one with `key`. */
export function removeQuestion(
  questions: readonly ElicitationQuestion[],
  key: string,
): ElicitationQuestion[] {
  return questions.filter((q) => q.key !== key);
}

/**
 * The questions with `key` moved one place up (-1) or down (+1) among the questions of its
 * own time frame; unchanged at either end of the frame or for an unknown key.
 */
export function moveQuestion(
  questions: readonly ElicitationQuestion[],
  key: string,
  direction: -1 | 1,
): ElicitationQuestion[] {
  const out = [...questions];
  const from = out.findIndex((q) => q.key === key);
  const moving = out[from];
  if (!moving) return out;
  let to = from + direction;
  while (to >= 0 && to < out.length && out[to]?.timeFrame !== moving.timeFrame) to += direction;
  const other = out[to];
  if (!other) return out;
  out[to] = moving;
  out[from] = other;
  return out;
}

/** The questions with the wording of `key` replaced. */
export function rewordQuestion(
  questions: readonly ElicitationQuestion[],
  key: string,
  text: string,
): ElicitationQuestion[] {
  return questions.map((q) => (q.key === key ? { ...q, text } : q));
}

/** What can be wrong with a text field. */
export type TextProblem = 'required' | 'too-long';

/** Everything wrong with a draft; `ok` when nothing is. */
export interface SetProblems {
  ok: boolean;
  name?: TextProblem;
  note?: 'too-long';
  /** Per question key. */
  questions: Record<string, TextProblem>;
  /** Time frames left without a question. */
  emptyFrames: TimeFrame[];
  tooMany: boolean;
}

/** Checks a draft as the record will: name, every question's wording, each frame asked. */
export function checkSetDraft(draft: QuestionSetDraft): SetProblems {
  const text = (value: string, max: number): TextProblem | undefined =>
    value.trim() === '' ? 'required' : value.trim().length > max ? 'too-long' : undefined;
  const name = text(draft.name, MAX_SET_NAME);
  const note = draft.note.trim().length > MAX_TEXT ? ('too-long' as const) : undefined;
  const questions: Record<string, TextProblem> = {};
  for (const q of draft.questions) {
    const problem = text(q.text, MAX_QUESTION_TEXT);
    if (problem) questions[q.key] = problem;
  }
  const emptyFrames = TIME_FRAMES.filter((f) => !draft.questions.some((q) => q.timeFrame === f));
  const tooMany = draft.questions.length > MAX_SET_QUESTIONS;
  const ok =
    !name && !note && Object.keys(questions).length === 0 && emptyFrames.length === 0 && !tooMany;
  return {
    ok,
    ...(name ? { name } : {}),
    ...(note ? { note } : {}),
    questions,
    emptyFrames,
    tooMany,
  };
}

/** The content to store for a checked draft: trimmed wording, the note only when written. */
export function setContent(draft: QuestionSetDraft, clientId: string): QuestionSetContent {
  const note = draft.note.trim();
  return {
    name: draft.name.trim(),
    variant: draft.variant,
    questions: draft.questions.map((q) => ({ ...q, text: q.text.trim() })),
    ...(note ? { note } : {}),
    clientId,
  };
}

/**
 * The sets a coach sent to this profile: live, made by someone else, for this profile (or for
 * nobody in particular), the most recently changed first.
 */
export function receivedQuestionSets(
  rows: readonly QuestionSetRecord[],
  profileId: string | null,
): QuestionSetRecord[] {
  if (!profileId) return [];
  return rows
    .filter(
      (r) =>
        isLive(r) &&
        r.ownerId !== profileId &&
        (r.clientId === undefined || r.clientId === profileId),
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

/** The questions an investigation copies from a set: its own objects, never shared. */
export function questionsFromSet(set: QuestionSetRecord): ElicitationQuestion[] {
  return set.questions.map((q) => ({ key: q.key, timeFrame: q.timeFrame, text: q.text }));
}
