// The timeline: entries grouped by day under a heading per day, newest first, with a button
// (and automatic loading when scrolled near the end) for older entries.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { groupByDay } from '../../domain/diary/timeline';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { useI18n, useMessages } from '../../i18n/context';
import { EntryCard } from './EntryCard';
import { diaryMessages } from './messages';
import type { NoteAction } from './note-action';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayTitle(language: string, day: string): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    dayFormats.set(language, format);
  }
  const [year, month, date] = day.split('-').map(Number);
  return format.format(new Date(year ?? 0, (month ?? 1) - 1, date ?? 1));
}

/** Days of entries; `onMore` is offered when older entries exist. */
export function TimelineList(props: {
  entries: readonly DiaryEntryRecord[];
  more: boolean;
  onMore: () => void;
  /** Where an entry links to. */
  entryHref: (id: string) => string;
  note?: NoteAction<DiaryEntryRecord> | undefined;
}) {
  const t = useMessages(diaryMessages);
  const { language } = useI18n();
  const days = useMemo(() => groupByDay(props.entries), [props.entries]);
  const sentinel = useRef<HTMLDivElement>(null);
  const { more, onMore } = props;

  useEffect(() => {
    const target = sentinel.current;
    if (!more || !target || typeof IntersectionObserver === 'undefined') return;
    // Load the next page a little before the end comes into view.
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((record) => record.isIntersecting)) onMore();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [more, onMore, props.entries]);

  return (
    <div class="diary-timeline">
      {days.map((day) => (
        <section key={day.day} aria-labelledby={`day-${day.day}`} class="diary-day">
          <h2 id={`day-${day.day}`}>{dayTitle(language, day.day)}</h2>
          <ul class="diary-cards">
            {day.entries.map((entry) => (
              <EntryCard
                key={entry.id}
                entry={entry}
                href={props.entryHref(entry.id)}
                note={props.note}
              />
            ))}
          </ul>
        </section>
      ))}
      <div ref={sentinel} />
      {more && (
        <button type="button" class="button diary-more" onClick={onMore}>
          {t('diary.showMore')}
        </button>
      )}
    </div>
  );
}
