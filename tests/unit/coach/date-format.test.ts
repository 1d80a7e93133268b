// The coach's cached date formatting gives exactly what the shell's formatter gives.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/features/coach/date-format';
import { formatDateTime } from '../../../src/i18n/translate';

describe('formatDate', () => {
  const instants = [
    '2026-11-24T09:15:00.000Z',
    '2026-01-01T00:00:00.000Z',
    '2025-06-30T23:59:00.000Z',
  ];
  for (const language of ['nl', 'en'] as const) {
    for (const withTime of [true, false]) {
      it(`matches formatDateTime in ${language}${withTime ? ' with the time' : ''}`, () => {
        for (const iso of instants) {
          expect(formatDate(language, iso, withTime)).toBe(formatDateTime(language, iso, withTime));
        }
      });
    }
  }

  it('shows the time by default, and the date as each language writes it', () => {
    const iso = '2026-11-24T12:00:00.000Z';
    expect(formatDate('nl', iso)).toBe(formatDateTime('nl', iso, true));
    expect(formatDate('nl', iso, false)).toBe('24 nov 2026');
    expect(formatDate('en', iso, false)).toBe('Nov 24, 2026');
  });
});
