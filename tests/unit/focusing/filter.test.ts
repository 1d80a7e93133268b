// History filters: date range (local days, inclusive), theme, distance at the end, felt shift.
import { describe, expect, it } from 'vitest';
import { filterSessions, isFiltering, noFilter } from '../../../src/domain/focusing/filter';
import { session } from './sessions';

const theme = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const a = session([2026, 3, 1, 0], { distanceEnd: 'too-close', feltShift: false });
const b = session([2026, 3, 5, 23], { themeId: theme, distanceEnd: 'right', feltShift: true });
const c = session([2026, 3, 9, 12], { themeId: theme });
const gone = session([2026, 3, 6], { deletedAt: new Date(2026, 3, 7).toISOString() });
const all = [a, b, c, gone];

describe('filterSessions', () => {
  it('hides deleted sessions and sorts newest first', () => {
    expect(filterSessions(all, noFilter)).toEqual([c, b, a]);
    expect(isFiltering(noFilter)).toBe(false);
  });

  it('includes both ends of the date range', () => {
    expect(filterSessions(all, { ...noFilter, from: '2026-03-01', to: '2026-03-05' })).toEqual([
      b,
      a,
    ]);
    expect(filterSessions(all, { ...noFilter, from: '2026-03-06' })).toEqual([c]);
  });

  it('filters by theme, distance and felt shift', () => {
    expect(filterSessions(all, { ...noFilter, themeId: theme })).toEqual([c, b]);
    expect(filterSessions(all, { ...noFilter, distanceEnd: 'too-close' })).toEqual([a]);
    expect(filterSessions(all, { ...noFilter, feltShift: 'yes' })).toEqual([b]);
    expect(filterSessions(all, { ...noFilter, feltShift: 'no' })).toEqual([a]);
    expect(isFiltering({ ...noFilter, feltShift: 'no' })).toBe(true);
  });
});
