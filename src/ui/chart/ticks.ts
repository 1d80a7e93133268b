// Axis ticks a person can read: calendar days for a date axis and round numbers for a value
// axis. Pure, so the choices are unit-tested; the axes in ./axes.tsx only draw them. Days are
// calendar days (src/domain/dates.ts), so no time zone or daylight-saving hour moves a tick.
import { addDays, addMonths, type DayKey, daysBetween, weekdayOf } from '../../domain/dates';

/** How far apart date ticks are: every `step` days, weeks (Mondays), months (1sts) or years. */
export type DateTickUnit = 'day' | 'week' | 'month' | 'year';

/** The ticks chosen for a span, with the unit their labels are written in. */
export interface DateTicks {
  unit: DateTickUnit;
  step: number;
  days: DayKey[];
}

/** The steps tried, finest first; the first that fits wins. */
const LADDER: readonly { unit: DateTickUnit; step: number }[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 3 },
  { unit: 'week', step: 1 },
  { unit: 'week', step: 2 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
  { unit: 'year', step: 50 },
  { unit: 'year', step: 100 },
];

function monthIndex(day: DayKey): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/** The first tick on or after `first` for a unit and step (a Monday, a 1st, a 1 January). */
function firstTick(first: DayKey, unit: DateTickUnit, step: number): DayKey {
  if (unit === 'day') return first;
  if (unit === 'week') return addDays(first, (8 - weekdayOf(first)) % 7);
  const startOfMonth = `${first.slice(0, 8)}01` as DayKey;
  let month = first.endsWith('-01') ? startOfMonth : addMonths(startOfMonth, 1);
  const every = unit === 'month' ? step : step * 12;
  while (monthIndex(month) % every !== 0) month = addMonths(month, 1);
  return month;
}

function ticksFor(first: DayKey, last: DayKey, unit: DateTickUnit, step: number): DayKey[] {
  const days: DayKey[] = [];
  let day = firstTick(first, unit, step);
  while (day <= last) {
    days.push(day);
    if (unit === 'day') day = addDays(day, step);
    else if (unit === 'week') day = addDays(day, 7 * step);
    else day = addMonths(day, unit === 'month' ? step : 12 * step);
  }
  return days;
}

/**
 * Tick days between `first` and `last` (inclusive, `first` <= `last`): the finest of every 1,
 * 2 or 3 days, Mondays every 1 or 2 weeks, 1sts every 1, 2, 3 or 6 months, or 1 January
 * every 1, 2, 5… years that gives at most `maxTicks` ticks and at least two when the span
 * allows (a single day gets that day).
 */
export function dateTicks(first: DayKey, last: DayKey, maxTicks: number): DateTicks {
  const limit = Math.max(1, Math.floor(maxTicks));
  if (daysBetween(first, last) <= 0) return { unit: 'day', step: 1, days: [first] };
  let fallback: DateTicks | undefined;
  for (const { unit, step } of LADDER) {
    const days = ticksFor(first, last, unit, step);
    if (days.length > limit) continue;
    // A coarser step that leaves fewer than two ticks tells less than the first and last day.
    if (days.length >= Math.min(2, limit)) return { unit, step, days };
    fallback ??= { unit, step, days };
  }
  return fallback ?? { unit: 'day', step: 1, days: [first] };
}

/**
 * The `Intl.DateTimeFormat` options for a tick label: day and month for day and week ticks,
 * the month (with a two-digit year when the span crosses a year) for month ticks, the year
 * for year ticks. Short, so five labels fit side by side on a 360 px screen.
 */
export function dateTickFormat(ticks: DateTicks): Intl.DateTimeFormatOptions {
  if (ticks.unit === 'year') return { year: 'numeric' };
  if (ticks.unit === 'month') {
    const years = new Set(ticks.days.map((day) => day.slice(0, 4)));
    return years.size > 1 ? { month: 'short', year: '2-digit' } : { month: 'short' };
  }
  return { day: 'numeric', month: 'short' };
}

/** The nice step multipliers of a value axis (1, 2, 2.5, 5 times a power of ten). */
const NICE = [1, 2, 2.5, 5] as const;

/**
 * Round tick values from `min` to `max` (`min` < `max`), at most `maxTicks` of them, with a
 * step of 1, 2, 2.5 or 5 times a power of ten; the ends are included when they are on a step.
 */
export function valueTicks(min: number, max: number, maxTicks: number): number[] {
  const intervals = Math.max(1, Math.floor(maxTicks) - 1);
  const range = max - min;
  if (!(range > 0)) return [min];
  let power = 10 ** Math.floor(Math.log10(range / intervals));
  for (;;) {
    for (const nice of NICE) {
      const step = nice * power;
      const start = Math.ceil(min / step - 1e-9);
      const end = Math.floor(max / step + 1e-9);
      if (end - start <= intervals) {
        // Rounded to the step's decimals, so 0.1 * 3 reads 0.3, not 0.30000000000000004.
        const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
        const values: number[] = [];
        for (let index = start; index <= end; index += 1) {
          values.push(Number((index * step).toFixed(decimals)));
        }
        return values;
      }
    }
    power *= 10;
  }
}

/** How many labels of about `labelWidth` fit side by side on `width` with a gap between. */
export function ticksThatFit(width: number, labelWidth: number, gap = 8): number {
  return Math.max(1, Math.floor((width + gap) / (labelWidth + gap)));
}
