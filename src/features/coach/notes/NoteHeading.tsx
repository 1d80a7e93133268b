// The first line of a note wherever the coach sees it: who may read it, and when it was written.
import type { CoachNoteRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { visibilityLabel } from '../labels';
import { notesMessages } from './messages';

/** The note's visibility badge and its time. */
export function NoteHeading(props: { note: CoachNoteRecord }) {
  const t = useMessages(notesMessages);
  const { dateTime } = useI18n();
  const { note } = props;
  return (
    <div>
      <span class={`badge visibility-${note.visibility}`}>
        {t(visibilityLabel[note.visibility])}
      </span>{' '}
      <time dateTime={note.updatedAt}>{dateTime(note.updatedAt)}</time>
    </div>
  );
}
