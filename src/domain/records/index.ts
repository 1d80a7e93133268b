// The registry of record types: the single list that the database, bundles and tests walk.
// Adding a record type here makes the db, bundle and migration tests demand support for it.
import type { z } from 'zod';
import { affectListRecord } from './affect-list';
import { assignmentRecord, coachNoteRecord } from './coach';
import { diaryEntryRecord } from './diary';
import { discussionRecord } from './discussion';
import { focusingSessionRecord } from './focusing';
import { helpContactRecord } from './help-contact';
import { questionSetRecord } from './question-set';
import { ownReportRecord, themeRecord } from './theme';
import type { RecordType } from './types';
import { investigationRecord, valuationRecord } from './zkm';

/** Every record type, keyed by its table and bundle name. */
export const recordSchemas = {
  diaryEntries: diaryEntryRecord,
  investigations: investigationRecord,
  valuations: valuationRecord,
  affectLists: affectListRecord,
  focusingSessions: focusingSessionRecord,
  themes: themeRecord,
  ownReports: ownReportRecord,
  coachNotes: coachNoteRecord,
  assignments: assignmentRecord,
  questionSets: questionSetRecord,
  discussions: discussionRecord,
  helpContacts: helpContactRecord,
} as const satisfies Record<RecordType, z.ZodType>;

export { type RecordType, recordTypes } from './types';

/** The stored shape of each record type. */
export type RecordOf<T extends RecordType> = z.infer<(typeof recordSchemas)[T]>;

export * from './affect-list';
export * from './base';
export * from './coach';
export * from './diary';
export * from './discussion';
export * from './focusing';
export * from './help-contact';
export * from './live';
export * from './question-set';
export * from './theme';
export * from './zkm';
