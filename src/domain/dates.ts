// Calendar days, the one place that turns instants into days and back. Records hold instants
// (ISO strings); a person lives in days of their own time zone. A day is a `DayKey`
// ('YYYY-MM-DD'), compared as text; its bounds are the local instants where it starts and ends.
// Day arithmetic works on the calendar alone (in UTC), so no daylight-saving hour can shift it.

/** A calendar day as 'YYYY-MM-DD' (the value of an `<input type="date">`), checked. */
export type DayKey = string & { readonly __dayKey: true };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The day key for a year, month (1-12) and day of the month, after the calendar's roll-over. */
function fromParts(year: number, month: number, day: number): DayKey {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` as DayKey;
}

function partsOf(day: DayKey): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The year, month (1 to 12) and day of the month of a day. */
export function partsOfDay(day: DayKey): { year: number; month: number; date: number } {
  const [year, month, date] = partsOf(day);
  return { year, month, date };
}

/** Whether `value` is a real calendar day in 'YYYY-MM-DD' form (no 31 February). */
export function isDayKey(value: string): value is DayKey {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return fromParts(year, month, day) === value;
}

/** `value` as a day key, or undefined when it is not a real day. */
export function parseDayKey(value: string): DayKey | undefined {
  const trimmed = value.trim();
  return isDayKey(trimmed) ? trimmed : undefined;
}

/**
 * The calendar day an instant falls on: in `timeZone` (an IANA name) when given, else in the
 * device's own zone, as the person lives it.
 */
export function dayKeyOf(instant: Date | string | number, timeZone?: string): DayKey {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  if (timeZone === undefined) {
    return fromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return fromParts(part('year'), part('month'), part('day'));
}

/** The local instants that bound a day: `start` is its first moment, `end` the next day's. */
export function dayBounds(day: DayKey): { start: Date; end: Date } {
  const [year, month, date] = partsOf(day);
  const local = (d: number) => {
    const at = new Date(2000, month - 1, d);
    at.setFullYear(year, month - 1, d);
    return at;
  };
  return { start: local(date), end: local(date + 1) };
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: DayKey, count: number): DayKey {
  const [year, month, date] = partsOf(day);
  return fromParts(year, month, date + count);
}

/**
 * The same day of the month `count` months after `day`; a day the target month lacks becomes
 * that month's last day (31 May minus three months is 28 or 29 February).
 */
export function addMonths(day: DayKey, count: number): DayKey {
  const [year, month, date] = partsOf(day);
  const lastOfTarget = new Date(Date.UTC(2000, month - 1 + count + 1, 0));
  lastOfTarget.setUTCFullYear(year, month - 1 + count + 1, 0);
  return fromParts(year, month + count, Math.min(date, lastOfTarget.getUTCDate()));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  const utc = (day: DayKey) => {
    const [year, month, date] = partsOf(day);
    const at = new Date(Date.UTC(2000, month - 1, date));
    at.setUTCFullYear(year, month - 1, date);
    return at.getTime();
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The ISO weekday of a day: 1 Monday … 7 Sunday, the same in every time zone. */
export function weekdayOf(day: DayKey): number {
  const [year, month, date] = partsOf(day);
  const at = new Date(Date.UTC(2000, month - 1, date));
  at.setUTCFullYear(year, month - 1, date);
  return at.getUTCDay() === 0 ? 7 : at.getUTCDay();
}

/** Local noon of a day: a moment that reads back as the same day in every nearby zone. */
export function dayNoon(day: DayKey): Date {
  const { start } = dayBounds(day);
  const noon = new Date(start);
  noon.setHours(12, 0, 0, 0);
  return noon;
}

// Day formatters by locale and options: making one costs far more than formatting with it
// (7–10 ms each at 4x CPU throttling; home's week strip formats a day per cell).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? null, options]);
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format;
}

/**
 * A day written out for people (`Intl.DateTimeFormat` options, default a medium date). The
 * day is formatted as a calendar day, so the reader's time zone never moves it.
 */
export function formatDay(
  day: DayKey,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const [year, month, date] = partsOf(day);
  const at = new Date(Date.UTC(2000, month - 1, date, 12));
  at.setUTCFullYear(year, month - 1, date);
  return dayFormat(locale, options).format(at);
}

/**
 * The day a stored day field means: a day key as it is; an instant from older files (local
 * midnight where it was written, up to eleven hours from UTC midnight either way) as the
 * nearest UTC midnight's day, so the reader's own zone cannot move it to the day before.
 */
export function storedDay(value: string): DayKey {
  if (isDayKey(value)) return value;
  return dayKeyOf(Date.parse(value) + 12 * 3_600_000, 'UTC');
}
