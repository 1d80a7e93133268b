// Insights over the session log, checked against counts worked out by hand.
import { describe, expect, it } from 'vitest';
import { bodyLocationCounts, handlesUsed } from '../../../src/domain/focusing/insights';
import { session } from './sessions';

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
