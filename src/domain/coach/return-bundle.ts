// What a coach-return bundle carries for one client: the notes marked for the client, the
// assignments, and optionally an affect list and a question set for the next investigation.
// Nothing private.
import type {
  AffectListRecord,
  AssignmentRecord,
  CoachNoteRecord,
  QuestionSetRecord,
  RecordType,
} from '../records';
import { recordTypes } from '../records/types';

/** Records per type, every type present, as a bundle holds them. */
export type ReturnRecords = {
  [K in RecordType]: K extends 'coachNotes'
    ? CoachNoteRecord[]
    : K extends 'assignments'
      ? AssignmentRecord[]
      : K extends 'affectLists'
        ? AffectListRecord[]
        : K extends 'questionSets'
          ? QuestionSetRecord[]
          : never[];
};

/** What the coach chose to send. */
export interface ReturnSelection {
  clientId: string;
  notes: readonly CoachNoteRecord[];
  assignments: readonly AssignmentRecord[];
  affectList?: AffectListRecord | undefined;
  /** The coach's question sets for this client, tombstones included. */
  questionSets?: readonly QuestionSetRecord[] | undefined;
  /** The set chosen for the next investigation. */
  questionSetId?: string | undefined;
}

/** The sections a coach-return bundle declares in its scope. */
export const returnSections: RecordType[] = [
  'coachNotes',
  'assignments',
  'affectLists',
  'questionSets',
];

/**
 * The records to send. Notes go only when marked for the client; tombstones of those notes,
 * of assignments and of question sets go too, so a deletion reaches the client. Of the live
 * question sets only the chosen one goes. Other clients' records never.
 */
export function returnRecords(selection: ReturnSelection): ReturnRecords {
  const mine = <R extends { clientId?: string | undefined }>(records: readonly R[]) =>
    records.filter((r) => r.clientId === selection.clientId);
  const records = Object.fromEntries(recordTypes.map((t) => [t, []])) as unknown as ReturnRecords;
  records.coachNotes = mine(selection.notes).filter((n) => n.visibility === 'client');
  records.assignments = mine(selection.assignments);
  records.affectLists = selection.affectList ? [selection.affectList] : [];
  records.questionSets = mine(
    (selection.questionSets ?? []).filter(
      (s) => s.deletedAt !== undefined || s.id === selection.questionSetId,
    ),
  );
  return records;
}

/** How many live notes, assignments and question sets the bundle holds, for the summary. */
export function returnCounts(records: ReturnRecords): {
  notes: number;
  assignments: number;
  questionSets: number;
} {
  const live = (list: readonly { deletedAt?: string | undefined }[]) =>
    list.filter((r) => r.deletedAt === undefined).length;
  return {
    notes: live(records.coachNotes),
    assignments: live(records.assignments),
    questionSets: live(records.questionSets),
  };
}
