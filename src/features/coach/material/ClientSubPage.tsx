// The frame of the coach's pages about one client (their material, notes, assignments, the
// bundle back): a breadcrumb back to the clients and the client's overview, a title with the
// client's name, the page's content, and (where notes are taken on the page's records) the
// note form, so each record's "Note" button sets the note's target here and focuses its text.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { clientById, clientName } from '../../../db/clients';
import { useLiveQuery } from '../../../db/live';
import { useMessages } from '../../../i18n/context';
import { LiveGate } from '../../../ui/LiveGate';
import { ClientCrumbs } from '../ClientCrumbs';
import { NoteForm, useFocusNoteText, useNoteDraft } from '../notes/NoteForm';
import { type NoteTarget, notePageOf } from '../notes/note-target';
import { UnknownClient } from '../UnknownClient';
import { materialMessages } from './messages';
import '../coach.css';

/** What a sub-page's content gets from the frame. */
export interface SubPageContext {
  clientId: string;
  name: string;
  /** Sets the note form's target and focuses its text. */
  pick: (target: NoteTarget) => void;
  /** The visible text of "Note" buttons. */
  noteLabel: string;
}

/** How a sub-page differs from the material pages' default. */
interface FrameOptions {
  title: (name: string) => string;
  /** The breadcrumb's last step, when shorter than the title (default: the title). */
  crumb?: ((name: string) => string) | undefined;
  /** Not the client's own material: no "read only" line. */
  own?: boolean | undefined;
  /** The page has its own note form (or takes no notes): no form at the end. */
  noNoteForm?: boolean | undefined;
}

/** A coach page under /coach/clients/:id. */
export function ClientSubPage(
  props: FrameOptions & { children: (context: SubPageContext) => ComponentChildren },
) {
  const t = useMessages(materialMessages);
  const clientId = useRoute().params.id ?? '';
  const client = useLiveQuery(() => clientById(clientId), [clientId]);
  return (
    <LiveGate result={client} loading={t('coach.loading')} missing={<UnknownClient />}>
      {(value) => <Frame {...props} clientId={clientId} name={clientName(value)} />}
    </LiveGate>
  );
}

function Frame(
  props: FrameOptions & {
    clientId: string;
    name: string;
    children: (context: SubPageContext) => ComponentChildren;
  },
) {
  const t = useMessages(materialMessages);
  const draft = useNoteDraft(props.clientId);
  const [focusSignal, setFocusSignal] = useState(0);
  useFocusNoteText(focusSignal);
  const { path, route } = useLocation();
  // A note on a record with a page of its own is written there, next to it; on that page, the
  // form below takes the record as its target.
  const pick = (target: NoteTarget) => {
    const page = notePageOf(props.clientId, target);
    if (page && page !== path) {
      route(`${page}?note=1`);
      return;
    }
    draft.set((d) => ({ ...d, target }));
    setFocusSignal((n) => n + 1);
  };
  const title = props.title(props.name);
  return (
    <article aria-labelledby="sub-title" class="coach coach-material">
      <ClientCrumbs
        clientId={props.clientId}
        name={props.name}
        current={props.crumb ? props.crumb(props.name) : title}
      />
      <h1 id="sub-title">{title}</h1>
      {!props.own && <p class="muted">{t('coachMat.readOnly')}</p>}
      {props.children({
        clientId: props.clientId,
        name: props.name,
        pick,
        noteLabel: t('coach.notes.onThis'),
      })}
      {!props.noNoteForm && (
        <section aria-labelledby="sub-notes-title" class="coach-section">
          <h2 id="sub-notes-title">{t('coach.type.coachNotes')}</h2>
          <NoteForm clientId={props.clientId} draft={draft} />
        </section>
      )}
    </article>
  );
}
