import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pearson, profileCorrelation } from '../../../../src/domain/zkm/pearson';
import { constantRatings, list16, list24, ratingsInOrder } from './fixtures';

const ratingArray = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 5 }), { minLength: length, maxLength: length });
const nonConstant = (length: number) =>
  ratingArray(length).filter((xs) => xs.some((x) => x !== xs[0]));

describe('pearson', () => {
  it('matches a hand computation', () => {
    // x = 1,2,3,4; y = 2,1,4,3; n = 4
    // Σx = Σy = 10; Σx² = Σy² = 30; Σxy = 2+2+12+12 = 28
    // r = (4·28 − 10·10) / √((4·30 − 100)(4·30 − 100)) = 12 / 20 = 0.6
    expect(pearson([1, 2, 3, 4], [2, 1, 4, 3])).toBeCloseTo(0.6, 12);
  });

  it('matches further hand computations', () => {
    // x = 0,0,5; y = 0,5,5; n = 3
    // Σx = 5, Σy = 10, Σx² = 25, Σy² = 50, Σxy = 25
    // r = (3·25 − 5·10) / √((75 − 25)(150 − 100)) = 25 / √2500 = 25/50 = 0.5
    expect(pearson([0, 0, 5], [0, 5, 5])).toBe(0.5);
    // x = 1,2,3; y = 1,3,2: Σxy = 1+6+6 = 13; r = (3·13 − 36) / √(6·6) = 3/6 = 0.5
    expect(pearson([1, 2, 3], [1, 3, 2])).toBe(0.5);
    // x = 0,1,2,5; y = 5,2,1,0: Σx = Σy = 8, Σx² = Σy² = 30, Σxy = 0+2+2+0 = 4
    // r = (4·4 − 64) / (4·30 − 64) = −48 / 56 = −6/7
    expect(pearson([0, 1, 2, 5], [5, 2, 1, 0])).toBeCloseTo(-6 / 7, 12);
  });

  it('is exactly 1 and −1 for identical and mirrored profiles', () => {
    expect(pearson([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
  });

  it('is null, never 0 or NaN, when either profile has zero variance', () => {
    expect(pearson([3, 3, 3], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [0, 0, 0])).toBeNull();
    expect(pearson([4, 4], [4, 4])).toBeNull();
  });

  it('is null for fewer than two values', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([2], [3])).toBeNull();
  });

  it('throws on profiles of different lengths', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('stays within [−1, 1] (property)', () => {
    fc.assert(
      fc.property(ratingArray(30), ratingArray(30), (x, y) => {
        const r = pearson(x, y);
        return r === null || (r >= -1 && r <= 1 && !Number.isNaN(r));
      }),
    );
  });

  it('is null exactly when a profile is constant (property)', () => {
    fc.assert(
      fc.property(ratingArray(16), ratingArray(16), (x, y) => {
        const constant = (xs: number[]) => xs.every((v) => v === xs[0]);
        return (pearson(x, y) === null) === (constant(x) || constant(y));
      }),
    );
  });

  it('gives r(x, x) = 1 for every non-constant x (property)', () => {
    fc.assert(fc.property(nonConstant(24), (x) => pearson(x, x) === 1));
  });

  it('is symmetric (property)', () => {
    fc.assert(
      fc.property(ratingArray(16), ratingArray(16), (x, y) => pearson(x, y) === pearson(y, x)),
    );
  });

  it('gives r(x, 5 − x) = −1 for every non-constant x (property)', () => {
    fc.assert(
      fc.property(nonConstant(16), (x) => {
        const mirrored = x.map((v) => 5 - v);
        return pearson(x, mirrored) === -1;
      }),
    );
  });

  it('does not change when a profile is shifted by a constant (property)', () => {
    fc.assert(
      fc.property(nonConstant(16), nonConstant(16), fc.integer({ min: -5, max: 5 }), (x, y, c) => {
        const r = pearson(x, y);
        const shifted = pearson(
          x.map((v) => v + c),
          y,
        );
        return r !== null && shifted !== null && Math.abs(r - shifted) < 1e-12;
      }),
    );
  });
});

describe('profileCorrelation', () => {
  it('correlates over all terms of the list, in list order', () => {
    // Valuation: 1,2,3,4 repeated over the 16 terms; general feeling: 2,1,4,3 repeated.
    // Per block of four: Σx = Σy = 10, Σx² = Σy² = 30, Σxy = 28. Over four blocks (n = 16):
    // Σx = Σy = 40, Σx² = Σy² = 120, Σxy = 112
    // r = (16·112 − 1600) / (16·120 − 1600) = 192 / 320 = 0.6
    const valuation = ratingsInOrder(list16, [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]);
    const general = ratingsInOrder(list16, [2, 1, 4, 3, 2, 1, 4, 3, 2, 1, 4, 3, 2, 1, 4, 3]);
    expect(profileCorrelation(list16, valuation, general)).toBeCloseTo(0.6, 12);
  });

  it('is null when either profile is incomplete', () => {
    const full = ratingsInOrder(list16, [1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4]);
    const { joy: _joy, ...partial } = full;
    expect(profileCorrelation(list16, full, full)).toBe(1);
    expect(profileCorrelation(list16, partial, full)).toBeNull();
    expect(profileCorrelation(list16, full, partial)).toBeNull();
    expect(profileCorrelation(list16, full, {})).toBeNull();
  });

  it('is null when a profile on the 24-term list is constant', () => {
    const varied = ratingsInOrder(
      list24,
      list24.terms.map((_, i) => i % 6),
    );
    expect(profileCorrelation(list24, varied, constantRatings(list24, 3))).toBeNull();
    expect(profileCorrelation(list24, constantRatings(list24, 0), varied)).toBeNull();
    expect(profileCorrelation(list24, varied, varied)).toBe(1);
  });
});
