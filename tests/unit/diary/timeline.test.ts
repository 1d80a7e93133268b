// The timeline's grouping by local day and its previews.
import { describe, expect, it } from 'vitest';
import { groupByDay, preview } from '../../../src/domain/diary/timeline';
import { entry } from './fixtures';

describe('groupByDay', () => {
  it('groups consecutive entries of the same local day, keeping their order', () => {
    const e1 = entry({ occurredAt: new Date(2026, 2, 3, 22, 0).toISOString() });
    const e2 = entry({ occurredAt: new Date(2026, 2, 3, 0, 5).toISOString() });
    const e3 = entry({ occurredAt: new Date(2026, 2, 2, 23, 59).toISOString() });
    expect(groupByDay([e1, e2, e3])).toEqual([
      { day: '2026-03-03', entries: [e1, e2] },
      { day: '2026-03-02', entries: [e3] },
    ]);
    expect(groupByDay([])).toEqual([]);
  });
});

describe('preview', () => {
  it('shows the first line, cut with an ellipsis', () => {
    expect(preview('Eerste regel\nTweede')).toBe('Eerste regel');
    expect(preview('abcdef', 4)).toBe('abc…');
    expect(preview('abcd', 4)).toBe('abcd');
  });

  it('never cuts an emoji in half', () => {
    expect(preview('😊😊😊😊😊', 3)).toBe('😊😊…');
  });
});
