// What a note is about: the client as a whole, or one of their records.
import type { CoachNoteRecord } from '../../../domain/records';

/** A note's target as the note form holds it, with a label to show. */
export interface NoteTarget {
  type: NonNullable<CoachNoteRecord['targetType']>;
  id: string;
  label: string;
}

/** Called by a record's "Note" button. */
export type PickTarget = (target: NoteTarget) => void;
