// The timeline: entries grouped by day under a heading per day, newest first, with a button
// (and automatic loading when scrolled near the end) for older entries.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupByDay } from '../../domain/diary/timeline';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { useI18n, useMessages } from '../../i18n/context';
import { EntryCard } from './EntryCard';
import { diaryMessages } from './messages';
import type { NoteAction } from './note-action';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayTitle(locale: string, day: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    dayFormats.set(locale, format);
  }
  const [year, month, date] = day.split('-').map(Number);
  return format.format(new Date(year ?? 0, (month ?? 1) - 1, date ?? 1));
}

/** Entries in the first frame: more than a tall screen shows; the rest follow a frame later. */
const FIRST_FRAME = 12;

/** Days of entries; `onMore` is offered when older entries exist. */
export function TimelineList(props: {
  entries: readonly DiaryEntryRecord[];
  more: boolean;
  onMore: () => void;
  /** Where an entry links to. */
  entryHref: (id: string) => string;
  note?: NoteAction<DiaryEntryRecord> | undefined;
  /** The search whose matches the cards mark. */
  query?: string | undefined;
}) {
  const t = useMessages(diaryMessages);
  const { locale } = useI18n();
  // A mounted timeline (coming back from a save) paints what is on screen first and builds the
  // rest of the page right after that frame, so the new entry appears without waiting for 50.
  const [complete, setComplete] = useState(props.entries.length <= FIRST_FRAME);
  useEffect(() => {
    if (complete) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setComplete(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete]);
  const days = useMemo(
    () => groupByDay(complete ? props.entries : props.entries.slice(0, FIRST_FRAME)),
    [complete, props.entries],
  );
  const sentinel = useRef<HTMLDivElement>(null);
  const { more, onMore } = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `props.entries` is a trigger: after a page arrives the observer is made anew, and its first report loads the next page if the end is still in view.
  useEffect(() => {
    const target = sentinel.current;
    if (!complete || !more || !target || typeof IntersectionObserver === 'undefined') return;
    // Load the next page a little before the end comes into view.
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((record) => record.isIntersecting)) onMore();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [complete, more, onMore, props.entries]);

  return (
    <div class="diary-timeline">
      {days.map((day) => (
        <section key={day.day} aria-labelledby={`day-${day.day}`} class="diary-day">
          <h2 id={`day-${day.day}`}>{dayTitle(locale, day.day)}</h2>
          <ul class="diary-cards">
            {day.entries.map((entry) => (
              <EntryCard
                key={entry.id}
                entry={entry}
                href={props.entryHref(entry.id)}
                note={props.note}
                query={props.query}
              />
            ))}
          </ul>
        </section>
      ))}
      <div ref={sentinel} />
      {more && complete && (
        <button type="button" class="button diary-more" onClick={onMore}>
          {t('diary.showMore')}
        </button>
      )}
    </div>
  );
}
