// Dates as each language writes them, with and without the time, from the shared formatters.
import { describe, expect, it } from 'vitest';
import { addDays, type DayKey, formatDay } from '../../../src/domain/dates';
import { languages } from '../../../src/i18n/catalog';
import { formatDateTime, formatDayKey, formatLongDay } from '../../../src/i18n/translate';

describe('formatDateTime', () => {
  it('writes the date as each language does, and the time when asked', () => {
    // Noon on 24 November where the suite runs (three zones): the same day everywhere.
    const iso = new Date(2026, 10, 24, 12, 0).toISOString();
    expect(formatDateTime('nl', iso, false)).toBe('24 nov 2026');
    expect(formatDateTime('en', iso, false)).toBe('Nov 24, 2026');
    // A formatter kept for one style never answers for the other.
    expect(formatDateTime('nl', iso)).not.toBe('24 nov 2026');
    expect(formatDateTime('nl', iso)).toMatch(/^24 nov 2026.*\d{2}:\d{2}$/);
    expect(formatDateTime('nl', iso, false)).toBe('24 nov 2026');
  });

  it('writes a calendar day as that day in every zone', () => {
    expect(formatDayKey('nl', '2026-11-24' as DayKey)).toBe('24 nov 2026');
    expect(formatDayKey('en', '2026-11-24' as DayKey)).toBe('Nov 24, 2026');
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
        expect(formatLongDay(language, day)).toBe(formatDay(day, language, intlOptions));
      }
      checked += 1;
    }
    expect(checked).toBe(366 + 365 + 365);
  });

  it('writes a known day in each language', () => {
    expect(formatLongDay('en', '2026-12-03' as DayKey)).toBe('Thursday, December 3, 2026');
    expect(formatLongDay('nl', '2026-12-03' as DayKey)).toBe('donderdag 3 december 2026');
  });
});
