// When "too close" keeps coming back (domain §2, safety): being swallowed by the feeling is the
// old pattern of the client this app is made for, and practising the right distance with the
// coach comes before practising it alone. Pure, so the rule is tested without a browser.
import type { FocusingSessionRecord } from '../records/focusing';
import { isLive } from '../records/live';

/** How many of the latest sessions are looked at. */
export const RECENT_SESSIONS = 3;
/** How many of those must have been too close for the suggestion to show. */
export const TOO_CLOSE_THRESHOLD = 2;

type Readings = Pick<
  FocusingSessionRecord,
  'distanceStart' | 'distanceFeltSense' | 'distanceAsking' | 'distanceEnd' | 'tooMuch'
>;

/** Whether a session was too close at any check, or "this is too much" was pressed. */
export function wasTooClose(session: Readings): boolean {
  return (
    session.tooMuch === true ||
    [
      session.distanceStart,
      session.distanceFeltSense,
      session.distanceAsking,
      session.distanceEnd,
    ].includes('too-close')
  );
}

/**
 * Whether "too close" recurs: at least TOO_CLOSE_THRESHOLD of the latest RECENT_SESSIONS live
 * sessions (by when they happened) were too close. Then the app suggests practising with the
 * coach first; it is a suggestion, never a block.
 */
export function tooCloseRecurs(sessions: readonly FocusingSessionRecord[]): boolean {
  const recent = sessions
    .filter(isLive)
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .slice(0, RECENT_SESSIONS);
  return recent.filter(wasTooClose).length >= TOO_CLOSE_THRESHOLD;
}
