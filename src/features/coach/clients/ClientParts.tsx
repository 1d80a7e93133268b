// The sub-pages of one client that show the coach's page data: the self-investigations, the
// themes with the client's own report, the coach's notes, the assignments (with the question
// sets), and the bundle back. Each has its own route under /coach/clients/:id/.
import { useState } from 'preact/hooks';
import { useMessages } from '../../../i18n/context';
import { AssignmentsSection } from '../assignments/AssignmentsSection';
import { ClientSubPage } from '../material/ClientSubPage';
import { ZkmSlot } from '../material/MaterialSections';
import { OwnReportSection } from '../material/OwnReportSection';
import { ThemesSection } from '../material/ThemesSection';
import { useFocusNoteText, useNoteDraft } from '../notes/NoteForm';
import { NotesSection } from '../notes/NotesSection';
import type { ClientPageData } from '../queries';
import { ReturnBundleSection } from '../return-bundle/ReturnBundleSection';
import { useDescribeNote, WithClientData } from './client-data';
import { partsMessages } from './parts-messages';
import '../coach.css';

/** /coach/clients/:id/zkm */
export function CoachZkmListScreen() {
  const t = useMessages(partsMessages);
  return (
    <ClientSubPage
      title={(name) => t('coach.part.zkm.title', { name })}
      crumb={() => t('coach.part.zkm')}
    >
      {({ clientId, pick }) => (
        <WithClientData clientId={clientId}>
          {(view) => <ZkmSlot {...view} onNote={pick} />}
        </WithClientData>
      )}
    </ClientSubPage>
  );
}

/** /coach/clients/:id/themes */
export function CoachThemesScreen() {
  const t = useMessages(partsMessages);
  return (
    <ClientSubPage
      title={(name) => t('coach.part.themes.title', { name })}
      crumb={() => t('coach.part.themes')}
    >
      {({ clientId, pick }) => (
        <WithClientData clientId={clientId}>
          {({ data, fresh, notesPerTarget }) => (
            <>
              <ThemesSection
                themes={data.themes}
                fresh={fresh}
                notesPerTarget={notesPerTarget}
                onNote={pick}
              />
              <OwnReportSection reports={data.ownReports} />
            </>
          )}
        </WithClientData>
      )}
    </ClientSubPage>
  );
}

function Notes({ data }: { data: ClientPageData }) {
  const draft = useNoteDraft(data.client.id);
  const [focusSignal, setFocusSignal] = useState(0);
  useFocusNoteText(focusSignal);
  const describe = useDescribeNote(data);
  return (
    <NotesSection
      clientId={data.client.id}
      notes={data.notes}
      draft={draft}
      describe={describe}
      onEdit={(note) => {
        draft.set({
          text: note.text,
          visibility: note.visibility,
          editingId: note.id,
          target:
            note.targetType && note.targetId
              ? { type: note.targetType, id: note.targetId, label: describe(note) }
              : undefined,
        });
        setFocusSignal((n) => n + 1);
      }}
    />
  );
}

/** /coach/clients/:id/notes */
export function CoachNotesScreen() {
  const t = useMessages(partsMessages);
  return (
    <ClientSubPage
      title={(name) => t('coach.part.notes.title', { name })}
      crumb={() => t('coach.part.notes')}
      own
      noNoteForm
    >
      {({ clientId }) => (
        <WithClientData clientId={clientId}>{({ data }) => <Notes data={data} />}</WithClientData>
      )}
    </ClientSubPage>
  );
}

/** /coach/clients/:id/assignments */
export function CoachAssignmentsScreen() {
  const t = useMessages(partsMessages);
  return (
    <ClientSubPage
      title={(name) => t('coach.part.assignments.title', { name })}
      crumb={() => t('coach.part.assignments')}
      own
      noNoteForm
    >
      {({ clientId }) => (
        <WithClientData clientId={clientId}>
          {({ data }) => (
            <>
              <AssignmentsSection
                clientId={clientId}
                assignments={data.assignments}
                themes={data.themes}
              />
              <section aria-labelledby="part-qsets-title" class="coach-section">
                <h2 id="part-qsets-title">{t('coach.part.qsets.title')}</h2>
                <p>{t('coach.part.qsets.explain')}</p>
                <p>
                  <a class="button" href={`/coach/clients/${clientId}/send#qset-title`}>
                    {t('coach.part.qsets.link')}
                  </a>
                </p>
              </section>
            </>
          )}
        </WithClientData>
      )}
    </ClientSubPage>
  );
}

/** /coach/clients/:id/send */
export function CoachSendScreen() {
  const t = useMessages(partsMessages);
  return (
    <ClientSubPage
      title={(name) => t('coach.part.send.title', { name })}
      crumb={() => t('coach.part.send')}
      own
      noNoteForm
    >
      {({ clientId }) => (
        <WithClientData clientId={clientId}>
          {({ data }) => (
            <ReturnBundleSection
              client={data.client}
              notes={data.allNotes}
              assignments={data.allAssignments}
              clientOwnerId={clientId}
            />
          )}
        </WithClientData>
      )}
    </ClientSubPage>
  );
}
