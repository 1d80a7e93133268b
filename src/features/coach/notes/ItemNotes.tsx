// The coach's notes on one record, shown with it on the record's page: every note the coach
// wrote about it, each with who may read it, so a note written here is found here again.
import { useLiveQuery } from '../../../db/live';
import { recordsWhere } from '../../../db/read';
import type { CoachNoteRecord } from '../../../domain/records';
import { isLive } from '../../../domain/records/live';
import { useMessages } from '../../../i18n/context';
import { notesMessages } from './messages';
import { NoteHeading } from './NoteHeading';

/** The live notes of the coach about `targetId`, oldest first. */
async function coachNotesOn(targetId: string): Promise<CoachNoteRecord[]> {
  const rows = await recordsWhere('coachNotes', 'targetId', targetId);
  return rows
    .filter(isLive)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
}

/** The notes on `targetId`; nothing when there are none. */
export function ItemNotes(props: { targetId: string }) {
  const t = useMessages(notesMessages);
  const notes = useLiveQuery(() => coachNotesOn(props.targetId), [props.targetId]);
  if (notes.status !== 'ready' || notes.value.length === 0) return null;
  const headingId = `item-notes-${props.targetId}`;
  return (
    <section class="item-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('coach.notes.onThisTitle', { count: notes.value.length })}</h2>
      <ul class="record-list">
        {notes.value.map((note) => (
          <li key={note.id} class="record-item item-note">
            <NoteHeading note={note} />
            <p class="record-text">{note.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
