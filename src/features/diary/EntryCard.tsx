// One entry in the timeline: time, area, the situation's first line and the feeling, as a
// link to the entry, and optionally a "Note" button (the coach's). During a search the matched
// words are marked, and a match in a field the card does not show appears as a short snippet.
// User text is rendered as text, never as HTML.
import { DIARY_TEXT_FIELDS } from '../../domain/diary/entry-text';
import { matchSnippet } from '../../domain/diary/highlight';
import { normaliseText, searchTerms } from '../../domain/diary/normalise';
import { preview } from '../../domain/diary/timeline';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { useI18n, useMessages } from '../../i18n/context';
import { Highlighted } from '../../ui/Highlighted';
import { areaLabel, phaseLabel } from './labels';
import { diaryMessages } from './messages';
import type { NoteAction } from './note-action';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeOf(locale: string, iso: string): string {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    timeFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/**
 * Where the search matched outside what the card shows: a snippet of the first other field
 * holding a term the situation and feeling words lack, or undefined.
 */
function hiddenMatch(entry: DiaryEntryRecord, shown: string, query: string): string | undefined {
  const visible = normaliseText(shown);
  const missing = searchTerms(query).filter((term) => !visible.includes(term));
  if (missing.length === 0) return undefined;
  for (const field of DIARY_TEXT_FIELDS) {
    if (field === 'situation' || field === 'feelingWords') continue;
    const snippet = matchSnippet(entry[field] ?? '', missing.join(' '));
    if (snippet) return snippet;
  }
  return undefined;
}

/** A timeline item linking to `href`; `query` is the search whose matches are marked. */
export function EntryCard(props: {
  entry: DiaryEntryRecord;
  href: string;
  note?: NoteAction<DiaryEntryRecord> | undefined;
  query?: string | undefined;
}) {
  const t = useMessages(diaryMessages);
  const { locale, dateTime } = useI18n();
  const { entry, note, query } = props;
  const situation = preview(entry.situation);
  const feeling = entry.feelingWords ? preview(entry.feelingWords, 80) : '';
  const elsewhere = query ? hiddenMatch(entry, `${situation}\n${feeling}`, query) : undefined;
  return (
    <li class="diary-card">
      <a href={props.href}>
        <span class="diary-card-meta">
          <time dateTime={entry.occurredAt}>{timeOf(locale, entry.occurredAt)}</time>
          {entry.area && <span class="diary-tag">{t(areaLabel[entry.area])}</span>}
          {entry.phase && <span class="diary-tag">{t(phaseLabel[entry.phase])}</span>}
        </span>
        <span class="diary-card-situation">
          <Highlighted text={situation} query={query} />
        </span>
        {elsewhere && (
          <span class="diary-card-match">
            <Highlighted text={elsewhere} query={query} />
          </span>
        )}
        {(entry.feelingWords || entry.feelingIntensity !== undefined) && (
          <span class="diary-card-feeling">
            {feeling && <Highlighted text={feeling} query={query} />}
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
