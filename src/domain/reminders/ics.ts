// The diary reminder as a calendar file (iCalendar, RFC 5545): works on every platform,
// including iOS, where a web app cannot notify while it is closed. One repeating event per
// time of day, with an alarm that says only that it is time for the diary: nothing written in
// Koers is ever in the file.
import { addDays, dayKeyOf, weekdayOf } from '../dates';
import { minutesOfDay, type ReminderPlan, type Weekday } from './plan';

/** The words of the calendar file, in the app's language. */
export interface ReminderCalendarText {
  /** The event's title and the alarm's text, e.g. "Time for your Koers diary". */
  summary: string;
  /** A line under the title, e.g. how to change or remove the reminder. */
  description: string;
}

const BYDAY: Record<Weekday, string> = {
  1: 'MO',
  2: 'TU',
  3: 'WE',
  4: 'TH',
  5: 'FR',
  6: 'SA',
  7: 'SU',
};

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A UTC date-time as iCalendar writes it (20261202T153000Z). */
function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/**
 * A floating local date-time (no zone): the event happens at this wall-clock time wherever
 * the person is, which is what a diary reminder means.
 */
function floatingStamp(year: number, month: number, day: number, minutes: number): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1), each continuation
 * starting with one space, never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuations hold 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The first day on or after `from` (local) that is one of `days`, as [year, month, day]. */
function firstDay(days: readonly Weekday[], from: Date): [number, number, number] {
  const today = dayKeyOf(from);
  for (let ahead = 0; ahead < 7; ahead += 1) {
    const day = addDays(today, ahead);
    if (days.includes(weekdayOf(day) as Weekday)) {
      const [year, month, date] = day.split('-').map(Number);
      return [year ?? 0, month ?? 1, date ?? 1];
    }
  }
  throw new RangeError('A reminder plan needs at least one day.');
}

/**
 * The calendar file for `plan`: one weekly event per time of day, starting on the first
 * chosen day from `now`, each with a display alarm at its start. `uid` makes the events'
 * UIDs unique (an id of the device's choosing that says nothing). An event's UID names its
 * place in the list (the first time, the second…), not the time itself, and SEQUENCE grows
 * with `now`: a file saved after the time changed updates the same event in a calendar that
 * follows UIDs, instead of adding a second reminder beside the old one.
 */
export function reminderCalendar(
  plan: ReminderPlan,
  text: ReminderCalendarText,
  options: { uid: string; now: Date },
): string {
  const [year, month, day] = firstDay(plan.days, options.now);
  const byDay = plan.days.map((weekday) => BYDAY[weekday]).join(',');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koers//Diary reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  // Minutes since 1970: grows with every later save, and fits the integer SEQUENCE is.
  const sequence = Math.floor(options.now.getTime() / 60_000);
  for (const [index, time] of plan.times.entries()) {
    const minutes = minutesOfDay(time);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${options.uid}-${index + 1}@koers.invalid`,
      `SEQUENCE:${sequence}`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART:${floatingStamp(year, month, day, minutes)}`,
      'DURATION:PT10M',
      `RRULE:FREQ=WEEKLY;BYDAY=${byDay}`,
      `SUMMARY:${escapeText(text.summary)}`,
      `DESCRIPTION:${escapeText(text.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(text.summary)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
