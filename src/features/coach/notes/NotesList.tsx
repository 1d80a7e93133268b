// The coach's notes, searchable, each with who may read it and what it is about; edit, and
// delete with undo.
import { useState } from 'preact/hooks';
import { Repository } from '../../../db/repository';
import { searchNotes } from '../../../domain/coach/notes-search';
import type { CoachNoteRecord } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { Highlighted } from '../../../ui/Highlighted';
import { showToast } from '../../../ui/toasts';
import { offerUndo } from '../../../ui/undo';
import { targetLabel } from '../labels';
import { notesMessages } from './messages';
import { NoteHeading } from './NoteHeading';

const repository = new Repository('coachNotes');

/** Lists and searches notes; `describe` names a note's target; `onEdit` opens it in the form. */
export function NotesList(props: {
  notes: CoachNoteRecord[];
  idPrefix: string;
  describe: (note: CoachNoteRecord) => string;
  onEdit?: (note: CoachNoteRecord) => void;
  clientName?: (note: CoachNoteRecord) => string | undefined;
}) {
  const t = useMessages(notesMessages);
  const errorText = useErrorText();
  const [query, setQuery] = useState('');
  const found = searchNotes(props.notes, query);
  const searchId = `${props.idPrefix}-search`;

  const remove = async (note: CoachNoteRecord) => {
    try {
      await repository.remove(note.id);
      offerUndo(t('coach.notes.deleted'), t('coach.undo'), () => repository.restore(note.id));
    } catch (caught) {
      showToast({ id: 'coach-note-error', text: errorText(caught) });
    }
  };

  return (
    <div class="notes-list">
      <div class="field">
        <label for={searchId}>{t('coach.notes.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p role="status" class="muted">
        {t('coach.notes.found', { shown: found.length, total: props.notes.length })}
      </p>
      <ul class="record-list">
        {found.map((note) => {
          const about = note.targetType
            ? `${t(targetLabel[note.targetType] ?? 'coach.target.record')}: ${props.describe(note)}`
            : t('coach.notes.aboutClient');
          const client = props.clientName?.(note);
          return (
            <li key={note.id} class="record-item note-item">
              <NoteHeading note={note} />
              {client && <p class="muted">{client}</p>}
              <p class="muted">{about}</p>
              <p class="record-text">
                <Highlighted text={note.text} query={query} />
              </p>
              <div class="actions">
                {props.onEdit && (
                  <button
                    type="button"
                    class="button"
                    onClick={() => props.onEdit?.(note)}
                    aria-label={`${t('coach.edit')}: ${note.text.slice(0, 40)}`}
                  >
                    {t('coach.edit')}
                  </button>
                )}
                <button
                  type="button"
                  class="button"
                  onClick={() => void remove(note)}
                  aria-label={`${t('coach.delete')}: ${note.text.slice(0, 40)}`}
                >
                  {t('coach.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
