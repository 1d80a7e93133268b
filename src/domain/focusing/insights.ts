// What the look back lists besides the timeline (issue 15 §5): which handles came and where in
// the body the felt sense sat, as counts over finished, undeleted sessions. No rates: the log
// is material for a conversation, not a score.
import type { FocusingSessionRecord } from '../records/focusing';
import { isLive } from '../records/live';
import { bodyLocations } from './body';

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
  return sessions.filter((session) => session.status === 'done' && isLive(session));
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
