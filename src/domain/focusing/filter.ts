// Filtering the session history: date range, theme, distance at the end, felt shift.
import { dayKeyOf } from '../dates';
import type { Distance, FocusingSessionRecord } from '../records/focusing';
import { isLive } from '../records/live';

/** The history filter; an empty field does not filter. */
export interface SessionFilter {
  /** First day to include, local "YYYY-MM-DD". */
  from: string;
  /** Last day to include, local "YYYY-MM-DD". */
  to: string;
  /** A theme id, or '' for any. */
  themeId: string;
  /** The distance at the end, or '' for any. */
  distanceEnd: '' | Distance;
  /** Whether a felt shift came, or '' for any. */
  feltShift: '' | 'yes' | 'no';
}

/** A filter that lets every session through. */
export const noFilter: SessionFilter = {
  from: '',
  to: '',
  themeId: '',
  distanceEnd: '',
  feltShift: '',
};

/** Whether any field of the filter is set. */
export function isFiltering(filter: SessionFilter): boolean {
  return Object.values(filter).some((value) => value !== '');
}

/** The sessions that are not deleted and pass the filter, newest first. */
export function filterSessions<S extends FocusingSessionRecord>(
  sessions: readonly S[],
  filter: SessionFilter,
): S[] {
  return sessions
    .filter((session) => {
      if (!isLive(session)) return false;
      // Days compare as strings: "YYYY-MM-DD" sorts like the dates it names.
      const day = dayKeyOf(session.occurredAt);
      if (filter.from && day < filter.from) return false;
      if (filter.to && day > filter.to) return false;
      if (filter.themeId && session.themeId !== filter.themeId) return false;
      if (filter.distanceEnd && session.distanceEnd !== filter.distanceEnd) return false;
      if (filter.feltShift && session.feltShift !== (filter.feltShift === 'yes')) return false;
      return true;
    })
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}
