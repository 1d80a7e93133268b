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

/**
 * The page of the record a note is about, where the note is written next to it and shown with
 * it afterwards (`?note=1` opens the form there); undefined for records without a page.
 */
export function notePageOf(clientId: string, target: NoteTarget): string | undefined {
  const base = `/coach/clients/${clientId}`;
  if (target.type === 'diaryEntries') return `${base}/diary/${target.id}`;
  if (target.type === 'focusingSessions') return `${base}/focusing/${target.id}`;
  return undefined;
}
