// The names of the record types, without their schemas, for code that must stay light.

// In the same order as the schema registry (index.ts checks that both name the same types).
const names = [
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
  'discussions',
  'helpContacts',
] as const;

/** The name of a record type (also its Dexie table and its key in a bundle). */
export type RecordType = (typeof names)[number];

/** All record type names, in a stable order (the same order as the schema registry). */
export const recordTypes: readonly RecordType[] = names;
