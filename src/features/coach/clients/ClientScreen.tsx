// One client's page: what is new since the last import, their material (slots for the diary,
// ZKM and focusing views), themes and phases, their own report, the coach's notes and
// assignments, and the bundle back. The coach reads; nothing of the client's is edited here.
import { useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { clientName } from '../../../db/clients';
import { useLiveQuery } from '../../../db/live';
import { freshnessOf } from '../../../domain/coach/changes';
import type { CoachNoteRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { errorMessageKey } from '../../../ui/error-message';
import { ExampleClientBanner } from '../../share/public';
import { AssignmentsSection } from '../assignments/AssignmentsSection';
import { CoachLinks } from '../CoachLinks';
import { MaterialSections } from '../material/MaterialSections';
import { OwnReportSection } from '../material/OwnReportSection';
import { ThemesSection } from '../material/ThemesSection';
import { useFocusNoteText, useNoteDraft } from '../notes/NoteForm';
import { NotesSection } from '../notes/NotesSection';
import { type NoteTarget, notePageOf } from '../notes/note-target';
import { type ClientPageData, loadClientPage } from '../queries';
import { ReturnBundleSection } from '../return-bundle/ReturnBundleSection';
import { firstLine } from '../text';
import { clientsMessages } from './messages';
import { NewSinceImport } from './NewSinceImport';
import { RemoveClientDialog } from './RemoveClientDialog';
import '../coach.css';

/** The client page at /coach/clients/:id. */
export default function ClientScreen() {
  const t = useMessages(clientsMessages);
  const { t: tApp } = useI18n();
  const { params } = useRoute();
  const id = params.id ?? '';
  const result = useLiveQuery(() => loadClientPage(id), [id]);

  if (result.status === 'loading') return <p class="muted">{t('coach.loading')}</p>;
  if (result.status === 'error')
    return (
      <p role="alert" class="field-error">
        {tApp(errorMessageKey[result.error.kind])}
      </p>
    );
  if (!result.value)
    return (
      <section aria-labelledby="unknown-title">
        <h1 id="unknown-title">{t('coach.client.unknown')}</h1>
        <a href="/coach">{t('coach.client.back')}</a>
      </section>
    );
  return <ClientPage data={result.value} />;
}

function ClientPage({ data }: { data: ClientPageData }) {
  const t = useMessages(clientsMessages);
  const { dateTime } = useI18n();
  const { route } = useLocation();
  const clientId = data.client.id;
  const name = clientName(data.client);
  const draft = useNoteDraft(clientId);
  const [focusSignal, setFocusSignal] = useState(0);
  // Open plus a key: closing and reopening quickly (Escape, then Enter) can fall into one
  // render; a new key still mounts a fresh dialog that opens itself again.
  const [removing, setRemoving] = useState({ open: false, key: 0 });
  useFocusNoteText(focusSignal);

  const fresh = useMemo(() => freshnessOf(data.latest), [data.latest]);
  const notesPerTarget = useMemo(() => {
    const counts = new Map<string, number>();
    for (const note of data.notes) {
      if (note.targetId) counts.set(note.targetId, (counts.get(note.targetId) ?? 0) + 1);
    }
    return counts;
  }, [data.notes]);

  const describe = (note: CoachNoteRecord): string => {
    const id = note.targetId;
    const entry = data.diary.find((r) => r.id === id);
    if (entry) return `${dateTime(entry.occurredAt)} · ${firstLine(entry.situation, 60)}`;
    const session = data.focusing.find((r) => r.id === id);
    if (session) return dateTime(session.occurredAt);
    const valuation = data.valuations.find((r) => r.id === id);
    if (valuation) return firstLine(valuation.text, 60);
    const theme = data.themes.find((r) => r.id === id);
    if (theme) return theme.title;
    const investigation = data.investigations.find((r) => r.id === id);
    if (investigation) return investigation.title || dateTime(investigation.startedAt, false);
    // A discussion is named by the investigation it discusses.
    const discussion = data.discussions.find((r) => r.id === id);
    const discussed = data.investigations.find((r) => r.id === discussion?.investigationId);
    if (discussed) return discussed.title || dateTime(discussed.startedAt, false);
    return t('coach.notes.olderRecord');
  };

  // A note on a record with a page of its own is written there, next to it (and shown with
  // it); a note on anything else is written in the form below.
  const pick = (target: NoteTarget) => {
    const page = notePageOf(clientId, target);
    if (page) {
      route(`${page}?note=1`);
      return;
    }
    draft.set((d) => ({ ...d, target }));
    setFocusSignal((n) => n + 1);
  };

  const edit = (note: CoachNoteRecord) => {
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
  };

  return (
    <article aria-labelledby="client-title" class="coach">
      <h1 id="client-title">{name}</h1>
      {data.client.example && <ExampleClientBanner clientId={clientId} />}
      <p class="muted">
        {t('coach.clients.lastBundle', { date: dateTime(data.client.lastBundleAt) })}
        {data.client.archivedAt && ` · ${t('coach.clients.archived')}`}
      </p>
      <CoachLinks />
      <div class="actions">
        <a class="button primary" href={`/coach/clients/${clientId}/report`}>
          {t('coach.report.open')}
        </a>
        <button
          type="button"
          class="button danger"
          onClick={() => setRemoving((r) => ({ open: true, key: r.key + 1 }))}
        >
          {t('coach.remove.action')}
        </button>
      </div>
      <NewSinceImport latest={data.latest} records={data.fresh} />
      <MaterialSections data={data} fresh={fresh} notesPerTarget={notesPerTarget} onNote={pick} />
      <ThemesSection
        themes={data.themes}
        fresh={fresh}
        notesPerTarget={notesPerTarget}
        onNote={pick}
      />
      <OwnReportSection reports={data.ownReports} />
      <NotesSection
        clientId={clientId}
        notes={data.notes}
        draft={draft}
        describe={describe}
        onEdit={edit}
      />
      <AssignmentsSection clientId={clientId} assignments={data.assignments} themes={data.themes} />
      <ReturnBundleSection
        client={data.client}
        notes={data.allNotes}
        assignments={data.allAssignments}
        clientOwnerId={clientId}
      />
      {removing.open && (
        <RemoveClientDialog
          key={removing.key}
          clientId={clientId}
          name={name}
          onClose={() => {
            // A late close event of an earlier dialog must not close a newer one.
            const closing = removing.key;
            setRemoving((r) => (r.key === closing ? { ...r, open: false } : r));
          }}
          onRemoved={() => route('/coach')}
        />
      )}
    </article>
  );
}
