// The timeline of phases and the per-phase counts of linked items, computed by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countByPhase,
  daysBetween,
  dayToIso,
  isDayKey,
  moveItem,
  newestFirst,
  type PhaseEntry,
  phaseTimeline,
} from '../../../src/domain/trajectory';

const at = (day: string) => dayToIso(day);
const history: PhaseEntry[] = [
  { phase: 'attending', since: at('2026-09-01') },
  { phase: 'creating', since: at('2026-10-01'), note: 'now' },
];

describe('phaseTimeline', () => {
  it('gives each phase its days: 30 days of attending, then creating up to today', () => {
    expect(phaseTimeline(history, '2026-10-11')).toEqual([
      {
        phase: 'attending',
        from: '2026-09-01',
        to: '2026-10-01',
        days: 30,
        note: undefined,
        index: 0,
      },
      { phase: 'creating', from: '2026-10-01', to: undefined, days: 10, note: 'now', index: 1 },
    ]);
  });

  it('counts whole days across a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('isDayKey', () => {
  it('accepts real days only', () => {
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(isDayKey('26-01-01')).toBe(false);
  });
});

describe('countByPhase', () => {
  it('uses the phase an item names, else the phase of its day, and skips deleted items', () => {
    const items = [
      { occurredAt: at('2026-09-10') },
      { occurredAt: at('2026-09-20'), phase: 'anchoring' as const },
      { occurredAt: at('2026-10-02') },
      { occurredAt: at('2026-10-03') },
      { occurredAt: at('2026-10-04'), deletedAt: at('2026-10-05') },
    ];
    expect(countByPhase(items, history)).toEqual({ attending: 1, creating: 2, anchoring: 1 });
  });

  it('lists live items newest first', () => {
    const items = [
      { occurredAt: at('2026-09-10'), id: 'a' },
      { occurredAt: at('2026-10-10'), id: 'b' },
      { occurredAt: at('2026-10-01'), id: 'c', deletedAt: at('2026-10-02') },
    ];
    expect(newestFirst(items).map((item) => item.id)).toEqual(['b', 'a']);
  });
});

describe('moveItem', () => {
  it('moves an item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('never loses or adds items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(20), fc.nat(20), (items, from, to) => {
        const moved = moveItem(items, from, to);
        expect([...moved].sort()).toEqual([...items].sort());
      }),
    );
  });
});
