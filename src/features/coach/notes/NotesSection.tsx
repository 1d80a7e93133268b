// The coach's notes on this client: the form (a draft) and the searchable list.
import type { CoachNoteRecord } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { notesMessages } from './messages';
import { NoteForm, type useNoteDraft } from './NoteForm';
import { NotesList } from './NotesList';

/** Notes on the client and on their records. */
export function NotesSection(props: {
  clientId: string;
  notes: CoachNoteRecord[];
  draft: ReturnType<typeof useNoteDraft>;
  describe: (note: CoachNoteRecord) => string;
  onEdit: (note: CoachNoteRecord) => void;
}) {
  const t = useMessages(notesMessages);
  return (
    <section aria-labelledby="notes-title" class="coach-section">
      <h2 id="notes-title">{t('coach.type.coachNotes')}</h2>
      <NoteForm clientId={props.clientId} draft={props.draft} />
      <NotesList
        notes={props.notes}
        idPrefix="client-notes"
        describe={props.describe}
        onEdit={props.onEdit}
      />
    </section>
  );
}
