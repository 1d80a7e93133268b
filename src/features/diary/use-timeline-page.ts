// The live timeline page of one owner. It starts from the cached first page when there is
// one (so coming back to the timeline costs no wait for the database), and it keeps the
// shown page when the database answers with the same entries, so nothing renders twice.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LiveResult } from '../../db/live';
import type { TimelinePage } from '../../domain/diary/first-page';
import { toAppError } from '../../domain/errors';
import { timelinePage } from './diary-queries';
import { cachedFirstPage, FIRST_PAGE, rememberFirstPage } from './first-page-cache';

type PageResult = LiveResult<TimelinePage>;

function samePage(a: TimelinePage, b: TimelinePage): boolean {
  return (
    a.more === b.more &&
    (a.damaged ?? []).join() === (b.damaged ?? []).join() &&
    a.entries.length === b.entries.length &&
    a.entries.every((entry, i) => {
      const other = b.entries[i];
      return (
        other?.id === entry.id && other.rev === entry.rev && other.updatedAt === entry.updatedAt
      );
    })
  );
}

function startingState(ownerId: string, limit: number): PageResult {
  const cached = limit === FIRST_PAGE ? cachedFirstPage(ownerId) : undefined;
  return cached ? { status: 'ready', value: cached } : { status: 'loading' };
}

/** The newest `limit` live entries of `ownerId`, kept current by a live query. */
export function useTimelinePage(ownerId: string, limit: number): PageResult {
  const [state, setState] = useState(() => ({
    ownerId,
    result: startingState(ownerId, limit),
  }));
  useEffect(() => {
    const subscription = liveQuery(() => timelinePage(ownerId, limit)).subscribe({
      next: (value) => {
        if (limit >= FIRST_PAGE) rememberFirstPage(ownerId, value);
        setState((previous) =>
          previous.ownerId === ownerId &&
          previous.result.status === 'ready' &&
          samePage(previous.result.value, value)
            ? previous
            : { ownerId, result: { status: 'ready', value } },
        );
      },
      error: (error: unknown) =>
        setState({ ownerId, result: { status: 'error', error: toAppError(error) } }),
    });
    return () => subscription.unsubscribe();
  }, [ownerId, limit]);
  // Another owner (a coach going from one client to the next) never sees the previous page.
  return state.ownerId === ownerId ? state.result : startingState(ownerId, limit);
}
