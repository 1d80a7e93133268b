// Dates as each language writes them, with and without the time, from the shared formatters.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, type DayKey, formatDay } from '../../../src/domain/dates';
import { languages } from '../../../src/i18n/catalog';
import { dateLocale, writesMonthFirst } from '../../../src/i18n/date-locale';
import {
  describeReminderPlan,
  formatDateTime,
  formatDayKey,
  formatLongDay,
  formatTimeOfDay,
} from '../../../src/i18n/translate';

// The browser's languages, as a page would see them: the formatters read navigator.
function browserAsks(languages: readonly string[]) {
  vi.stubGlobal('navigator', { languages, language: languages[0] ?? '' });
}

// Node 21 and later have a navigator of the machine's locale: each test starts from a browser
// that asks for no language, as Node 20 has none.
beforeEach(() => {
  browserAsks([]);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('formatDateTime', () => {
  it('writes the date as each language does, and the time when asked', () => {
    // Noon on 24 November where the suite runs (three zones): the same day everywhere.
    const iso = new Date(2026, 10, 24, 12, 0).toISOString();
    expect(formatDateTime('nl', iso, false)).toBe('24 nov 2026');
    // English as in Britain when the browser asks for no English, and as the browser's own
    // English when it does.
    expect(formatDateTime('en', iso, false)).toBe('24 Nov 2026');
    expect(formatDateTime('en', iso)).toBe('24 Nov 2026, 12:00');
    browserAsks(['en-US', 'nl-NL']);
    expect(formatDateTime('en', iso, false)).toBe('Nov 24, 2026');
    expect(formatDateTime('en', iso)).toMatch(/^Nov 24, 2026, 12:00\sPM$/);
    // A formatter kept for one style never answers for the other.
    expect(formatDateTime('nl', iso)).not.toBe('24 nov 2026');
    expect(formatDateTime('nl', iso)).toMatch(/^24 nov 2026.*\d{2}:\d{2}$/);
    expect(formatDateTime('nl', iso, false)).toBe('24 nov 2026');
  });

  it('writes a calendar day as that day in every zone', () => {
    expect(formatDayKey('nl', '2026-11-24' as DayKey)).toBe('24 nov 2026');
    expect(formatDayKey('en', '2026-11-24' as DayKey)).toBe('24 Nov 2026');
    browserAsks(['en-US']);
    expect(formatDayKey('en', '2026-11-24' as DayKey)).toBe('Nov 24, 2026');
  });
});

describe('dateLocale', () => {
  it("is the browser's first locale of the language, else British English or Dutch", () => {
    expect(dateLocale('en', [])).toBe('en-GB');
    expect(dateLocale('nl', [])).toBe('nl-NL');
    expect(dateLocale('en', ['en-us', 'nl-NL'])).toBe('en-US');
    expect(dateLocale('en', ['en'])).toBe('en');
    // A Dutch phone showing the app in English: English of the Netherlands, not America.
    expect(dateLocale('en', ['nl-NL', 'nl', 'en-US', 'en'])).toBe('en-NL');
    // Without a region first, the browser's English, else British.
    expect(dateLocale('en', ['nl', 'en-AU'])).toBe('en-AU');
    expect(dateLocale('en', ['nl'])).toBe('en-GB');
    // Dutch never borrows a region (an American one would give a 12-hour clock).
    expect(dateLocale('nl', ['en-US', 'nl-BE'])).toBe('nl-BE');
    expect(dateLocale('nl', ['en-US'])).toBe('nl-NL');
    // A tag that is not one is passed over.
    expect(dateLocale('en', ['not a tag', 'en-AU'])).toBe('en-AU');
  });

  it('knows which English writes the month first, as Intl does', () => {
    const options = { day: 'numeric', month: 'long' } as const;
    for (const locale of [
      'en',
      'en-US',
      'en-GB',
      'en-CA',
      'en-AU',
      'en-IE',
      'en-IN',
      'en-NL',
      'en-150',
      'en-PH',
      'en-ZA',
      'en-NZ',
      'en-MH',
      'en-BI',
      'en-US-u-hc-h23',
      'en-GB-u-ca-gregory',
      'nl-NL',
      'nl-BE',
    ]) {
      const written = new Intl.DateTimeFormat(locale, options).format(new Date(2026, 11, 3));
      expect(writesMonthFirst(locale), `${locale}: ${written}`).toBe(/^December/.test(written));
    }
  });
});

describe('formatLongDay', () => {
  it('writes every day of three years, a leap year among them, exactly as Intl does', () => {
    // The first screen writes the day from the catalog's names, not Intl (see the function):
    // the text must still be Intl's, letter for letter, in both languages.
    const intlOptions = {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    } as const;
    let day: DayKey;
    let checked = 0;
    for (day = '2024-01-01' as DayKey; day < '2027-01-01'; day = addDays(day, 1)) {
      for (const language of languages) {
        for (const locale of [dateLocale(language, []), 'en-US', 'en']) {
          if (!locale.startsWith(language)) continue;
          expect(formatLongDay(language, day, locale)).toBe(formatDay(day, locale, intlOptions));
        }
      }
      checked += 1;
    }
    expect(checked).toBe(366 + 365 + 365);
  });

  it('writes a known day in each language', () => {
    expect(formatLongDay('en', '2026-12-03' as DayKey)).toBe('Thursday, 3 December 2026');
    browserAsks(['en-US']);
    expect(formatLongDay('en', '2026-12-03' as DayKey)).toBe('Thursday, December 3, 2026');
    expect(formatLongDay('nl', '2026-12-03' as DayKey)).toBe('donderdag 3 december 2026');
  });
});

describe('times of day (the reminder plan and its nudge)', () => {
  it('writes a stored time as the locale does, in every zone', () => {
    expect(formatTimeOfDay('nl', '08:00')).toBe('08:00');
    expect(formatTimeOfDay('en', '19:30')).toBe('19:30');
    expect(describeReminderPlan('en', { days: [1, 4], times: ['08:00', '19:30'] })).toBe(
      'Monday and Thursday at 08:00 and 19:30',
    );
    browserAsks(['en-US']);
    expect(formatTimeOfDay('en', '19:30')).toMatch(/^7:30\sPM$/);
    expect(formatTimeOfDay('en', '00:05')).toMatch(/^12:05\sAM$/);
    expect(describeReminderPlan('en', { days: [1, 4], times: ['08:00', '19:30'] })).toMatch(
      /^Monday and Thursday at 8:00\sAM and 7:30\sPM$/,
    );
    expect(describeReminderPlan('nl', { days: [3], times: ['19:30'] })).toBe('woensdag om 19:30');
  });

  it('leaves what is not a time of day as it is', () => {
    expect(formatTimeOfDay('en', '7.30')).toBe('7.30');
    expect(formatTimeOfDay('en', '24:00')).toBe('24:00');
  });
});
