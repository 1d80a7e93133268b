// The coach's notes about one record, shown beside it on the client's device: the notes a
// coach marked "for the client" and sent back in a return bundle. Renders nothing if none.
import { useLiveQuery } from '../../../db/live';
import { useI18n, useMessages } from '../../../i18n/context';
import { notesForTarget } from './coach-notes-data';
import { coachNotesMessages } from './coach-notes-messages';

/** An aside with the coach's notes on a record; include it on any detail screen. */
export function CoachNotes(props: { targetId: string; headingLevel?: 2 | 3 }) {
  const t = useMessages(coachNotesMessages);
  const { dateTime } = useI18n();
  const notes = useLiveQuery(() => notesForTarget(props.targetId), [props.targetId]);
  if (notes.status !== 'ready' || notes.value.length === 0) return null;
  const headingId = `coach-notes-${props.targetId}`;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <aside class="coach-notes" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('coachNotes.title')}</Heading>
      <ul>
        {notes.value.map((note) => (
          <li key={note.id}>
            <p class="coach-notes-text">{note.text}</p>
            <p class="muted">
              {t('coachNotes.written', { date: dateTime(note.createdAt, false) })}
            </p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
