// The session log as a timeline (issue 15 §5): what came, in the client's own words, with the
// distances and shifts as they were noted. No rates and no ranking: a session where nothing
// came is as much part of the log as one where something shifted.
import type { Distance, FocusingSessionRecord } from '../records/focusing';
import { isLive } from '../records/live';
import type { GuidedStage } from './steps';

/** A distance reading and where in the session it was taken. */
export interface DistanceReading {
  at: Extract<GuidedStage, 'felt-sense' | 'asking' | 'check-out'> | 'start';
  distance: Distance;
}

/** One session in the timeline. */
export interface TimelineEntry {
  id: string;
  occurredAt: string;
  concern?: string | undefined;
  feltSense?: string | undefined;
  handle?: string | undefined;
  /** What came, in the client's words: answers, what was received, what shifted. */
  came: string[];
  distances: DistanceReading[];
  /** Whether something shifted, when it was noted. */
  shift?: boolean | undefined;
  stoppedEarly: boolean;
  themeId?: string | undefined;
}

/** Finished, undeleted sessions as timeline entries, newest first. */
export function sessionTimeline(sessions: readonly FocusingSessionRecord[]): TimelineEntry[] {
  return sessions
    .filter((session) => session.status === 'done' && isLive(session))
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .map((session) => {
      const readings: [DistanceReading['at'], Distance | undefined][] = [
        ['start', session.distanceStart],
        ['felt-sense', session.distanceFeltSense],
        ['asking', session.distanceAsking],
        ['check-out', session.distanceEnd],
      ];
      const came = [
        ...session.questions.map((item) => item.answer),
        session.receiving,
        session.feltShiftDescription,
      ].filter((text): text is string => text !== undefined && text !== '');
      return {
        id: session.id,
        occurredAt: session.occurredAt,
        concern: session.chosenConcern,
        feltSense: session.feltSense,
        handle: session.handle,
        came,
        distances: readings.flatMap(([at, distance]) => (distance ? [{ at, distance }] : [])),
        shift: session.feltShift,
        stoppedEarly: session.stoppedEarly === true,
        themeId: session.themeId,
      };
    });
}
