// Home at a glance, as pure computations: the current week as seven local days with what was
// written on each, and the diary forms per week over the last weeks. Days come only from
// dates.ts, so an entry at 00:30 local belongs to that local day in every time zone.
import { addDays, type DayKey, dayBounds, dayKeyOf, daysBetween, weekdayOf } from '../dates';

/** How many weeks the trend line covers, this week included (it is the last one). */
export const TREND_WEEKS = 6;

/** What a glance needs of a diary form. */
export interface GlanceDiary {
  readonly occurredAt: string;
  readonly feelingIntensity?: number | undefined;
  readonly example?: boolean | undefined;
}

/** What a glance needs of a focusing session. */
export interface GlanceSession {
  readonly occurredAt: string;
  readonly example?: boolean | undefined;
}

/** One day of the week strip. */
export interface StripDay {
  readonly day: DayKey;
  readonly diaryForms: number;
  readonly focusingSessions: number;
  /** The strongest feeling intensity (0-10) of the day's diary forms; undefined when none gave one. */
  readonly strongestFeeling: number | undefined;
  readonly today: boolean;
}

/** The Monday that starts the (ISO) week of `day`. */
export function weekStart(day: DayKey): DayKey {
  return addDays(day, 1 - weekdayOf(day));
}

/** The seven days of the week of `today`, Monday first. */
export function weekOf(today: DayKey): DayKey[] {
  const monday = weekStart(today);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * The local instants a read must cover to see every record of the days `first` to `last`, as
 * ISO text for an index range. Stored instants may carry an offset of up to 14 hours, so as
 * text they can sort up to a day away from their instant: the range is a day wider on each side
 * and the exact day is decided afterwards by `dayKeyOf`.
 */
export function readRange(first: DayKey, last: DayKey): { from: string; to: string } {
  return {
    from: dayBounds(addDays(first, -1)).start.toISOString(),
    to: dayBounds(addDays(last, 1)).end.toISOString(),
  };
}

/** The week strip of `today`'s week from the forms and sessions (others are ignored). */
export function weekStrip(
  today: DayKey,
  diary: readonly GlanceDiary[],
  sessions: readonly GlanceSession[],
): StripDay[] {
  const days = weekOf(today);
  const forms = new Map<string, GlanceDiary[]>();
  for (const entry of diary) {
    const day = dayKeyOf(entry.occurredAt);
    forms.set(day, [...(forms.get(day) ?? []), entry]);
  }
  const sessionCount = new Map<string, number>();
  for (const session of sessions) {
    const day = dayKeyOf(session.occurredAt);
    sessionCount.set(day, (sessionCount.get(day) ?? 0) + 1);
  }
  return days.map((day) => {
    const dayForms = forms.get(day) ?? [];
    const intensities = dayForms
      .map((form) => form.feelingIntensity)
      .filter((value): value is number => value !== undefined);
    return {
      day,
      diaryForms: dayForms.length,
      focusingSessions: sessionCount.get(day) ?? 0,
      strongestFeeling: intensities.length > 0 ? Math.max(...intensities) : undefined,
      today: day === today,
    };
  });
}

/**
 * Diary forms per week over the `weeks` weeks that end with `today`'s week, oldest first (this
 * week, still running, last). Forms outside those weeks are ignored.
 */
export function formsPerWeek(
  today: DayKey,
  diary: readonly Pick<GlanceDiary, 'occurredAt'>[],
  weeks = TREND_WEEKS,
): number[] {
  const first = trendStart(today, weeks);
  const counts = Array.from({ length: weeks }, () => 0);
  for (const entry of diary) {
    const day = dayKeyOf(entry.occurredAt);
    const offset = Math.floor(daysBetween(first, day) / 7);
    if (offset >= 0 && offset < weeks) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts;
}

/** The first day of the trend's oldest week. */
export function trendStart(today: DayKey, weeks = TREND_WEEKS): DayKey {
  return addDays(weekStart(today), -7 * (weeks - 1));
}

/**
 * Whether the trend says anything: forms in at least two of its weeks. With fewer, a line
 * would only show that the diary is new, so home says that gently instead.
 */
export function trendHasData(counts: readonly number[]): boolean {
  return counts.filter((count) => count > 0).length >= 2;
}
