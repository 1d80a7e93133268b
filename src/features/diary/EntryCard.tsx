// One entry in the timeline: time, area, the situation's first line and the feeling, as a
// link to the entry, and optionally a "Note" button (the coach's). User text is rendered as
// text, never as HTML.
import { preview } from '../../domain/diary/timeline';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { useI18n, useMessages } from '../../i18n/context';
import { areaLabel, phaseLabel } from './labels';
import { diaryMessages } from './messages';
import type { NoteAction } from './note-action';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeOf(language: string, iso: string): string {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    timeFormats.set(language, format);
  }
  return format.format(new Date(iso));
}

/** A timeline item linking to `href`. */
export function EntryCard(props: {
  entry: DiaryEntryRecord;
  href: string;
  note?: NoteAction<DiaryEntryRecord> | undefined;
}) {
  const t = useMessages(diaryMessages);
  const { language, dateTime } = useI18n();
  const { entry, note } = props;
  return (
    <li class="diary-card">
      <a href={props.href}>
        <span class="diary-card-meta">
          <time dateTime={entry.occurredAt}>{timeOf(language, entry.occurredAt)}</time>
          {entry.area && <span class="diary-tag">{t(areaLabel[entry.area])}</span>}
          {entry.phase && <span class="diary-tag">{t(phaseLabel[entry.phase])}</span>}
        </span>
        <span class="diary-card-situation">{preview(entry.situation)}</span>
        {(entry.feelingWords || entry.feelingIntensity !== undefined) && (
          <span class="diary-card-feeling">
            {entry.feelingWords && preview(entry.feelingWords, 80)}
            {entry.feelingWords && entry.feelingIntensity !== undefined && ' · '}
            {entry.feelingIntensity !== undefined &&
              t('diary.entry.feeling', { value: entry.feelingIntensity })}
          </span>
        )}
      </a>
      {note && (
        <button
          type="button"
          class="button quiet diary-note"
          aria-label={`${note.label}: ${dateTime(entry.occurredAt)} ${preview(entry.situation, 60)}`}
          onClick={() => note.onNote(entry)}
        >
          {note.label}
        </button>
      )}
    </li>
  );
}
