// The frame of the coach's read-only pages about one client's material: a way back, a title
// with the client's name, the page's content, and the note form, so each record's "Note"
// button sets the note's target here and moves focus to its text.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { clientById, clientName } from '../../../db/clients';
import { useLiveQuery } from '../../../db/live';
import { useI18n, useMessages } from '../../../i18n/context';
import { errorMessageKey } from '../../../ui/error-message';
import { NoteForm, useFocusNoteText, useNoteDraft } from '../notes/NoteForm';
import { type NoteTarget, notePageOf } from '../notes/note-target';
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

/** A coach page under /coach/clients/:id. */
export function ClientSubPage(props: {
  title: (name: string) => string;
  children: (context: SubPageContext) => ComponentChildren;
}) {
  const t = useMessages(materialMessages);
  const { t: tApp } = useI18n();
  const clientId = useRoute().params.id ?? '';
  const client = useLiveQuery(() => clientById(clientId), [clientId]);
  if (client.status === 'loading') return <p class="muted">{t('coach.loading')}</p>;
  if (client.status === 'error')
    return (
      <p role="alert" class="field-error">
        {tApp(errorMessageKey[client.error.kind])}
      </p>
    );
  if (!client.value)
    return (
      <section aria-labelledby="unknown-title">
        <h1 id="unknown-title">{t('coach.client.unknown')}</h1>
        <a href="/coach">{t('coach.client.back')}</a>
      </section>
    );
  return (
    <Frame clientId={clientId} name={clientName(client.value)} title={props.title}>
      {props.children}
    </Frame>
  );
}

function Frame(props: {
  clientId: string;
  name: string;
  title: (name: string) => string;
  children: (context: SubPageContext) => ComponentChildren;
}) {
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
  return (
    <article aria-labelledby="sub-title" class="coach coach-material">
      <p>
        <a href={`/coach/clients/${props.clientId}`}>{t('coachMat.back', { name: props.name })}</a>
      </p>
      <h1 id="sub-title">{props.title(props.name)}</h1>
      <p class="muted">{t('coachMat.readOnly')}</p>
      {props.children({
        clientId: props.clientId,
        name: props.name,
        pick,
        noteLabel: t('coach.notes.onThis'),
      })}
      <section aria-labelledby="sub-notes-title" class="coach-section">
        <h2 id="sub-notes-title">{t('coach.type.coachNotes')}</h2>
        <NoteForm clientId={props.clientId} draft={draft} />
      </section>
    </article>
  );
}
