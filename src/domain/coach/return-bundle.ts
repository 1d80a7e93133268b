// What a coach-return bundle carries for one client: the notes marked for the client, the
// assignments, the coach's contact for the client's help page, and optionally an affect list
// and a question set for the next investigation. Nothing private.
import type {
  AffectListRecord,
  AssignmentRecord,
  CoachNoteRecord,
  HelpContactRecord,
  QuestionSetRecord,
  RecordType,
} from '../records';
import { isLive } from '../records/live';
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
          : K extends 'helpContacts'
            ? HelpContactRecord[]
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
  /** The coach's contacts for this client's help page, tombstones included. */
  helpContacts?: readonly HelpContactRecord[] | undefined;
}

/** The sections a coach-return bundle declares in its scope. */
export const returnSections: RecordType[] = [
  'coachNotes',
  'assignments',
  'affectLists',
  'questionSets',
  'helpContacts',
];

/**
 * The records to send. Notes go only when marked for the client; tombstones of those notes,
 * of assignments and of question sets go too, so a deletion reaches the client. Of the live
 * question sets only the chosen one goes. The help-page contact always goes (a removed one as
 * its tombstone, so it leaves the client's help page too). Other clients' records never.
 */
export function returnRecords(selection: ReturnSelection): ReturnRecords {
  const mine = <R extends { clientId?: string | undefined }>(records: readonly R[]) =>
    records.filter((r) => r.clientId === selection.clientId);
  const records = Object.fromEntries(recordTypes.map((t) => [t, []])) as unknown as ReturnRecords;
  records.coachNotes = mine(selection.notes).filter((n) => n.visibility === 'client');
  records.assignments = mine(selection.assignments);
  records.affectLists = selection.affectList ? [selection.affectList] : [];
  records.questionSets = mine(
    (selection.questionSets ?? []).filter((s) => !isLive(s) || s.id === selection.questionSetId),
  );
  records.helpContacts = mine(selection.helpContacts ?? []);
  return records;
}

/**
 * How many live notes, assignments and question sets the bundle holds, and whether it carries
 * a help-page contact, for the summary.
 */
export function returnCounts(records: ReturnRecords): {
  notes: number;
  assignments: number;
  questionSets: number;
  helpContact: boolean;
} {
  const live = (list: readonly { deletedAt?: string | undefined }[]) => list.filter(isLive).length;
  return {
    notes: live(records.coachNotes),
    assignments: live(records.assignments),
    questionSets: live(records.questionSets),
    helpContact: live(records.helpContacts) > 0,
  };
}
