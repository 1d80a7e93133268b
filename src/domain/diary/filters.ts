// Timeline filters: area, theme, phase, a date range and full-text search, combined with AND.
import type { Phase } from '../records/base';
import type { LifeArea } from '../records/diary';
import type { IndexedEntry } from './indexed-entry';
import { matchesTerms, searchTerms } from './normalise';

/** Entries linked to no theme. */
export const NO_THEME = 'none';

/** What the client narrowed the timeline to; empty values mean "any". */
export interface DiaryFilter {
  area?: LifeArea | undefined;
  /** A theme id, or NO_THEME. */
  themeId?: string | undefined;
  phase?: Phase | undefined;
  /** First local day included, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last local day included, YYYY-MM-DD. */
  to?: string | undefined;
  query?: string | undefined;
}

/** Whether any filter or search is set. */
export function isFilterActive(filter: DiaryFilter): boolean {
  return Boolean(
    filter.area ||
      filter.themeId ||
      filter.phase ||
      filter.from ||
      filter.to ||
      searchTerms(filter.query ?? '').length,
  );
}

/** A test for one entry against `filter` (the query is folded once, here). */
export function entryMatcher(filter: DiaryFilter): (item: IndexedEntry) => boolean {
  const terms = searchTerms(filter.query ?? '');
  return (item) => {
    const { entry } = item;
    if (filter.area && entry.area !== filter.area) return false;
    if (filter.themeId) {
      if (filter.themeId === NO_THEME ? entry.themeId : entry.themeId !== filter.themeId) {
        return false;
      }
    }
    if (filter.phase && entry.phase !== filter.phase) return false;
    if (filter.from && item.day < filter.from) return false;
    if (filter.to && item.day > filter.to) return false;
    return terms.length === 0 || matchesTerms(item.text, terms);
  };
}

/** The items matching `filter`, in their given order. */
export function applyFilter(items: readonly IndexedEntry[], filter: DiaryFilter): IndexedEntry[] {
  return items.filter(entryMatcher(filter));
}
