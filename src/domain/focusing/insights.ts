// What the client can learn from the session log (issue 5 §3): how often a session ends at
// the right distance, how often a felt shift comes, which handles came, and where in the body
// the felt sense sits; over time (per week or month) and per theme. Only finished, undeleted
// sessions count. A rate without any answered session is null ("no data"), never 0.
import { type DayKey, dayBounds, dayKeyOf } from '../dates';
import type { FocusingSessionRecord } from '../records/focusing';
import { bodyLocations } from './body';

/** The counts and rates over a group of sessions. */
export interface InsightSummary {
  /** Finished sessions in the group. */
  sessions: number;
  /** Sessions whose distance at the end was noted. */
  distanceNoted: number;
  /** Of those, the sessions that ended at the right distance. */
  endedRight: number;
  /** endedRight / distanceNoted, or null when nothing was noted. */
  rightShare: number | null;
  /** Sessions where felt shift was answered yes or no. */
  shiftNoted: number;
  /** Of those, the sessions with a felt shift. */
  shifts: number;
  /** shifts / shiftNoted, or null when nothing was noted. */
  shiftRate: number | null;
}

/** A period (week or month) with its summary. */
export interface PeriodInsight {
  /** First day of the period, local "YYYY-MM-DD". */
  start: string;
  summary: InsightSummary;
}

/** A theme (or no theme: undefined) with its summary. */
export interface ThemeInsight {
  themeId: string | undefined;
  summary: InsightSummary;
}

/** A handle with how often it came, in the wording it had most recently. */
export interface HandleCount {
  handle: string;
  count: number;
  lastAt: string;
}

/** A body location with the number of sessions that noted it. */
export interface LocationCount {
  location: string;
  count: number;
}

type Session = Pick<
  FocusingSessionRecord,
  | 'occurredAt'
  | 'status'
  | 'deletedAt'
  | 'distanceEnd'
  | 'feltShift'
  | 'handle'
  | 'bodyLocations'
  | 'themeId'
>;

/** The sessions insights count: finished and not deleted. */
export function countedSessions<S extends Session>(sessions: readonly S[]): S[] {
  return sessions.filter((session) => session.status === 'done' && !session.deletedAt);
}

/** Counts and rates over `sessions` (filtered to counted ones first). */
export function summarize(sessions: readonly Session[]): InsightSummary {
  const counted = countedSessions(sessions);
  const noted = counted.filter((session) => session.distanceEnd !== undefined);
  const endedRight = noted.filter((session) => session.distanceEnd === 'right').length;
  const shiftAnswered = counted.filter((session) => session.feltShift !== undefined);
  const shifts = shiftAnswered.filter((session) => session.feltShift === true).length;
  return {
    sessions: counted.length,
    distanceNoted: noted.length,
    endedRight,
    rightShare: noted.length === 0 ? null : endedRight / noted.length,
    shiftNoted: shiftAnswered.length,
    shifts,
    shiftRate: shiftAnswered.length === 0 ? null : shifts / shiftAnswered.length,
  };
}

const dayKey = (date: Date) => dayKeyOf(date);

/** The local start of the week (Monday) or month that `iso` falls in. */
export function periodStart(iso: string, period: 'week' | 'month'): Date {
  const date = new Date(iso);
  if (period === 'month') return new Date(date.getFullYear(), date.getMonth(), 1);
  // getDay(): Sunday 0; weeks start on Monday (ISO 8601, as in the Netherlands).
  const back = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - back);
}

function advance(date: Date, period: 'week' | 'month'): Date {
  return period === 'month'
    ? new Date(date.getFullYear(), date.getMonth() + 1, 1)
    : new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7);
}

/** The most periods a timeline shows (the latest ones): about two years of weeks. */
export const MAX_PERIODS = 104;

/**
 * A summary per week or month from the first to the last counted session, oldest first,
 * with empty periods in between kept (so the timeline shows gaps honestly).
 */
export function byPeriod(sessions: readonly Session[], period: 'week' | 'month'): PeriodInsight[] {
  const counted = countedSessions(sessions);
  if (counted.length === 0) return [];
  const groups = new Map<string, Session[]>();
  for (const session of counted) {
    const key = dayKey(periodStart(session.occurredAt, period));
    groups.set(key, [...(groups.get(key) ?? []), session]);
  }
  const keys = [...groups.keys()].sort();
  const result: PeriodInsight[] = [];
  const last = keys.at(-1) ?? '';
  let cursor = dayBounds((keys[0] ?? '') as DayKey).start;
  while (dayKey(cursor) <= last) {
    const key = dayKey(cursor);
    result.push({ start: key, summary: summarize(groups.get(key) ?? []) });
    cursor = advance(cursor, period);
  }
  return result.slice(-MAX_PERIODS);
}

/** A summary per theme (sessions without a theme under undefined, last), most sessions first. */
export function byTheme(sessions: readonly Session[]): ThemeInsight[] {
  const groups = new Map<string | undefined, Session[]>();
  for (const session of countedSessions(sessions)) {
    groups.set(session.themeId, [...(groups.get(session.themeId) ?? []), session]);
  }
  return [...groups.entries()]
    .map(([themeId, group]) => ({ themeId, summary: summarize(group) }))
    .sort((a, b) => {
      if ((a.themeId === undefined) !== (b.themeId === undefined)) {
        return a.themeId === undefined ? 1 : -1;
      }
      return b.summary.sessions - a.summary.sessions;
    });
}

/**
 * The handles that came, counted case- and space-insensitively, most frequent first (then
 * most recent). Each shows the wording of its latest use.
 */
export function handlesUsed(sessions: readonly Session[]): HandleCount[] {
  const groups = new Map<string, HandleCount>();
  for (const session of countedSessions(sessions)) {
    const handle = session.handle?.trim().replace(/\s+/g, ' ');
    if (!handle) continue;
    const key = handle.toLocaleLowerCase();
    const known = groups.get(key);
    if (!known) {
      groups.set(key, { handle, count: 1, lastAt: session.occurredAt });
    } else {
      known.count += 1;
      if (session.occurredAt > known.lastAt) {
        known.handle = handle;
        known.lastAt = session.occurredAt;
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}

/**
 * How many sessions noted each body location, most frequent first; ties keep the
 * head-to-feet order, and locations the app does not know come after known ones.
 */
export function bodyLocationCounts(sessions: readonly Session[]): LocationCount[] {
  const counts = new Map<string, number>();
  for (const session of countedSessions(sessions)) {
    for (const location of new Set(session.bodyLocations)) {
      counts.set(location, (counts.get(location) ?? 0) + 1);
    }
  }
  const order = (location: string) => {
    const index = (bodyLocations as readonly string[]).indexOf(location);
    return index === -1 ? bodyLocations.length : index;
  };
  return [...counts.entries()]
    .map(([location, count]) => ({ location, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        order(a.location) - order(b.location) ||
        a.location.localeCompare(b.location),
    );
}
