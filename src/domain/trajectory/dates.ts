// Calendar days for the change process: phases start on a day the client picks, not at a
// moment. A day is kept as local noon so it reads back as the same day in any nearby zone.

/** A local calendar day as `YYYY-MM-DD` (the value of an `<input type="date">`). */
export type DayKey = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local day of `date` as `YYYY-MM-DD`. */
export function dayKey(date: Date): DayKey {
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day of an ISO timestamp. */
export function dayOf(iso: string): DayKey {
  return dayKey(new Date(iso));
}

/** Whether `value` is a real calendar day in `YYYY-MM-DD` form (no 31 February). */
export function isDayKey(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** The ISO timestamp stored for a picked day: local noon of that day. */
export function dayToIso(value: DayKey): string {
  const match = DAY.exec(value);
  if (!match || !isDayKey(value)) throw new RangeError(`not a day: ${value}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).toISOString();
}

/** Whole days from day `from` to day `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  const noon = (value: DayKey) => new Date(dayToIso(value)).getTime();
  // Rounding absorbs the hour a daylight-saving switch adds or takes.
  return Math.round((noon(to) - noon(from)) / 86_400_000);
}
