// The orders of the result cards, on hand-made rows: as listed, grouped by type in the types'
// display order, and by well-being (P − N) highest first; incomplete rows last.
import { describe, expect, it } from 'vitest';
import { orderResults } from '../../../../src/domain/zkm/result-order';
import type { ValuationSummary } from '../../../../src/domain/zkm/summary';
import type { Motive, Sign } from '../../../../src/domain/zkm/valuation-type';

function row(id: string, sign: Sign, motive: Motive, P: number, N: number): ValuationSummary {
  const indices = { S: 0, O: 0, P, N, sMinusO: 0, pMinusN: P - N };
  return {
    complete: true,
    indices,
    type: { sign, motive },
    gen: null,
    ideal: null,
    id,
    text: id,
    timeFrame: 'present',
    order: 0,
  };
}

const incomplete: ValuationSummary = {
  complete: false,
  missingTermIds: ['joy'],
  type: null,
  gen: null,
  ideal: null,
  id: 'x',
  text: 'x',
  timeFrame: 'past',
  order: 0,
};

// P − N: a 10, b −15, c 2, d 10 (ties with a, so a stays first).
const rows = [
  row('a', '+', 'S', 12, 2),
  incomplete,
  row('b', '-', 'S', 0, 15),
  row('c', '±', 'O', 5, 3),
  row('d', '+', 'S', 10, 0),
];

const ids = (groups: ReturnType<typeof orderResults>) =>
  groups.map((group) => [group.key, group.rows.map((r) => r.id)]);

describe('orderResults', () => {
  it('keeps the list order in one group without a heading', () => {
    expect(ids(orderResults(rows, 'list'))).toEqual([[null, ['a', 'x', 'b', 'c', 'd']]]);
  });

  it('sorts by P − N, highest first, ties in list order, incomplete last', () => {
    expect(ids(orderResults(rows, 'wellbeing'))).toEqual([[null, ['a', 'd', 'c', 'b', 'x']]]);
  });

  it('groups by type in display order (+S, −S, then ±O), incomplete last', () => {
    expect(ids(orderResults(rows, 'type'))).toEqual([
      ['+S', ['a', 'd']],
      ['-S', ['b']],
      ['±O', ['c']],
      ['incomplete', ['x']],
    ]);
  });
});
