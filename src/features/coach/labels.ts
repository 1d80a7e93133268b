// Literal maps from stored values to message keys, so every key appears in the source.
import type { RecordType } from '../../domain/records';
import type { coachMessages } from './messages';

type Key = keyof (typeof coachMessages)['en'];

/** The plural name of each record type. */
export const typeLabel: Record<RecordType, Key> = {
  diaryEntries: 'coach.type.diaryEntries',
  investigations: 'coach.type.investigations',
  valuations: 'coach.type.valuations',
  affectLists: 'coach.type.affectLists',
  focusingSessions: 'coach.type.focusingSessions',
  themes: 'coach.type.themes',
  ownReports: 'coach.type.ownReports',
  coachNotes: 'coach.type.coachNotes',
  assignments: 'coach.type.assignments',
  questionSets: 'coach.type.questionSets',
  discussions: 'coach.type.discussions',
  helpContacts: 'coach.type.helpContacts',
};

/** The singular name of a record type a note can be about. */
export const targetLabel: Record<string, Key> = {
  diaryEntries: 'coach.target.diaryEntries',
  investigations: 'coach.target.investigations',
  valuations: 'coach.target.valuations',
  focusingSessions: 'coach.target.focusingSessions',
  themes: 'coach.target.themes',
  ownReports: 'coach.target.ownReports',
  discussions: 'coach.target.discussions',
};

/** Who sees a note. */
export const visibilityLabel = {
  private: 'coach.visibility.private',
  client: 'coach.visibility.client',
  report: 'coach.visibility.report',
} as const satisfies Record<string, Key>;

/** The phases of the change process. */
export const phaseLabel = {
  attending: 'coach.phase.attending',
  creating: 'coach.phase.creating',
  anchoring: 'coach.phase.anchoring',
} as const satisfies Record<string, Key>;

/** Areas of life. */
export const areaLabel = {
  home: 'coach.area.home',
  work: 'coach.area.work',
  other: 'coach.area.other',
  unspecified: 'coach.unspecified',
} as const satisfies Record<string, Key>;

/** Distances to the felt sense. */
export const distanceLabel = {
  'too-close': 'coach.distance.tooClose',
  right: 'coach.distance.right',
  'too-far': 'coach.distance.tooFar',
  unspecified: 'coach.unspecified',
} as const satisfies Record<string, Key>;
