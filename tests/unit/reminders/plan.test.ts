import { describe, expect, it } from 'vitest';
import {
  checkReminderPlan,
  lastDue,
  lastDueMoment,
  nudgeDue,
  parseReminderPlan,
  type ReminderPlan,
} from '../../../src/domain/reminders/plan';

// Local wall-clock moments: built with the Date constructor, so every case means the same
// thing in whatever time zone the tests run.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

// 2 December 2026 is a Wednesday.
const weekdaysEvening: ReminderPlan = { days: [1, 3, 5], times: ['08:00', '19:30'] };

describe('checkReminderPlan', () => {
  it('asks for at least one day and one time', () => {
    expect(checkReminderPlan({ days: [], times: [] })).toEqual({ days: 'none', times: 'none' });
  });

  it('refuses malformed, repeated and too many times', () => {
    expect(checkReminderPlan({ days: [1], times: ['7:30'] }).times).toBe('invalid');
    expect(checkReminderPlan({ days: [1], times: ['24:00'] }).times).toBe('invalid');
    expect(checkReminderPlan({ days: [1], times: ['08:00', '08:00'] }).times).toBe('repeated');
    expect(
      checkReminderPlan({ days: [1], times: ['08:00', '12:00', '16:00', '20:00'] }).times,
    ).toBe('tooMany');
    expect(checkReminderPlan({ days: [1, 7], times: ['00:00', '23:59'] })).toEqual({});
  });
});

describe('parseReminderPlan', () => {
  it('sorts, removes repeats and drops what is not a day or a time', () => {
    expect(parseReminderPlan({ days: [7, 1, 1, 0, '2'], times: ['19:30', 'x', '08:00'] })).toEqual({
      days: [1, 7],
      times: ['08:00', '19:30'],
    });
  });

  it('gives nothing for a plan without days or times, or for garbage', () => {
    expect(parseReminderPlan({ days: [1], times: [] })).toBeUndefined();
    expect(parseReminderPlan(null)).toBeUndefined();
    expect(parseReminderPlan({ days: 'mon', times: ['08:00'] })).toBeUndefined();
  });
});

describe('lastDueMoment', () => {
  it('is the latest chosen time today when it has passed', () => {
    expect(lastDueMoment(weekdaysEvening, local(2026, 12, 2, 20, 0))).toEqual(
      local(2026, 12, 2, 19, 30),
    );
    expect(lastDueMoment(weekdaysEvening, local(2026, 12, 2, 19, 30))).toEqual(
      local(2026, 12, 2, 19, 30),
    );
    expect(lastDueMoment(weekdaysEvening, local(2026, 12, 2, 12, 0))).toEqual(
      local(2026, 12, 2, 8, 0),
    );
  });

  it('goes back to the last chosen day when none has passed today', () => {
    // Wednesday 07:00: Monday 30 November at 19:30.
    expect(lastDueMoment(weekdaysEvening, local(2026, 12, 2, 7, 0))).toEqual(
      local(2026, 11, 30, 19, 30),
    );
    // Sunday 6 December: Friday 4 December at 19:30.
    expect(lastDueMoment(weekdaysEvening, local(2026, 12, 6, 23, 0))).toEqual(
      local(2026, 12, 4, 19, 30),
    );
  });

  it('finds a moment exactly one week back for a plan of one day', () => {
    // Wednesday 2 December 06:00, plan Wednesdays 07:00: the Wednesday before.
    expect(lastDueMoment({ days: [3], times: ['07:00'] }, local(2026, 12, 2, 6, 0))).toEqual(
      local(2026, 11, 25, 7, 0),
    );
  });
});

describe('nudgeDue', () => {
  const evening = local(2026, 12, 2, 20, 15);

  it('nudges once today’s moment has passed and nothing was written since', () => {
    expect(nudgeDue(weekdaysEvening, evening, null, null)).toBe(true);
    expect(nudgeDue(weekdaysEvening, evening, local(2026, 12, 2, 9, 0).toISOString(), null)).toBe(
      true,
    );
  });

  it('is quiet after a diary form or a dismissal since the moment', () => {
    expect(nudgeDue(weekdaysEvening, evening, local(2026, 12, 2, 19, 45).toISOString(), null)).toBe(
      false,
    );
    expect(nudgeDue(weekdaysEvening, evening, null, local(2026, 12, 2, 19, 31).toISOString())).toBe(
      false,
    );
  });

  it('never nudges about an earlier day, nor without a plan', () => {
    // Thursday is not a chosen day: the last moment is Wednesday's, which is not today.
    expect(nudgeDue(weekdaysEvening, local(2026, 12, 3, 21, 0), null, null)).toBe(false);
    expect(nudgeDue(undefined, evening, null, null)).toBe(false);
  });
});

describe('lastDue', () => {
  it("names the plan's own time, also on the day the clocks go forward", () => {
    // Sunday 29 March 2026: in Amsterdam 02:30 does not exist (the clock jumps to 03:00), and
    // the moment becomes 03:30; elsewhere it is 02:30. The time a person chose stays 02:30.
    const plan = { days: [7], times: ['02:30', '21:00'] } as const;
    const noon = new Date(2026, 2, 29, 12, 0);
    const due = lastDue({ days: [...plan.days], times: [...plan.times] }, noon);
    expect(due?.time).toBe('02:30');
    expect(due?.moment.getTime()).toBeLessThanOrEqual(noon.getTime());
    expect(
      lastDue({ days: [7], times: ['02:30', '21:00'] }, new Date(2026, 2, 29, 22, 0))?.time,
    ).toBe('21:00');
  });
});
