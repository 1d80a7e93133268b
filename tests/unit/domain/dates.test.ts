// The one dates module, run in three time zones (see vitest.config.ts): the days a person
// lives must not move with UTC or with the zone of whoever reads them.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  type DayKey,
  dayBounds,
  dayKeyOf,
  daysBetween,
  formatDay,
  isDayKey,
  parseDayKey,
  storedDay,
  weekdayOf,
} from '../../../src/domain/dates';
import { assignmentRecord } from '../../../src/domain/records/coach';

const day = (value: string) => value as DayKey;

describe('day keys', () => {
  it('accepts real days only', () => {
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(isDayKey('2026-1-01')).toBe(false);
    expect(isDayKey('2026-03-01T00:00')).toBe(false);
    expect(parseDayKey(' 2026-03-01 ')).toBe('2026-03-01');
    expect(parseDayKey('')).toBeUndefined();
  });

  it('gives the local day of an instant, late in the evening and just after midnight', () => {
    expect(dayKeyOf(new Date(2026, 2, 1, 23, 30))).toBe('2026-03-01');
    expect(dayKeyOf(new Date(2026, 2, 1, 0, 30))).toBe('2026-03-01');
    expect(dayKeyOf(new Date(2026, 2, 1, 0, 30).toISOString())).toBe('2026-03-01');
  });

  it('gives the day in a named zone, whatever the device zone', () => {
    // 2026-03-01 23:30 UTC is 00:30 on 2 March in Amsterdam (UTC+1), 15:30 on 1 March in
    // Los Angeles (UTC-8) and 13:30 on 2 March in Kiritimati (UTC+14).
    const instant = '2026-03-01T23:30:00.000Z';
    expect(dayKeyOf(instant, 'UTC')).toBe('2026-03-01');
    expect(dayKeyOf(instant, 'Europe/Amsterdam')).toBe('2026-03-02');
    expect(dayKeyOf(instant, 'America/Los_Angeles')).toBe('2026-03-01');
    expect(dayKeyOf(instant, 'Pacific/Kiritimati')).toBe('2026-03-02');
  });

  it('bounds a local day by its local midnights, 23 hours on the spring switch', () => {
    const { start, end } = dayBounds(day('2026-03-01'));
    expect(start.getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(end.getTime()).toBe(new Date(2026, 2, 2).getTime());
    expect(dayKeyOf(start)).toBe('2026-03-01');
    expect(dayKeyOf(end.getTime() - 1)).toBe('2026-03-01');
    // Amsterdam springs forward on 29 March 2026, Los Angeles on 8 March; Kiritimati never.
    const spring = process.env.TZ === 'America/Los_Angeles' ? '2026-03-08' : '2026-03-29';
    const bounds = dayBounds(day(spring));
    const hours = (bounds.end.getTime() - bounds.start.getTime()) / 3_600_000;
    expect(hours).toBe(process.env.TZ === 'Pacific/Kiritimati' ? 24 : 23);
  });

  it('adds days and months on the calendar, across months, years and the switch', () => {
    expect(addDays(day('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addDays(day('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(day('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(day('2026-03-29'), -1)).toBe('2026-03-28');
    expect(addDays(day('2026-03-28'), 2)).toBe('2026-03-30');
    expect(addMonths(day('2026-05-31'), -3)).toBe('2026-02-28');
    expect(addMonths(day('2026-01-15'), -3)).toBe('2025-10-15');
    expect(daysBetween(day('2026-03-28'), day('2026-03-30'))).toBe(2);
    expect(daysBetween(day('2026-12-31'), day('2026-01-01'))).toBe(-364);
  });

  it('knows the weekday of a day in every zone', () => {
    expect(weekdayOf(day('2026-12-02'))).toBe(3);
    expect(weekdayOf(day('2026-12-06'))).toBe(7);
    expect(weekdayOf(day('2026-12-07'))).toBe(1);
  });

  it('writes a day out as that day, in every zone', () => {
    expect(formatDay(day('2026-10-10'), 'en-GB')).toBe('10 Oct 2026');
    expect(formatDay(day('2026-10-10'), 'nl')).toBe('10 okt 2026');
  });

  it('makes one formatter per locale and options, and keeps them apart', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    class Counted extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made += 1;
      }
    }
    Object.defineProperty(Intl, 'DateTimeFormat', { value: Counted, configurable: true });
    try {
      const narrow = { weekday: 'narrow' } as const;
      // Home's week strip: seven days, one formatter (making one costs ms on a phone).
      const week = ['07', '08', '09', '10', '11', '12', '13'].map((date) =>
        formatDay(day(`2026-12-${date}`), 'nl-NL-x-week', narrow),
      );
      expect(week).toEqual(['M', 'D', 'W', 'D', 'V', 'Z', 'Z']);
      expect(made).toBe(1);
      // Other options or another locale: a formatter of their own, never the one kept.
      expect(formatDay(day('2026-12-07'), 'nl-NL-x-week', { day: 'numeric' })).toBe('7');
      expect(formatDay(day('2026-12-07'), 'en-GB-x-week', narrow)).toBe('M');
      expect(formatDay(day('2026-12-08'), 'en-GB-x-week', narrow)).toBe('T');
      expect(made).toBe(3);
    } finally {
      Object.defineProperty(Intl, 'DateTimeFormat', { value: Original, configurable: true });
    }
  });
});

describe('stored days (assignment periods)', () => {
  it('keeps a day key as it is', () => {
    expect(storedDay('2026-10-10')).toBe('2026-10-10');
  });

  it('reads an older file\u2019s local midnight as the coach\u2019s day, also west of the coach', () => {
    // The coach in Amsterdam picked 10 October: local midnight is 22:00 UTC the day before.
    // Read as a local instant, a client in Los Angeles saw 9 October.
    expect(storedDay('2026-10-09T22:00:00.000Z')).toBe('2026-10-10');
    // A coach in Los Angeles: midnight is 07:00 UTC the same day.
    expect(storedDay('2026-10-10T07:00:00.000Z')).toBe('2026-10-10');
  });
});

describe('assignment records', () => {
  const base = {
    id: '11111111-1111-4111-8111-111111111111',
    ownerId: '22222222-2222-4222-8222-222222222222',
    clientId: '33333333-3333-4333-8333-333333333333',
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    rev: 1,
    title: 'Write three diary forms',
  };

  it('store a period as calendar days, and still read older instants', () => {
    expect(assignmentRecord.safeParse({ ...base, startsOn: '2026-10-10' }).success).toBe(true);
    expect(assignmentRecord.safeParse({ ...base, startsOn: '2026-02-30' }).success).toBe(false);
    expect(
      assignmentRecord.safeParse({ ...base, endsOn: '2026-10-09T22:00:00.000Z' }).success,
    ).toBe(true);
  });
});
