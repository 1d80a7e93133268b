// Literal message keys for record types, sections and kinds (keys chosen at run time).
import type { RecordType } from '../../domain/records/index';
import type { ShareSection } from '../../domain/share/scope';

/** The label of each record type in the preview and summary. */
export const typeLabel = {
  diaryEntries: 'share.type.diaryEntries',
  investigations: 'share.type.investigations',
  valuations: 'share.type.valuations',
  affectLists: 'share.type.affectLists',
  focusingSessions: 'share.type.focusingSessions',
  themes: 'share.type.themes',
  ownReports: 'share.type.ownReports',
  coachNotes: 'share.type.coachNotes',
  assignments: 'share.type.assignments',
  questionSets: 'share.type.questionSets',
  discussions: 'share.type.discussions',
  helpContacts: 'share.type.helpContacts',
} as const satisfies Record<RecordType, string>;

/** The label of each section on the export screen. */
export const sectionLabel = {
  diary: 'share.section.diary',
  zkm: 'share.section.zkm',
  focusing: 'share.section.focusing',
  themes: 'share.section.themes',
  ownReport: 'share.section.ownReport',
  coach: 'share.section.coach',
} as const satisfies Record<ShareSection, string>;

/** The label of each bundle kind. */
export const kindLabel = {
  'client-export': 'share.kind.clientExport',
  backup: 'share.kind.backup',
  'coach-return': 'share.kind.coachReturn',
} as const;
