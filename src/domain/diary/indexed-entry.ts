// A diary entry prepared for fast listing and searching: its moment as a number, its local
// day, and its folded text, computed once per revision and reused until the entry changes.

import { dayKeyOf } from '../dates';
import type { DiaryEntryRecord } from '../records/diary';
import { entrySearchText } from './entry-text';
import { compareTimeline } from './first-page';

/** An entry with what the timeline and search need precomputed. */
export interface IndexedEntry {
  entry: DiaryEntryRecord;
  /** Milliseconds since the epoch of `occurredAt`. */
  time: number;
  /** Local day of `occurredAt`, YYYY-MM-DD. */
  day: string;
  /** Normalised text of every free-text field. */
  text: string;
}

/** Prepares an entry; `previous` is reused when it is the same revision. */
export function indexEntry(entry: DiaryEntryRecord, previous?: IndexedEntry): IndexedEntry {
  if (
    previous &&
    previous.entry.rev === entry.rev &&
    previous.entry.updatedAt === entry.updatedAt &&
    previous.entry.deletedAt === entry.deletedAt
  ) {
    // Same revision: keep the folded text, but point at the fresh object.
    return previous.entry === entry ? previous : { ...previous, entry };
  }
  const date = new Date(entry.occurredAt);
  return { entry, time: date.getTime(), day: dayKeyOf(date), text: entrySearchText(entry) };
}

/** Newest first; entries of the same moment as the timeline shows them (see first-page.ts). */
export function compareNewestFirst(a: IndexedEntry, b: IndexedEntry): number {
  return b.time - a.time || compareTimeline(a.entry, b.entry);
}

// Where `item` belongs in `sorted` (newest first): the first position not before it.
function lowerBound(sorted: readonly IndexedEntry[], item: IndexedEntry): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareNewestFirst(sorted[middle] as IndexedEntry, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Puts `item` at its place in `sorted` (newest first), in place. */
export function insertSorted(sorted: IndexedEntry[], item: IndexedEntry): void {
  sorted.splice(lowerBound(sorted, item), 0, item);
}

/** Takes the entry with `item`'s id and moment out of `sorted`, in place; false if absent. */
export function removeSorted(sorted: IndexedEntry[], item: IndexedEntry): boolean {
  const at = lowerBound(sorted, item);
  if (sorted[at]?.entry.id !== item.entry.id) return false;
  sorted.splice(at, 1);
  return true;
}
