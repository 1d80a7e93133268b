// One client record in a list: date, first line, "new"/"changed" mark, notes count, and a
// button to write a note about it.
import type { Freshness } from '../../../domain/coach/changes';
import { useI18n, useMessages } from '../../../i18n/context';
import type { NoteTarget, PickTarget } from '../notes/note-target';
import { materialMessages } from './messages';

/** A list item for a record the coach can annotate. */
export function RecordItem(props: {
  target: NoteTarget;
  date?: string;
  text: string;
  fresh?: Freshness | undefined;
  notes?: number;
  onNote: PickTarget;
}) {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  return (
    <li class="record-item">
      <div>
        {props.date && <time dateTime={props.date}>{dateTime(props.date)}</time>}{' '}
        {props.fresh && (
          <span class="badge fresh">
            {props.fresh === 'added' ? t('coach.fresh.added') : t('coach.fresh.updated')}
          </span>
        )}
        {(props.notes ?? 0) > 0 && (
          <span class="badge">{t('coach.notes.count', { count: props.notes ?? 0 })}</span>
        )}
      </div>
      <p class="record-text">{props.text || t('coach.noText')}</p>
      <button
        type="button"
        class="button quiet"
        onClick={() => props.onNote(props.target)}
        aria-label={`${t('coach.notes.onThis')}: ${props.target.label}`}
      >
        {t('coach.notes.onThis')}
      </button>
    </li>
  );
}
