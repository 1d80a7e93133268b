// The first page of a timeline in the timeline's order (newest first, see compareTimeline),
// and how one written record changes it. Used to show the timeline at once after a save,
// before its live query has answered.
import type { DiaryEntryRecord } from '../records/diary';
import { isLive } from '../records/live';

/** A page of the timeline: the newest entries and whether older ones exist. */
export interface TimelinePage {
  entries: DiaryEntryRecord[];
  more: boolean;
  /**
   * Ids of the page's entries that could not be opened (damaged under the app lock) and are
   * left out; the timeline says so. Absent when there are none.
   */
  damaged?: readonly string[];
}

/** `page` with other entries, keeping what it says of damaged ones. */
function withEntries(page: TimelinePage, entries: DiaryEntryRecord[], more: boolean): TimelinePage {
  return page.damaged?.length ? { entries, more, damaged: page.damaged } : { entries, more };
}

/**
 * The timeline's order: the later moment first; entries of the same moment (two written in
 * one minute, the form's precision) the one written later first, then by id, so the order
 * is total and the same on every device.
 */
export function compareTimeline(a: DiaryEntryRecord, b: DiaryEntryRecord): number {
  // String order, as IndexedDB compares the stored ISO moments and ids.
  if (a.occurredAt !== b.occurredAt) return a.occurredAt > b.occurredAt ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

/** True when `a` comes before `b` in the timeline. */
export function isNewerInTimeline(a: DiaryEntryRecord, b: DiaryEntryRecord): boolean {
  return compareTimeline(a, b) < 0;
}

/**
 * The page after `record` was written (created, edited, deleted or restored), holding at most
 * `limit` entries; `undefined` when the page cannot tell (a restored or edited entry that
 * belongs beyond the end of a full page), so the caller waits for the database instead.
 */
export function foldIntoPage(
  page: TimelinePage,
  record: DiaryEntryRecord,
  limit: number,
): TimelinePage | undefined {
  const others = page.entries.filter((entry) => entry.id !== record.id);
  const removed = others.length < page.entries.length;
  if (!isLive(record)) {
    // A gap at the end, or older entries that may be gone: only the database can tell.
    if (page.more) return undefined;
    return withEntries(page, others, page.more);
  }
  const at = others.findIndex((entry) => isNewerInTimeline(record, entry));
  const position = at === -1 ? others.length : at;
  if (position === others.length && page.more && others.length < limit) return undefined;
  if (position >= limit) {
    // Older than every entry of a full page: the page is unchanged, except for an entry that
    // moved out of it (an edited moment), whose place only the database can fill.
    return removed ? undefined : withEntries(page, others, true);
  }
  const entries = [...others.slice(0, position), record, ...others.slice(position)];
  const more = page.more || entries.length > limit;
  return withEntries(page, entries.slice(0, limit), more);
}
