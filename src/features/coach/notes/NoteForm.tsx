// Writing or editing a coach note: text, who may read it, and what it is about. The form is
// a draft (autosaved) so a note survives a reload or an update mid-sentence.
import { useRef, useState } from 'preact/hooks';
import { clientDraftPrefix } from '../../../db/clients';
import { Repository } from '../../../db/repository';
import { MAX_TEXT, type NoteVisibility } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { FormOutcome } from '../../../ui/FormOutcome';
import { useDraft } from '../../../ui/use-draft';
import { useFocusOnChange } from '../../../ui/use-focus-after';
import { visibilityLabel } from '../labels';
import { notesMessages } from './messages';
import type { NoteTarget } from './note-target';

/** The state of the note form. */
export interface NoteDraft {
  text: string;
  /** Chosen for every note: no default, so a note never goes to the client unasked. */
  visibility?: NoteVisibility | undefined;
  target?: NoteTarget | undefined;
  /** Set when editing an existing note. */
  editingId?: string | undefined;
}

const notes = new Repository('coachNotes');

/** The note form's draft key for a client. */
export const noteDraftKey = (clientId: string) => `${clientDraftPrefix(clientId)}note`;

/** The form; `focusSignal` changes when another part of the page wants it focused. */
export function NoteForm(props: { clientId: string; draft: ReturnType<typeof useNoteDraft> }) {
  const t = useMessages(notesMessages);
  const errorText = useErrorText();
  const { settings } = useSettings();
  const { value, set, clear } = props.draft;
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [submitted, setSubmitted] = useState(false);
  // One save at a time, and no typing into a note while it is being stored: a second press
  // would store it twice, and text typed meanwhile would be wiped with the form.
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);
  const textError =
    submitted && value.text.trim() === ''
      ? t('coach.notes.textRequired')
      : value.text.length > MAX_TEXT
        ? t('coach.notes.textTooLong')
        : '';

  const visibilityError =
    submitted && value.visibility === undefined ? t('coach.notes.visibilityRequired') : '';

  const save = async () => {
    setSubmitted(true);
    const { visibility } = value;
    if (value.text.trim() === '' || value.text.length > MAX_TEXT || saving.current) return;
    if (visibility === undefined) return;
    saving.current = true;
    setBusy(true);
    setError('');
    try {
      const fields = {
        clientId: props.clientId,
        text: value.text.trim(),
        visibility,
        ...(value.target ? { targetType: value.target.type, targetId: value.target.id } : {}),
      };
      if (value.editingId) await notes.update(value.editingId, fields);
      else await notes.create(settings.profileId ?? props.clientId, fields);
      set({ text: '' });
      await clear();
      setSubmitted(false);
      setStatus(value.editingId ? t('coach.notes.updated') : t('coach.notes.saved'));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  return (
    <form
      id="note-form"
      class="coach-form"
      aria-labelledby="note-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="note-form-title">
        {value.editingId ? t('coach.notes.editTitle') : t('coach.notes.newTitle')}
      </h3>
      <p>
        {value.target
          ? t('coach.notes.about', { target: value.target.label })
          : t('coach.notes.aboutClient')}
      </p>
      {value.target && (
        <button
          type="button"
          class="button quiet"
          onClick={() => set((draft) => ({ ...draft, target: undefined }))}
        >
          {t('coach.notes.aboutClientInstead')}
        </button>
      )}
      <Field id="note-text" label={t('coach.notes.text')} error={textError} required>
        {(control) => (
          <textarea
            {...control}
            value={value.text}
            readOnly={busy}
            onInput={(event) => {
              const text = event.currentTarget.value;
              set((draft) => ({ ...draft, text }));
              setStatus('');
            }}
          />
        )}
      </Field>
      <ChoiceGroup
        legend={t('coach.notes.visibility')}
        name="note-visibility"
        value={value.visibility}
        error={visibilityError}
        options={(['private', 'client', 'report'] as const).map((v) => ({
          value: v,
          label: t(visibilityLabel[v]),
        }))}
        onChange={(visibility) =>
          set((draft) => ({ ...draft, visibility: visibility as NoteVisibility }))
        }
      />
      <div class="actions">
        <button type="submit" class="button primary">
          {value.editingId ? t('coach.notes.update') : t('coach.notes.save')}
        </button>
        {(value.editingId || value.text) && (
          <button
            type="button"
            class="button"
            onClick={() => {
              set({ text: '' });
              void clear();
              setSubmitted(false);
            }}
          >
            {t('coach.cancel')}
          </button>
        )}
      </div>
      <FormOutcome error={error} status={status} />
    </form>
  );
}

/** The note form's draft, held by the page so record buttons can set its target. */
export function useNoteDraft(clientId: string) {
  return useDraft<NoteDraft>(noteDraftKey(clientId), () => ({ text: '' }));
}

/** Moves focus to the note text after a "Note" button set the target. */
export function useFocusNoteText(signal: number) {
  // `signal` is a counter bumped by each "Note" button; the form may be far below the button.
  useFocusOnChange('note-text', signal, { centre: true });
}
