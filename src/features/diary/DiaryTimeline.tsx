// The diary timeline of one owner with its search and filters: the client's own /diary and
// the coach's read-only view of a client use this same component. Without filters it pages
// through the [ownerId+occurredAt] index, so it opens fast with 10,000 entries; with a search
// or filter it works on the in-memory index.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from '../../db/live';
import { applyFilter, type DiaryFilter, isFilterActive } from '../../domain/diary/filters';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { useMessages } from '../../i18n/context';
import { keyHolder } from '../../lock/key-holder';
import { whenIdle } from '../../ui/idle';
import { LiveGate } from '../../ui/LiveGate';
import { DamagedNotice } from './DamagedNotice';
import { damagedInDiaryIndex, useDiaryIndex, warmDiaryIndex } from './diary-index';
import { linkableThemes } from './diary-queries';
import { FilterPanel } from './FilterPanel';
import { FIRST_PAGE } from './first-page-cache';
import { diaryMessages } from './messages';
import type { NoteAction } from './note-action';
import { TimelineList } from './TimelineList';
import { useTimelinePage } from './use-timeline-page';
import './diary.css';

/** Entries per page. */
const PAGE = FIRST_PAGE;

// Kept for the session per owner, so going to an entry and back keeps the search and filters.
// A search query is the user's text: locking forgets them.
const lastFilter = new Map<string, DiaryFilter>();
keyHolder.subscribe((event) => {
  if (event === 'locked') lastFilter.clear();
});

/** Search, filters and the timeline of `ownerId`'s entries. */
export function DiaryTimeline(props: {
  ownerId: string;
  /** Where an entry links to. */
  entryHref: (id: string) => string;
  /** A per-entry action (the coach's "Note"). */
  note?: NoteAction<DiaryEntryRecord> | undefined;
}) {
  const t = useMessages(diaryMessages);
  const owner = props.ownerId;
  const [filter, setFilterState] = useState<DiaryFilter>(lastFilter.get(owner) ?? {});
  const [limit, setLimit] = useState(PAGE);
  const filtering = isFilterActive(filter);
  const setFilter = (next: DiaryFilter) => {
    lastFilter.set(owner, next);
    setFilterState(next);
    setLimit(PAGE);
  };

  const page = useTimelinePage(owner, limit);
  const index = useDiaryIndex(owner, filtering);
  const themes = useLiveQuery(() => linkableThemes(owner), [owner]);
  const matches = useMemo(() => {
    if (!filtering || index.status !== 'ready') return undefined;
    return applyFilter(index.value, filter);
  }, [filtering, index, filter]);
  const more = useCallback(() => setLimit((current) => current + PAGE), []);
  const warm = () => warmDiaryIndex(owner);
  const firstPageShown = page.status === 'ready';
  useEffect(() => {
    if (!firstPageShown) return;
    // Build the search index once the first page is on screen and the device is idle, so the
    // first search does not have to wait for it.
    return whenIdle(() => warmDiaryIndex(owner));
  }, [firstPageShown, owner]);

  const list = (entries: readonly DiaryEntryRecord[], hasMore: boolean) => (
    <TimelineList
      entries={entries}
      more={hasMore}
      onMore={more}
      entryHref={props.entryHref}
      note={props.note}
      query={filtering ? filter.query : undefined}
    />
  );
  const body = filtering ? (
    <LiveGate result={index}>
      {() =>
        matches && (
          <>
            {/* A search over the index leaves damaged forms out too: said here as well. */}
            <DamagedNotice count={damagedInDiaryIndex(owner)} />
            {list(
              matches.slice(0, limit).map((item) => item.entry),
              matches.length > limit,
            )}
          </>
        )
      }
    </LiveGate>
  ) : (
    <LiveGate result={page}>
      {(value) => (
        <>
          <DamagedNotice count={value.damaged?.length ?? 0} />
          {value.entries.length === 0 && !value.more ? (
            value.damaged?.length ? null : (
              <p class="diary-empty">{t('diary.empty')}</p>
            )
          ) : (
            list(value.entries, value.more)
          )}
        </>
      )}
    </LiveGate>
  );

  return (
    <>
      <div class="field">
        <label for="diary-search">{t('diary.search')}</label>
        <p id="diary-search-hint" class="hint">
          {t('diary.search.hint')}
        </p>
        <input
          id="diary-search"
          type="search"
          aria-describedby="diary-search-hint"
          value={filter.query ?? ''}
          onFocus={warm}
          onInput={(event) => setFilter({ ...filter, query: event.currentTarget.value })}
        />
      </div>
      <FilterPanel
        filter={filter}
        themes={themes.status === 'ready' ? themes.value : []}
        onChange={setFilter}
        onOpen={warm}
      />
      <p role="status" class="diary-results">
        {filtering &&
          (matches === undefined
            ? t('diary.loading')
            : matches.length === 0
              ? t('diary.results.none')
              : matches.length === 1
                ? t('diary.results.one')
                : t('diary.results', { count: matches.length }))}
      </p>
      {body}
    </>
  );
}
