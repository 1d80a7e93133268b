// What a coach-return bundle carries for one client: the notes marked for the client, the
// assignments, and optionally an affect list for the next investigation. Nothing private.
import type { AffectListRecord, AssignmentRecord, CoachNoteRecord, RecordType } from '../records';
import { recordTypes } from '../records/types';

/** Records per type, every type present, as a bundle holds them. */
export type ReturnRecords = {
  [K in RecordType]: K extends 'coachNotes'
    ? CoachNoteRecord[]
    : K extends 'assignments'
      ? AssignmentRecord[]
      : K extends 'affectLists'
        ? AffectListRecord[]
        : never[];
};

/** What the coach chose to send. */
export interface ReturnSelection {
  clientId: string;
  notes: readonly CoachNoteRecord[];
  assignments: readonly AssignmentRecord[];
  affectList?: AffectListRecord | undefined;
}

/** The sections a coach-return bundle declares in its scope. */
export const returnSections: RecordType[] = ['coachNotes', 'assignments', 'affectLists'];

/**
 * The records to send. Notes go only when marked for the client; tombstones of those notes
 * and of assignments go too, so a deletion reaches the client. Other clients' records never.
 */
export function returnRecords(selection: ReturnSelection): ReturnRecords {
  const mine = <R extends { clientId: string }>(records: readonly R[]) =>
    records.filter((r) => r.clientId === selection.clientId);
  const records = Object.fromEntries(recordTypes.map((t) => [t, []])) as unknown as ReturnRecords;
  records.coachNotes = mine(selection.notes).filter((n) => n.visibility === 'client');
  records.assignments = mine(selection.assignments);
  records.affectLists = selection.affectList ? [selection.affectList] : [];
  return records;
}

/** How many live notes and assignments the bundle holds, for the confirmation text. */
export function returnCounts(records: ReturnRecords): { notes: number; assignments: number } {
  const live = (list: readonly { deletedAt?: string | undefined }[]) =>
    list.filter((r) => r.deletedAt === undefined).length;
  return { notes: live(records.coachNotes), assignments: live(records.assignments) };
}
