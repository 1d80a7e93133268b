// The first page of each owner's timeline, kept in memory for the session, so the timeline
// is on screen in its first frame when the user comes back to it (after saving an entry, or
// from an entry's detail) while its live query confirms it. Every diary write of this tab is
// folded in at once, so the entry just saved is on top before the database is asked again.
import { foldIntoPage, type TimelinePage } from '../../domain/diary/first-page';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { keyHolder } from '../../lock/key-holder';

/** Entries on the first page of the timeline. */
export const FIRST_PAGE = 50;

const pages = new Map<string, TimelinePage>();

// The pages hold decrypted entries: locking forgets them.
keyHolder.subscribe((event) => {
  if (event === 'locked') pages.clear();
});

/** How many owners' first pages are kept (tests: none after a lock). */
export function cachedPageCount(): number {
  return pages.size;
}

/** The last known first page of `ownerId`'s timeline, if any. */
export function cachedFirstPage(ownerId: string): TimelinePage | undefined {
  return pages.get(ownerId);
}

/** Keeps what the database answered for a page of at least the first page's size. */
export function rememberFirstPage(ownerId: string, page: TimelinePage): void {
  const more = page.more || page.entries.length > FIRST_PAGE;
  const entries = page.entries.slice(0, FIRST_PAGE);
  // What it says of damaged entries is kept when the page is the first page as it is (a longer
  // page cannot tell which of them fall in the first); else the notice comes with the answer.
  const whole = page.entries.length <= FIRST_PAGE;
  pages.set(
    ownerId,
    whole && page.damaged?.length ? { entries, more, damaged: page.damaged } : { entries, more },
  );
}

/** Folds a record this tab just wrote into its owner's cached page (or forgets the page). */
export function noteEntryWritten(record: DiaryEntryRecord): void {
  const page = pages.get(record.ownerId);
  if (!page) return;
  const next = foldIntoPage(page, record, FIRST_PAGE);
  if (next) pages.set(record.ownerId, next);
  else pages.delete(record.ownerId);
}
