// Search over all the coach's notes, across clients.

import { clientName } from '../../db/clients';
import { getDatabase } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { useI18n, useMessages } from '../../i18n/context';
import { errorMessageKey } from '../../ui/error-message';
import { CoachLinks } from './CoachLinks';
import { coachMessages } from './messages';
import { NotesList } from './NotesList';
import './coach.css';

async function loadNotes() {
  const db = getDatabase();
  const [notes, clients] = await Promise.all([db.coachNotes.toArray(), db.clients.toArray()]);
  const names = new Map(clients.map((c) => [c.id, clientName(c)]));
  // Only notes about known clients: a client device holds notes received from its coach.
  return { notes: notes.filter((n) => names.has(n.clientId) && n.deletedAt === undefined), names };
}

/** The notes search at /coach/notes. */
export default function NotesSearchScreen() {
  const t = useMessages(coachMessages);
  const { t: tApp } = useI18n();
  const data = useLiveQuery(loadNotes, []);
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
