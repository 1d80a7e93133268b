// The client's diary reminder: on which weekdays and at which local times. Local wall-clock
// times, as the client lives them: 19:30 stays 19:30 across a change to summer time and on a
// trip to another time zone.
import { addDays, dayBounds, dayKeyOf, weekdayOf } from '../dates';

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Every weekday, Monday first. */
export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** At most this many times a day: a reminder that nags is switched off. */
export const MAX_REMINDER_TIMES = 3;

/** A reminder plan: the weekdays (sorted, unique) and the times of day (HH:MM, sorted). */
export interface ReminderPlan {
  days: Weekday[];
  times: string[];
}

/** A 24-hour time of day written HH:MM. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a 24-hour time of day written HH:MM. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** Minutes after local midnight of an HH:MM time. */
export function minutesOfDay(time: string): number {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Why a plan cannot be saved, per field; empty when it can. */
export interface ReminderPlanProblems {
  days?: 'none';
  times?: 'none' | 'invalid' | 'repeated' | 'tooMany';
}

/** Checks a plan a person entered (days ticked, times typed). */
export function checkReminderPlan(plan: { days: number[]; times: string[] }): ReminderPlanProblems {
  const problems: ReminderPlanProblems = {};
  if (plan.days.length === 0) problems.days = 'none';
  if (plan.times.length === 0) problems.times = 'none';
  else if (plan.times.some((time) => !isTimeOfDay(time))) problems.times = 'invalid';
  else if (new Set(plan.times).size !== plan.times.length) problems.times = 'repeated';
  else if (plan.times.length > MAX_REMINDER_TIMES) problems.times = 'tooMany';
  return problems;
}

/**
 * A stored or received plan, cleaned: unknown days and malformed times dropped, sorted and
 * unique; undefined when nothing usable is left (a damaged value must not break start-up).
 */
export function parseReminderPlan(raw: unknown): ReminderPlan | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as { days?: unknown; times?: unknown };
  if (!Array.isArray(value.days) || !Array.isArray(value.times)) return undefined;
  const days = weekdays.filter((day) => (value.days as unknown[]).includes(day));
  const times = [
    ...new Set(
      (value.times as unknown[]).filter(
        (time): time is string => typeof time === 'string' && isTimeOfDay(time),
      ),
    ),
  ]
    .sort()
    .slice(0, MAX_REMINDER_TIMES);
  return days.length > 0 && times.length > 0 ? { days, times } : undefined;
}

/**
 * The latest moment of the plan at or before `now`, looking back at most eight days; a
 * moment is a local wall-clock time on a chosen weekday. Undefined when there is none.
 */
export function lastDueMoment(plan: ReminderPlan, now: Date): Date | undefined {
  return lastDue(plan, now)?.moment;
}

/**
 * The latest moment of the plan at or before `now` (as `lastDueMoment`) and the plan's time
 * it stands for: on the day the clocks go forward, 02:30 is the moment 03:30, and what a
 * person chose, and reads, is still 02:30.
 */
export function lastDue(plan: ReminderPlan, now: Date): { moment: Date; time: string } | undefined {
  const times = [...plan.times].sort().reverse();
  const today = dayKeyOf(now);
  for (let back = 0; back <= 8; back += 1) {
    // Calendar arithmetic on day keys, so a daylight-saving switch never skips a day.
    const day = addDays(today, -back);
    if (!plan.days.includes(weekdayOf(day) as Weekday)) continue;
    for (const time of times) {
      const minutes = minutesOfDay(time);
      const moment = new Date(dayBounds(day).start);
      moment.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
      if (moment.getTime() <= now.getTime()) return { moment, time };
    }
  }
  return undefined;
}

/**
 * True when the home screen should nudge: a moment of the plan has passed today, no diary
 * form was written since it, and the nudge for it was not put away. Only today's moments
 * count: a nudge about yesterday would be a reproach, not a reminder.
 */
export function nudgeDue(
  plan: ReminderPlan | undefined,
  now: Date,
  lastDiaryAt: string | null,
  dismissedAt: string | null,
): boolean {
  if (!plan) return false;
  const due = lastDueMoment(plan, now);
  if (!due) return false;
  if (dayKeyOf(due) !== dayKeyOf(now)) return false;
  const since = (iso: string | null) => iso !== null && Date.parse(iso) >= due.getTime();
  return !since(lastDiaryAt) && !since(dismissedAt);
}

/** The periodic background sync tag the page registers and the service worker answers. */
export const REMINDER_SYNC_TAG = 'koers-diary-reminder';
