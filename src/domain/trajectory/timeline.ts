// The timeline of a theme: each phase it went through, from which day to which, and for how
// many days. Read from the phase history; the current phase runs until today.
import type { Phase } from '../records';
import { type DayKey, dayOf, daysBetween } from './dates';
import type { PhaseEntry } from './phases';

/** One stretch of the timeline. `to` is undefined for the phase the theme is in now. */
export interface TimelineSegment {
  phase: Phase;
  from: DayKey;
  to: DayKey | undefined;
  /** Days from `from` to `to` (or to today for the current phase). */
  days: number;
  note: string | undefined;
  /** Position in the stored history, to correct this entry. */
  index: number;
}

/** The segments of `history` (oldest first), measured up to `today`. */
export function phaseTimeline(history: readonly PhaseEntry[], today: DayKey): TimelineSegment[] {
  return history.map((entry, index) => {
    const from = dayOf(entry.since);
    const next = history[index + 1];
    const to = next ? dayOf(next.since) : undefined;
    return {
      phase: entry.phase,
      from,
      to,
      days: Math.max(0, daysBetween(from, to ?? today)),
      note: entry.note,
      index,
    };
  });
}
