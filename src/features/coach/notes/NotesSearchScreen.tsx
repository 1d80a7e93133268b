// Search over all the coach's notes, across clients.

import { useLiveQuery } from '../../../db/live';
import { useI18n, useMessages } from '../../../i18n/context';
import { errorMessageKey } from '../../../ui/error-message';
import { CoachLinks } from '../CoachLinks';
import { loadAllNotes } from '../queries';
import { notesMessages } from './messages';
import { NotesList } from './NotesList';
import '../coach.css';

/** The notes search at /coach/notes. */
export default function NotesSearchScreen() {
  const t = useMessages(notesMessages);
  const { t: tApp } = useI18n();
  const data = useLiveQuery(loadAllNotes, []);
  return (
    <section aria-labelledby="notes-search-title" class="coach">
      <h1 id="notes-search-title">{t('coach.notes.searchAll')}</h1>
      <CoachLinks />
      {data.status === 'error' && (
        <p role="alert" class="field-error">
          {tApp(errorMessageKey[data.error.kind])}
        </p>
      )}
      {data.status === 'ready' && (
        <NotesList
          notes={data.value.notes}
          idPrefix="all-notes"
          describe={() => t('coach.notes.seeClient')}
          clientName={(note) => data.value.names.get(note.clientId)}
        />
      )}
    </section>
  );
}
