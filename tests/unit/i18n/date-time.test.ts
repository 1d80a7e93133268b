// Dates as each language writes them, with and without the time, from the shared formatters.
import { describe, expect, it } from 'vitest';
import type { DayKey } from '../../../src/domain/dates';
import { formatDateTime, formatDayKey } from '../../../src/i18n/translate';

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
