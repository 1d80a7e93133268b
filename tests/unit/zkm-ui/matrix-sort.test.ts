// Sorting matrix rows by position, index, type and GEN; incomplete rows last, ties stable.
import { describe, expect, it } from 'vitest';
import { sortValuationRows } from '../../../src/domain/zkm/matrix-sort';
import type { ValuationSummary } from '../../../src/domain/zkm/summary';

function row(
  id: string,
  order: number,
  values?: {
    S: number;
    O: number;
    P: number;
    N: number;
    gen: number | null;
    motive: 'S' | 'O' | 'HH' | 'LL' | 'mixed';
    sign: '+' | '-' | '±';
  },
): ValuationSummary {
  if (!values)
    return {
      id,
      order,
      text: id,
      timeFrame: 'present',
      complete: false,
      missingTermIds: ['x'],
      type: null,
      gen: null,
      ideal: null,
    };
  return {
    id,
    order,
    text: id,
    timeFrame: 'present',
    complete: true,
    indices: {
      S: values.S,
      O: values.O,
      P: values.P,
      N: values.N,
      sMinusO: values.S - values.O,
      pMinusN: values.P - values.N,
    },
    type: { motive: values.motive, sign: values.sign },
    gen: values.gen,
    ideal: null,
  };
}

const rows = [
  row('a', 0, { S: 10, O: 2, P: 5, N: 9, gen: 0.2, motive: 'S', sign: '-' }),
  row('b', 1),
  row('c', 2, { S: 4, O: 12, P: 14, N: 1, gen: null, motive: 'O', sign: '+' }),
  row('d', 3, { S: 10, O: 10, P: 8, N: 8, gen: 0.9, motive: 'HH', sign: '±' }),
];

const ids = (sorted: ValuationSummary[]) => sorted.map((r) => r.id);

describe('sortValuationRows', () => {
  it('keeps the written order', () => {
    expect(ids(sortValuationRows([...rows].reverse(), 'order'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts an index highest first, ties in their order, incomplete last', () => {
    expect(ids(sortValuationRows(rows, 'S'))).toEqual(['a', 'd', 'c', 'b']);
    expect(ids(sortValuationRows(rows, 'sMinusO'))).toEqual(['a', 'd', 'c', 'b']);
    expect(ids(sortValuationRows(rows, 'pMinusN'))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('sorts types in the type order (S, O, HH, LL, mixed; + before − before ±)', () => {
    expect(ids(sortValuationRows(rows, 'type'))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('sorts GEN highest first with undefined r after the defined ones', () => {
    expect(ids(sortValuationRows(rows, 'gen'))).toEqual(['d', 'a', 'b', 'c']);
  });
});
