// The read behind CoachNotes, kept apart from the coach's other reads so the screens of other
// features that show the notes load only this.
import { recordsWhere } from '../../../db/read';
import type { CoachNoteRecord } from '../../../domain/records';
import { isLive } from '../../../domain/records/live';

/** The live notes for the client about `targetId`, oldest first. */
export async function notesForTarget(targetId: string): Promise<CoachNoteRecord[]> {
  const rows = await recordsWhere('coachNotes', 'targetId', targetId);
  return rows
    .filter((note) => note.visibility === 'client' && isLive(note))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
