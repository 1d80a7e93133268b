// The names of the record types, without their schemas, for code that must stay light.
import type { RecordType } from './index';

/** All record type names, in a stable order (the same order as the schema registry). */
export const recordTypes: readonly RecordType[] = [
  'diaryEntries',
  'investigations',
  'valuations',
  'affectLists',
  'focusingSessions',
  'themes',
  'ownReports',
  'coachNotes',
  'assignments',
  'questionSets',
];
