// A profile term by term beside the general and ideal feeling, in list order.
import { describe, expect, it } from 'vitest';
import { profileRows } from '../../../../src/domain/zkm/profile-rows';
import { list16 } from './fixtures';

describe('profileRows', () => {
  it('reads the three ratings of each term in list order, null where unrated', () => {
    const rows = profileRows(
      list16,
      { joy: 4, 'self-esteem': 2 },
      { joy: 1, 'self-esteem': 3, happiness: 0 },
      { joy: 5 },
    );
    expect(rows).toHaveLength(16);
    expect(rows.slice(0, 3).map((r) => [r.term.id, r.value, r.general, r.ideal])).toEqual([
      ['joy', 4, 1, 5],
      ['self-esteem', 2, 3, null],
      ['happiness', null, 0, null],
    ]);
  });

  it('ignores inherited keys and values off the 0–5 scale', () => {
    const ratings = JSON.parse('{"joy": 7, "__proto__": {"worry": 3}}');
    const rows = profileRows(list16, ratings, {}, {});
    expect(rows.find((r) => r.term.id === 'joy')?.value).toBeNull();
    expect(rows.find((r) => r.term.id === 'worry')?.value).toBeNull();
  });
});
