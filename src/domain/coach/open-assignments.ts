// Which assignments are still open: those whose period has not ended before today (an
// assignment without an end stays open). The next ones come first: by the first day of their
// period, those without a start after the dated ones, then by creation and id (a total order).
import { type DayKey, storedDay } from '../dates';
import type { AssignmentRecord } from '../records';
import { isLive } from '../records/live';

/** Live assignments whose period has not ended before `today`, the next ones first. */
export function openAssignments(
  assignments: readonly AssignmentRecord[],
  today: DayKey,
): AssignmentRecord[] {
  // Code-unit order: day keys and ISO instants sort as text; no start sorts last.
  const start = (a: AssignmentRecord) => (a.startsOn ? storedDay(a.startsOn) : '\uffff');
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return assignments
    .filter((a) => isLive(a) && (!a.endsOn || storedDay(a.endsOn) >= today))
    .sort(
      (a, b) =>
        compare(start(a), start(b)) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id),
    );
}
