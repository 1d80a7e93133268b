// Dates as each language writes them, with and without the time, from the shared formatters.
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src/i18n/translate';

describe('formatDateTime', () => {
  it('writes the date as each language does, and the time when asked', () => {
    const iso = '2026-11-24T12:00:00.000Z';
    expect(formatDateTime('nl', iso, false)).toBe('24 nov 2026');
    expect(formatDateTime('en', iso, false)).toBe('Nov 24, 2026');
    // A formatter kept for one style never answers for the other.
    expect(formatDateTime('nl', iso)).not.toBe('24 nov 2026');
    expect(formatDateTime('nl', iso)).toMatch(/^24 nov 2026.*\d{2}:\d{2}$/);
    expect(formatDateTime('nl', iso, false)).toBe('24 nov 2026');
  });
});
