import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlationMatrix, pairsAtThreshold } from '../../../../src/domain/zkm/correlation-matrix';
import { pearson } from '../../../../src/domain/zkm/pearson';
import { constantRatings, list16, ratingsInOrder } from './fixtures';

const repeat = (block: number[], times: number) =>
  Array.from({ length: times }, () => block).flat();

// Over 16 terms (hand-computed, four blocks of four):
// A = 1,2,3,4 …; B = 2,1,4,3 …; E = 5 − A = 4,3,2,1 …
// ΣA = ΣB = 40, ΣA² = ΣB² = 120, ΣAB = 112 → r(A,B) = (16·112 − 1600)/(16·120 − 1600) = 0.6
// ΣB(5 − A) = 5·40 − 112 = 88 → r(B,E) = (16·88 − 1600)/320 = −192/320 = −0.6
// E is A mirrored → r(A,E) = −1.
const A = ratingsInOrder(list16, repeat([1, 2, 3, 4], 4));
const B = ratingsInOrder(list16, repeat([2, 1, 4, 3], 4));
const C = constantRatings(list16, 3);
const { joy: _joy, ...D } = A;
const E = ratingsInOrder(list16, repeat([4, 3, 2, 1], 4));

const items = [
  { id: 'A', ratings: A },
  { id: 'B', ratings: B },
  { id: 'C', ratings: C },
  { id: 'D', ratings: D },
  { id: 'E', ratings: E },
];

describe('correlationMatrix', () => {
  it('holds r per pair, null for constant or incomplete profiles (hand-computed)', () => {
    const m = correlationMatrix(list16, items);
    expect(m.ids).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(m.r).toEqual([
      [1, 0.6, null, null, -1],
      [0.6, 1, null, null, -0.6],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [-1, -0.6, null, null, 1],
    ]);
  });

  it('is empty for no valuations', () => {
    expect(correlationMatrix(list16, [])).toEqual({ ids: [], r: [] });
  });

  it('is symmetric, 1 on the diagonal for non-constant profiles, and equals pearson (property)', () => {
    const profile = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(fc.array(profile, { minLength: 1, maxLength: 8 }), (profiles) => {
        const m = correlationMatrix(
          list16,
          profiles.map((p, i) => ({ id: `v${i}`, ratings: ratingsInOrder(list16, p) })),
        );
        profiles.forEach((x, i) => {
          const constant = x.every((v) => v === x[0]);
          expect(m.r[i]?.[i]).toBe(constant ? null : 1);
          profiles.forEach((y, j) => {
            expect(m.r[i]?.[j]).toBe(m.r[j]?.[i]);
            expect(m.r[i]?.[j]).toBe(pearson(x, y));
          });
        });
      }),
    );
  });
});

describe('pairsAtThreshold', () => {
  const m = correlationMatrix(list16, items);

  it('lists pairs with |r| at or above the threshold, strongest first, then by position', () => {
    expect(pairsAtThreshold(m, 0.6)).toEqual([
      { i: 0, j: 4, aId: 'A', bId: 'E', r: -1 },
      { i: 0, j: 1, aId: 'A', bId: 'B', r: 0.6 },
      { i: 1, j: 4, aId: 'B', bId: 'E', r: -0.6 },
    ]);
  });

  it('leaves out pairs just below the threshold, the diagonal and undefined r', () => {
    expect(pairsAtThreshold(m, 0.61)).toEqual([{ i: 0, j: 4, aId: 'A', bId: 'E', r: -1 }]);
    expect(pairsAtThreshold(m, 0)).toHaveLength(3);
    expect(pairsAtThreshold(m, 1.01)).toEqual([]);
  });

  it('lists each pair once with i < j (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (threshold) => {
        const pairs = pairsAtThreshold(m, threshold);
        return pairs.every((p) => p.i < p.j && Math.abs(p.r) >= threshold);
      }),
    );
  });
});
