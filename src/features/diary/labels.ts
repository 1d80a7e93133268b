// Literal maps from data values to message keys (keys picked at run time stay findable).
import type { DiaryFieldError } from '../../domain/diary/validation';
import type { Phase } from '../../domain/records/base';
import type { LifeArea } from '../../domain/records/diary';
import type { diaryMessages } from './messages';

type Key = keyof typeof diaryMessages.en;

/** The label of each area of life. */
export const areaLabel: Record<LifeArea | 'unset', Key> = {
  home: 'diary.area.home',
  work: 'diary.area.work',
  other: 'diary.area.other',
  unset: 'diary.area.unset',
};

/** The label of each phase. */
export const phaseLabel: Record<Phase | 'unset', Key> = {
  attending: 'diary.phase.attending',
  creating: 'diary.phase.creating',
  anchoring: 'diary.phase.anchoring',
  unset: 'diary.phase.unset',
};

/** The message for each field error. */
export const fieldErrorLabel: Record<DiaryFieldError, Key> = {
  required: 'diary.error.required',
  'invalid-date': 'diary.error.invalid-date',
  future: 'diary.error.future',
  'out-of-range': 'diary.error.out-of-range',
  'too-long': 'diary.error.too-long',
};

/** The six anchors of the 0-5 affect scale. */
export const affectAnchorKeys: readonly Key[] = [
  'diary.affect.0',
  'diary.affect.1',
  'diary.affect.2',
  'diary.affect.3',
  'diary.affect.4',
  'diary.affect.5',
];

/** The label and hint of each free-text field. */
export const textFieldLabel = {
  situation: ['diary.field.situation', 'diary.field.situation.hint'],
  thinking: ['diary.field.thinking', 'diary.field.thinking.hint'],
  feelingWords: ['diary.field.feelingWords', 'diary.field.feelingWords.hint'],
  acting: ['diary.field.acting', 'diary.field.acting.hint'],
  consequence: ['diary.field.consequence', undefined],
  interplay: ['diary.field.interplay', 'diary.field.interplay.hint'],
  bodyNote: ['diary.field.bodyNote', 'diary.field.bodyNote.hint'],
  triedNew: ['diary.field.triedNew', undefined],
  triedNewOutcome: ['diary.field.triedNewOutcome', undefined],
} as const satisfies Record<string, readonly [Key, Key | undefined]>;
