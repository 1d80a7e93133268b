// Open assignments, by hand: an assignment stays open through its last day, one without an
// end stays open, deleted ones are gone; the next come first (by start, undated last).
import { describe, expect, it } from 'vitest';
import { openAssignments } from '../../../src/domain/coach/open-assignments';
import type { DayKey } from '../../../src/domain/dates';
import { assignment, CLIENT } from './records';

const today = '2026-11-20' as DayKey;

describe('openAssignments', () => {
  it('keeps those not yet ended, the next first', () => {
    const list = [
      assignment(1, CLIENT, { title: 'ended', startsOn: '2026-11-01', endsOn: '2026-11-19' }),
      assignment(2, CLIENT, { title: 'last day', startsOn: '2026-11-10', endsOn: '2026-11-20' }),
      assignment(3, CLIENT, { title: 'undated' }),
      assignment(4, CLIENT, { title: 'soon', startsOn: '2026-11-05', endsOn: '2026-12-01' }),
      assignment(5, CLIENT, {
        title: 'deleted',
        endsOn: '2026-12-31',
        deletedAt: '2026-11-02T00:00:00.000Z',
      }),
    ];
    expect(openAssignments(list, today).map((a) => a.title)).toEqual([
      'soon',
      'last day',
      'undated',
    ]);
  });

  it('reads an end stored as an instant (older files) as its day', () => {
    // Local midnight of 20 November in Amsterdam, as older files stored it.
    const old = assignment(6, CLIENT, { title: 'old', endsOn: '2026-11-19T23:00:00.000Z' });
    expect(openAssignments([old], today).map((a) => a.title)).toEqual(['old']);
    expect(openAssignments([old], '2026-11-21' as DayKey)).toEqual([]);
  });
});
