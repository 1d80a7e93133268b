// Search over all the coach's notes, across clients.

import { useLiveQuery } from '../../../db/live';
import { useMessages } from '../../../i18n/context';
import { LiveGate } from '../../../ui/LiveGate';
import { CoachLinks } from '../CoachLinks';
import { loadAllNotes } from '../queries';
import { notesMessages } from './messages';
import { NotesList } from './NotesList';
import '../coach.css';

/** The notes search at /coach/notes. */
export default function NotesSearchScreen() {
  const t = useMessages(notesMessages);
  const data = useLiveQuery(loadAllNotes, []);
  return (
    <section aria-labelledby="notes-search-title" class="coach">
      <h1 id="notes-search-title">{t('coach.notes.searchAll')}</h1>
      <CoachLinks />
      <LiveGate result={data}>
        {({ notes, names }) => (
          <NotesList
            notes={notes}
            idPrefix="all-notes"
            describe={() => t('coach.notes.seeClient')}
            clientName={(note) => names.get(note.clientId)}
          />
        )}
      </LiveGate>
    </section>
  );
}
