// Looking up and filling messages, and Intl formatting in the chosen language.
import { type DayKey, formatDay, partsOfDay, weekdayOf } from '../domain/dates';
import { isTimeOfDay, minutesOfDay } from '../domain/reminders/plan';
import { catalogs, type Language, type MessageKey } from './catalog';
import { dateLocale, writesMonthFirst } from './date-locale';

/** Values to fill into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** The message `key` of the shell catalog in `language`, with placeholders filled. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillMessage(language, catalogs[language][key] ?? key, params);
}

/** Fills `{name}` placeholders of `template`; numbers are formatted by Intl for `language`. */
export function fillMessage(language: Language, template: string, params?: MessageParams): string {
  if (!params) return template;
  // Made on the first number only: a message of strings needs no Intl.
  let numbers: Intl.NumberFormat | undefined;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    numbers ??= new Intl.NumberFormat(language);
    return numbers.format(value);
  });
}

/** The language to use when the user chose none: the browser's first Dutch or English. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** A byte count as a readable size in the given language (e.g. "1,5 MB"). */
export function formatBytes(language: Language, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/**
 * The plural form of `count` in `language` by Intl.PluralRules: 'one' or 'other' (English and
 * Dutch have no other forms), for a literal map of message keys per form.
 */
export function pluralForm(language: Language, count: number): 'one' | 'other' {
  return pluralRules(language).select(count) === 'one' ? 'one' : 'other';
}

// One set of plural rules per language: making them costs more than using them.
const pluralRulesByLanguage = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let rules = pluralRulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRulesByLanguage.set(language, rules);
  }
  return rules;
}

/** A calendar day in the given language, e.g. "24 nov 2026", never moved by the time zone. */
export function formatDayKey(language: Language, day: DayKey): string {
  return formatDay(day, dateLocale(language));
}

const weekdayKeys = [
  'day.weekday.1',
  'day.weekday.2',
  'day.weekday.3',
  'day.weekday.4',
  'day.weekday.5',
  'day.weekday.6',
  'day.weekday.7',
] as const satisfies readonly MessageKey[];

const monthKeys = [
  'day.month.1',
  'day.month.2',
  'day.month.3',
  'day.month.4',
  'day.month.5',
  'day.month.6',
  'day.month.7',
  'day.month.8',
  'day.month.9',
  'day.month.10',
  'day.month.11',
  'day.month.12',
] as const satisfies readonly MessageKey[];

/**
 * A calendar day written out in full ("Thursday, 3 December 2026", "Thursday, December 3, 2026"
 * for an American reader, "donderdag 3 december 2026"), as Intl writes it, from the catalog's
 * names instead of Intl: the first Intl.DateTimeFormat of a fresh page loads the date data and
 * took 150 to 250 ms with the CPU slowed 4x, too much for the first screen (docs/decisions.md).
 */
export function formatLongDay(
  language: Language,
  day: DayKey,
  locale = dateLocale(language),
): string {
  const { year, month, date } = partsOfDay(day);
  const catalog = catalogs[language];
  const pattern = writesMonthFirst(locale) ? catalog['day.long'] : catalog['day.longDayFirst'];
  // Strings, not numbers: a number would be grouped ("2,026") by fillMessage.
  return fillMessage(language, pattern, {
    weekday: catalog[weekdayKeys[weekdayOf(day) - 1] ?? 'day.weekday.1'],
    month: catalog[monthKeys[month - 1] ?? 'day.month.1'],
    day: String(date),
    year: String(year),
  });
}

/** The name of an ISO weekday (1 is Monday) in the given language: "Monday", "maandag". */
export function formatWeekday(language: Language, weekday: number): string {
  return catalogs[language][weekdayKeys[weekday - 1] ?? 'day.weekday.1'];
}

/**
 * A reminder plan in words: "Monday and Thursday at 08:00 and 19:30" (days in the week's
 * order, joined as the language joins a list; times as the reader's locale writes them).
 */
export function describeReminderPlan(
  language: Language,
  plan: { days: readonly number[]; times: readonly string[] },
): string {
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return fillMessage(language, catalogs[language]['reminder.plan'], {
    days: list.format(plan.days.map((day) => formatWeekday(language, day))),
    times: list.format(plan.times.map((time) => formatTimeOfDay(language, time))),
  });
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A time of day ("19:30", as stored) as the reader's locale writes it: "19:30", "7:30 PM".
 * Written in UTC from a fixed day, so no time zone or clock change moves it. A string that is
 * not a time of day is returned as it is.
 */
export function formatTimeOfDay(language: Language, time: string): string {
  if (!isTimeOfDay(time)) return time;
  const minutes = minutesOfDay(time);
  const locale = dateLocale(language);
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
    timeFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60)));
}

// One formatter per language and style: building an Intl.DateTimeFormat costs far more than
// using one, and a list of records formats dozens of dates per render.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the given language, as the reader's locale writes it: "24 nov 2026, 09:15". */
export function formatDateTime(language: Language, iso: string, withTime = true): string {
  const locale = dateLocale(language);
  const key = `${locale}|${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(new Date(iso));
}
