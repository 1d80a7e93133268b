// Axis ticks: hand-computed cases over several spans, and the same ticks and labels in every
// time zone (the unit project runs this file in Amsterdam, Los Angeles and Kiritimati).
import { describe, expect, it } from 'vitest';
import { type DayKey, daysBetween, formatDay } from '../../../src/domain/dates';
import { dateTickFormat, dateTicks, ticksThatFit, valueTicks } from '../../../src/ui/chart/ticks';

const day = (value: string) => value as DayKey;

describe('dateTicks', () => {
  it('gives a single day that day', () => {
    expect(dateTicks(day('2026-03-10'), day('2026-03-10'), 5)).toEqual({
      unit: 'day',
      step: 1,
      days: ['2026-03-10'],
    });
  });

  it('ticks every day when the days fit', () => {
    expect(dateTicks(day('2026-03-10'), day('2026-03-13'), 5).days).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);
  });

  it('ticks every other day over a week', () => {
    expect(dateTicks(day('2026-03-01'), day('2026-03-07'), 5)).toEqual({
      unit: 'day',
      step: 2,
      days: ['2026-03-01', '2026-03-03', '2026-03-05', '2026-03-07'],
    });
  });

  it('ticks Mondays over the example diary span of 39 days', () => {
    // Friday 23 October to Tuesday 1 December: six Mondays are too many, so every other one.
    expect(dateTicks(day('2026-10-23'), day('2026-12-01'), 5)).toEqual({
      unit: 'week',
      step: 2,
      days: ['2026-10-26', '2026-11-09', '2026-11-23'],
    });
    // Five Mondays fit: every Monday.
    expect(dateTicks(day('2026-10-27'), day('2026-12-01'), 5)).toEqual({
      unit: 'week',
      step: 1,
      days: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'],
    });
  });

  it('ticks the 1st of every other month over half a year', () => {
    expect(dateTicks(day('2026-01-15'), day('2026-07-10'), 5)).toEqual({
      unit: 'month',
      step: 2,
      days: ['2026-03-01', '2026-05-01', '2026-07-01'],
    });
  });

  it('ticks months across a new year, with the year in the label', () => {
    const ticks = dateTicks(day('2025-11-20'), day('2026-02-10'), 5);
    expect(ticks).toEqual({
      unit: 'month',
      step: 1,
      days: ['2025-12-01', '2026-01-01', '2026-02-01'],
    });
    expect(dateTickFormat(ticks)).toEqual({ month: 'short', year: '2-digit' });
    expect(
      dateTickFormat({ unit: 'month', step: 2, days: [day('2026-03-01'), day('2026-05-01')] }),
    ).toEqual({ month: 'short' });
  });

  it('ticks even years over seven years', () => {
    const ticks = dateTicks(day('2019-05-05'), day('2026-03-01'), 5);
    expect(ticks).toEqual({
      unit: 'year',
      step: 2,
      days: ['2020-01-01', '2022-01-01', '2024-01-01', '2026-01-01'],
    });
    expect(dateTickFormat(ticks)).toEqual({ year: 'numeric' });
  });

  it('keeps to a narrow limit', () => {
    expect(dateTicks(day('2026-03-01'), day('2026-03-03'), 2).days).toEqual([
      '2026-03-01',
      '2026-03-03',
    ]);
    expect(dateTicks(day('2026-03-01'), day('2026-03-13'), 1).days).toHaveLength(1);
  });

  it('gives the same ticks, positions and labels in every time zone, across a DST switch', () => {
    // Amsterdam springs forward on 29 March 2026; the ticks are calendar days regardless.
    const ticks = dateTicks(day('2026-03-20'), day('2026-04-05'), 5);
    expect(ticks).toEqual({ unit: 'week', step: 1, days: ['2026-03-23', '2026-03-30'] });
    expect(ticks.days.map((tick) => daysBetween(day('2026-03-20'), tick))).toEqual([3, 10]);
    const format = dateTickFormat(ticks);
    expect(format).toEqual({ day: 'numeric', month: 'short' });
    expect(ticks.days.map((tick) => formatDay(tick, 'en', format))).toEqual(['Mar 23', 'Mar 30']);
    expect(ticks.days.map((tick) => formatDay(tick, 'nl', format))).toEqual(['23 mrt', '30 mrt']);
  });
});

describe('valueTicks', () => {
  it('steps a 0-10 scale by 2', () => {
    expect(valueTicks(0, 10, 6)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('steps percentages by 25', () => {
    expect(valueTicks(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
  });

  it('steps a count of 7 by 2, below the top', () => {
    expect(valueTicks(0, 7, 5)).toEqual([0, 2, 4, 6]);
  });

  it('steps fractions without floating-point noise', () => {
    expect(valueTicks(0, 1, 3)).toEqual([0, 0.5, 1]);
    expect(valueTicks(0.1, 0.7, 4)).toEqual([0.2, 0.4, 0.6]);
  });

  it('gives one tick for an empty range', () => {
    expect(valueTicks(5, 5, 3)).toEqual([5]);
  });
});

describe('ticksThatFit', () => {
  it('counts labels with their gaps', () => {
    expect(ticksThatFit(274, 48)).toBe(5);
    expect(ticksThatFit(104, 48)).toBe(2);
    expect(ticksThatFit(103, 48)).toBe(1);
    expect(ticksThatFit(20, 48)).toBe(1);
  });
});
