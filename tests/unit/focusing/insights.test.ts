// Insights over the session log, checked against counts worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyLocationCounts,
  byPeriod,
  byTheme,
  handlesUsed,
  periodStart,
  summarize,
} from '../../../src/domain/focusing/insights';
import { session } from './sessions';

const themeA = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const themeB = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

describe('summarize', () => {
  it('counts the right-distance share and felt-shift rate over answered sessions only', () => {
    const result = summarize([
      session([2026, 3, 2], { distanceEnd: 'right', feltShift: true }),
      session([2026, 3, 3], { distanceEnd: 'too-close', feltShift: false }),
      session([2026, 3, 4], { distanceEnd: 'right' }),
      session([2026, 3, 5], { distanceEnd: 'too-far', feltShift: true }),
      session([2026, 3, 6], {}),
    ]);
    // 2 of 4 noted distances are right; 2 of 3 answered felt shifts are yes.
    expect(result).toEqual({
      sessions: 5,
      distanceNoted: 4,
      endedRight: 2,
      rightShare: 0.5,
      shiftNoted: 3,
      shifts: 2,
      shiftRate: 2 / 3,
    });
  });

  it('leaves out sessions in progress and deleted ones', () => {
    const result = summarize([
      session([2026, 3, 2], { distanceEnd: 'right', status: 'in-progress' }),
      session([2026, 3, 3], { distanceEnd: 'right', deletedAt: new Date().toISOString() }),
      session([2026, 3, 4], { distanceEnd: 'too-close' }),
    ]);
    expect(result.sessions).toBe(1);
    expect(result.rightShare).toBe(0);
  });

  it('gives null, not 0, when nothing was noted', () => {
    const result = summarize([session([2026, 3, 2])]);
    expect(result.rightShare).toBeNull();
    expect(result.shiftRate).toBeNull();
    expect(summarize([]).sessions).toBe(0);
  });

  it('keeps rates between 0 and 1 and counts within the sessions', () => {
    const distances = fc.constantFrom(undefined, 'too-close', 'right', 'too-far') as fc.Arbitrary<
      'too-close' | 'right' | 'too-far' | undefined
    >;
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: distances, s: fc.option(fc.boolean(), { nil: undefined }) })),
        (items) => {
          const result = summarize(
            items.map((item) => session([2026, 1, 1], { distanceEnd: item.d, feltShift: item.s })),
          );
          expect(result.endedRight).toBeLessThanOrEqual(result.distanceNoted);
          expect(result.distanceNoted).toBeLessThanOrEqual(result.sessions);
          if (result.rightShare !== null) {
            expect(result.rightShare).toBeGreaterThanOrEqual(0);
            expect(result.rightShare).toBeLessThanOrEqual(1);
          }
          expect(result.shiftRate === null).toBe(result.shiftNoted === 0);
        },
      ),
    );
  });
});

describe('byPeriod', () => {
  it('starts weeks on Monday', () => {
    // 8 March 2026 is a Sunday; its week starts on Monday 2 March.
    const start = periodStart(new Date(2026, 2, 8, 23).toISOString(), 'week');
    expect([start.getFullYear(), start.getMonth(), start.getDate()]).toEqual([2026, 2, 2]);
    const monday = periodStart(new Date(2026, 2, 9, 0, 5).toISOString(), 'week');
    expect(monday.getDate()).toBe(9);
  });

  it('groups per week, keeping empty weeks between', () => {
    const result = byPeriod(
      [
        session([2026, 3, 3], { distanceEnd: 'too-close' }),
        session([2026, 3, 5], { distanceEnd: 'right' }),
        session([2026, 3, 18], { distanceEnd: 'right', feltShift: true }),
      ],
      'week',
    );
    expect(result.map((period) => period.start)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(result.map((period) => period.summary.rightShare)).toEqual([0.5, null, 1]);
    expect(result.map((period) => period.summary.sessions)).toEqual([2, 0, 1]);
  });

  it('groups per month across a year end', () => {
    const result = byPeriod(
      [session([2025, 11, 30], { feltShift: false }), session([2026, 1, 2], { feltShift: true })],
      'month',
    );
    expect(result.map((period) => period.start)).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ]);
    expect(result.map((period) => period.summary.shiftRate)).toEqual([0, null, 1]);
  });

  it('is empty without finished sessions', () => {
    expect(byPeriod([session([2026, 3, 3], { status: 'in-progress' })], 'week')).toEqual([]);
  });
});

describe('byTheme', () => {
  it('summarizes per theme, most sessions first, no theme last', () => {
    const result = byTheme([
      session([2026, 3, 1], { distanceEnd: 'right' }),
      session([2026, 3, 2], { themeId: themeB, distanceEnd: 'right' }),
      session([2026, 3, 3], { themeId: themeA, distanceEnd: 'too-close' }),
      session([2026, 3, 4], { themeId: themeA, distanceEnd: 'right' }),
      session([2026, 3, 5], { themeId: themeA }),
    ]);
    expect(
      result.map((item) => [item.themeId, item.summary.sessions, item.summary.rightShare]),
    ).toEqual([
      [themeA, 3, 0.5],
      [themeB, 1, 1],
      [undefined, 1, 1],
    ]);
  });
});

describe('handlesUsed', () => {
  it('counts handles regardless of case and spacing, showing the latest wording', () => {
    const result = handlesUsed([
      session([2026, 3, 1], { handle: 'een muur' }),
      session([2026, 3, 9], { handle: 'Een  Muur ' }),
      session([2026, 3, 5], { handle: 'zwaar' }),
      session([2026, 3, 6], { handle: '   ' }),
      session([2026, 3, 7], {}),
    ]);
    expect(result.map((item) => [item.handle, item.count])).toEqual([
      ['Een Muur', 2],
      ['zwaar', 1],
    ]);
  });
});

describe('bodyLocationCounts', () => {
  it('counts each location once per session, most frequent first, then head to feet', () => {
    const result = bodyLocationCounts([
      session([2026, 3, 1], { bodyLocations: ['stomach', 'chest', 'chest'] }),
      session([2026, 3, 2], { bodyLocations: ['chest', 'throat'] }),
      session([2026, 3, 3], { bodyLocations: ['stomach', 'elbow'] }),
      session([2026, 3, 4], { bodyLocations: ['head'], status: 'in-progress' }),
    ]);
    expect(result).toEqual([
      { location: 'chest', count: 2 },
      { location: 'stomach', count: 2 },
      { location: 'throat', count: 1 },
      { location: 'elbow', count: 1 },
    ]);
  });
});
