// Calendar days for the change process: phases start on a day the client picks, not at a
// moment. A day is kept as local noon so it reads back as the same day in any nearby zone.
// The day arithmetic itself lives in the one dates module (`src/domain/dates.ts`); here the
// days are plain strings because they come straight from `<input type="date">`.
import * as dates from '../dates';

/** A local calendar day as `YYYY-MM-DD` (the value of an `<input type="date">`). */
export type DayKey = string;

/** The local day of `date` as `YYYY-MM-DD`. */
export function dayKey(date: Date): DayKey {
  return dates.dayKeyOf(date);
}

/** The local day of an ISO timestamp. */
export function dayOf(iso: string): DayKey {
  return dates.dayKeyOf(iso);
}

/** Whether `value` is a real calendar day in `YYYY-MM-DD` form (no 31 February). */
export function isDayKey(value: string): boolean {
  return dates.isDayKey(value);
}

/** The ISO timestamp stored for a picked day: local noon of that day. */
export function dayToIso(value: DayKey): string {
  const day = dates.parseDayKey(value);
  if (day === undefined || day !== value) throw new RangeError(`not a day: ${value}`);
  return dates.dayNoon(day).toISOString();
}

/** Whole days from day `from` to day `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  const a = dates.parseDayKey(from);
  const b = dates.parseDayKey(to);
  if (a === undefined || b === undefined) throw new RangeError(`not a day: ${from} or ${to}`);
  return dates.daysBetween(a, b);
}
