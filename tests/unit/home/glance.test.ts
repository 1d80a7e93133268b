// Home at a glance, computed by hand: the week strip (Monday first, each record on its local
// day, 00:30 included), the forms per week over six weeks across the autumn clock change, the
// read range that must hold instants written with any offset. Runs in all three zones: every
// instant is built from local parts, so the expectations are the same in each.
import { describe, expect, it } from 'vitest';
import { type DayKey, dayKeyOf } from '../../../src/domain/dates';
import {
  diaryDraftTarget,
  editDraftKey,
  NEW_ENTRY_DRAFT,
} from '../../../src/domain/diary/draft-keys';
import {
  formsPerWeek,
  readRange,
  trendHasData,
  trendStart,
  weekOf,
  weekStart,
  weekStrip,
} from '../../../src/domain/home/glance';

const day = (value: string) => value as DayKey;
/** A local instant as stored: ISO text. Months count from 1 here, for reading. */
const local = (y: number, m: number, d: number, h: number, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString();

describe('the week', () => {
  it('starts on Monday, for a weekday, a Sunday and a clock-change Sunday', () => {
    expect(weekOf(day('2026-12-03'))).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weekStart(day('2026-12-06'))).toBe('2026-11-30');
    expect(weekStart(day('2026-11-30'))).toBe('2026-11-30');
    // 29 March 2026: summer time starts in Europe.
    expect(weekStart(day('2026-03-29'))).toBe('2026-03-23');
    // Over a year's end.
    expect(weekOf(day('2027-01-01'))[0]).toBe('2026-12-28');
  });
});

describe('the week strip', () => {
  const today = day('2026-12-03');
  const diary = [
    { occurredAt: local(2026, 11, 30, 9), feelingIntensity: 3 },
    // 00:30 local belongs to Tuesday, whatever UTC says.
    { occurredAt: local(2026, 12, 1, 0, 30), feelingIntensity: 7 },
    { occurredAt: local(2026, 12, 1, 20), feelingIntensity: 4 },
    // The Sunday before: last week, not in the strip.
    { occurredAt: local(2026, 11, 29, 23, 59), feelingIntensity: 9 },
    { occurredAt: local(2026, 12, 3, 12) },
    { occurredAt: local(2026, 12, 4, 8), feelingIntensity: 0 },
  ];
  const sessions = [
    { occurredAt: local(2026, 12, 1, 7) },
    { occurredAt: local(2026, 12, 6, 0, 10) },
    { occurredAt: local(2026, 12, 6, 23, 50) },
  ];

  it('counts forms and sessions per local day with the strongest feeling', () => {
    const strip = weekStrip(today, diary, sessions);
    expect(
      strip.map((d) => [d.day, d.diaryForms, d.focusingSessions, d.strongestFeeling, d.today]),
    ).toEqual([
      ['2026-11-30', 1, 0, 3, false],
      ['2026-12-01', 2, 1, 7, false],
      ['2026-12-02', 0, 0, undefined, false],
      // A form without an intensity counts, but gives no feeling.
      ['2026-12-03', 1, 0, undefined, true],
      // Intensity 0 is a feeling of 0, not none.
      ['2026-12-04', 1, 0, 0, false],
      ['2026-12-05', 0, 0, undefined, false],
      ['2026-12-06', 0, 2, undefined, false],
    ]);
  });

  it('is empty without records', () => {
    const strip = weekStrip(today, [], []);
    expect(strip.every((d) => d.diaryForms === 0 && d.focusingSessions === 0)).toBe(true);
    expect(strip.filter((d) => d.today).map((d) => d.day)).toEqual(['2026-12-03']);
  });
});

describe('the trend', () => {
  const today = day('2026-12-03');

  it('covers six weeks, this one last, starting on a Monday', () => {
    expect(trendStart(today)).toBe('2026-10-26');
    expect(trendStart(today, 2)).toBe('2026-11-23');
  });

  it('counts forms per week across the clock change (25 October in Europe, 1 November in the US)', () => {
    const diary = [
      { occurredAt: local(2026, 10, 25, 23, 30) }, // Sunday before: outside
      { occurredAt: local(2026, 10, 26, 0, 30) }, // week 1, first half hour
      { occurredAt: local(2026, 11, 1, 12) }, // week 1, its Sunday
      { occurredAt: local(2026, 11, 2, 0, 30) }, // week 2
      { occurredAt: local(2026, 11, 29, 23, 59) }, // week 5, last minute
      { occurredAt: local(2026, 12, 3, 12) }, // this week
      { occurredAt: local(2026, 12, 7, 0, 30) }, // next week: outside
    ];
    expect(formsPerWeek(today, diary)).toEqual([2, 1, 0, 0, 1, 1]);
  });

  it('says something only with forms in two different weeks', () => {
    expect(trendHasData([0, 0, 0, 0, 0, 3])).toBe(false);
    expect(trendHasData([0, 0, 0, 0, 0, 0])).toBe(false);
    expect(trendHasData([1, 0, 0, 0, 0, 1])).toBe(true);
    expect(trendHasData([3, 5, 2, 4, 6, 4])).toBe(true);
  });
});

describe('the read range', () => {
  /** The instant `iso` written as text with another offset (as an imported file may hold it). */
  const withOffset = (iso: string, hours: number) => {
    const shifted = new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 19);
    const sign = hours < 0 ? '-' : '+';
    return `${shifted}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
  };

  it('holds every instant of the days as text, whatever offset it was written with', () => {
    const range = readRange(day('2026-11-30'), day('2026-12-06'));
    for (const instant of [local(2026, 11, 30, 0, 0), local(2026, 12, 6, 23, 59)]) {
      for (const hours of [-12, -8, 0, 1, 14]) {
        const text = withOffset(instant, hours);
        expect(Date.parse(text)).toBe(Date.parse(instant));
        expect(
          text >= range.from && text <= range.to,
          `${text} in ${range.from}..${range.to}`,
        ).toBe(true);
      }
    }
    // And the strip still puts them on their local day.
    expect(dayKeyOf(withOffset(local(2026, 11, 30, 0, 0), 14))).toBe('2026-11-30');
  });
});

describe('diary draft keys', () => {
  it('names the new form and the changes to a stored one', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(diaryDraftTarget(NEW_ENTRY_DRAFT)).toEqual({ kind: 'new' });
    expect(diaryDraftTarget(editDraftKey(id))).toEqual({ kind: 'edit', id });
    expect(diaryDraftTarget('diary:edit:')).toBeUndefined();
    expect(diaryDraftTarget('settings:display-name')).toBeUndefined();
  });
});
