// Literal message keys for question sets: the variant a set is based on and the time frames
// (keys chosen at run time, so every key appears in the source).
import type { TimeFrame } from '../../domain/records';
import type { QuestionVariant } from '../../domain/zkm/questions';
import type { coachMessages } from './messages';

type Key = keyof (typeof coachMessages)['en'];

/** The built-in wording a set is based on. */
export const variantLabel = {
  career: 'coach.qset.variant.career',
  life: 'coach.qset.variant.life',
} as const satisfies Record<QuestionVariant, Key>;

/** The time frames of the questions. */
export const frameLabel = {
  past: 'coach.qset.frame.past',
  present: 'coach.qset.frame.present',
  future: 'coach.qset.frame.future',
} as const satisfies Record<TimeFrame, Key>;

/** The button that adds a question to a time frame. */
export const addLabel = {
  past: 'coach.qset.add.past',
  present: 'coach.qset.add.present',
  future: 'coach.qset.add.future',
} as const satisfies Record<TimeFrame, Key>;

/** The id of a question's text field (keys hold dots; ids keep to letters, digits, dashes). */
export const questionFieldId = (key: string) => `qset-q-${key.replace(/[^a-z0-9]/gi, '-')}`;

/** The id of a question's move-up (-1) or move-down (+1) button. */
export const moveButtonId = (key: string, direction: -1 | 1) =>
  `${questionFieldId(key)}-${direction === -1 ? 'up' : 'down'}`;
