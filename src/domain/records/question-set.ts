// A question set: the elicitation questions of the ZKM worded for one client (domain §1), made
// by a coach and sent in a coach-return bundle. Separate from an investigation, which keeps its
// own copy of the wording when it starts: editing a set later never changes a past investigation.
import { z } from '../zod';
import { optionalText, recordBase, recordId } from './base';
import { elicitationQuestion, timeFrame } from './zkm';

/** The built-in wording family a question set adapts. */
export const questionVariant = z.enum(['life', 'career']);

/** The most questions one set may hold (the same bound as an investigation's copy). */
export const MAX_SET_QUESTIONS = 50;

/** The content of a question set, without record header. */
export const questionSetContent = z.object({
  name: z.string().min(1).max(200),
  variant: questionVariant,
  /** The questions, in the order they are asked within each time frame. */
  questions: z
    .array(elicitationQuestion)
    .min(1)
    .max(MAX_SET_QUESTIONS)
    // Valuations name the question they answer by key: a key must point at one question.
    .refine((questions) => new Set(questions.map((q) => q.key)).size === questions.length, {
      message: 'Question keys must be unique',
    })
    // The method asks about past, present and future: a set without one of them is no ZKM.
    .refine(
      (questions) =>
        timeFrame.options.every((frame) => questions.some((q) => q.timeFrame === frame)),
      { message: 'Every time frame needs a question' },
    ),
  /** A word from the coach to the client about these questions. */
  note: optionalText,
  /** The client profile the set was made for (a coach's own record names its client). */
  clientId: recordId.optional(),
});
/** A question set's content. */
export type QuestionSetContent = z.infer<typeof questionSetContent>;

/** A stored question set. */
export const questionSetRecord = recordBase.extend(questionSetContent.shape);
/** A stored question set. */
export type QuestionSetRecord = z.infer<typeof questionSetRecord>;
