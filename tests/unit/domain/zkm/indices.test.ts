import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AffectListContent, AffectRatings } from '../../../../src/domain/records/affect-list';
import { computeIndices, indexMaxima } from '../../../../src/domain/zkm/indices';
import { isRating, readProfile } from '../../../../src/domain/zkm/profile';
import { list16, list24, ratingsByIndex, ratingsInOrder } from './fixtures';

// One profile on the default list, in rating order:
// joy P4, self-esteem S5, happiness P3, worry N1, strength S4, enjoyment P2, caring O1,
// unhappiness N0, tenderness O2, self-confidence S5, love O3, despondency N2, intimacy O0,
// disappointment N1, pride S4, inner calm P3.
const handProfile = ratingsInOrder(list16, [4, 5, 3, 1, 4, 2, 1, 0, 2, 5, 3, 2, 0, 1, 4, 3]);

describe('computeIndices', () => {
  it('sums each index on the 16-term list (hand-computed)', () => {
    // S = self-esteem 5 + strength 4 + self-confidence 5 + pride 4 = 18
    // O = caring 1 + tenderness 2 + love 3 + intimacy 0 = 6
    // P = joy 4 + happiness 3 + enjoyment 2 + inner calm 3 = 12
    // N = worry 1 + unhappiness 0 + despondency 2 + disappointment 1 = 4
    // S − O = 18 − 6 = 12; P − N = 12 − 4 = 8
    expect(computeIndices(list16, handProfile)).toEqual({
      complete: true,
      indices: { S: 18, O: 6, P: 12, N: 4, sMinusO: 12, pMinusN: 8 },
    });
  });

  it('sums each index on a 24-term list (hand-computed)', () => {
    // S = 5+5+4+3+2+1 = 20; O = 6×1 = 6; P = 6×3 = 18; N = 0+1+0+1+0+1 = 3
    // S − O = 14; P − N = 15
    const ratings = ratingsByIndex(list24, {
      S: [5, 5, 4, 3, 2, 1],
      O: [1, 1, 1, 1, 1, 1],
      P: [3, 3, 3, 3, 3, 3],
      N: [0, 1, 0, 1, 0, 1],
    });
    expect(computeIndices(list24, ratings)).toEqual({
      complete: true,
      indices: { S: 20, O: 6, P: 18, N: 3, sMinusO: 14, pMinusN: 15 },
    });
  });

  it('gives negative differences when O and N dominate', () => {
    // S = 0+0+1+0 = 1; O = 5+5+5+4 = 19 → S − O = −18
    // P = 0+0+0+1 = 1; N = 5+4+4+3 = 16 → P − N = −15
    const ratings = ratingsByIndex(list16, {
      S: [0, 0, 1, 0],
      O: [5, 5, 5, 4],
      P: [0, 0, 0, 1],
      N: [5, 4, 4, 3],
    });
    expect(computeIndices(list16, ratings)).toEqual({
      complete: true,
      indices: { S: 1, O: 19, P: 1, N: 16, sMinusO: -18, pMinusN: -15 },
    });
  });

  it('names the missing terms, in list order, and gives no index values', () => {
    const { pride: _pride, love: _love, ...partial } = handProfile;
    const result = computeIndices(list16, partial);
    expect(result).toEqual({ complete: false, missingTermIds: ['love', 'pride'] });
    expect(result).not.toHaveProperty('indices');
  });

  it('treats an empty ratings record as missing every term', () => {
    const result = computeIndices(list16, {});
    expect(result.complete).toBe(false);
    if (!result.complete) expect(result.missingTermIds).toEqual(list16.terms.map((t) => t.id));
  });

  it('treats values off the 0..5 integer scale as missing', () => {
    for (const bad of [6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const ratings: AffectRatings = { ...handProfile, joy: bad };
      expect(computeIndices(list16, ratings)).toEqual({ complete: false, missingTermIds: ['joy'] });
    }
  });

  it('ignores ratings of terms that are not on the list', () => {
    expect(computeIndices(list16, { ...handProfile, elation: 5 })).toEqual(
      computeIndices(list16, handProfile),
    );
  });

  it('does not read inherited properties for term ids like "constructor"', () => {
    const list: AffectListContent = {
      name: 'Odd ids',
      terms: [
        { id: 'constructor', labels: { en: 'a', nl: 'a' }, index: 'S' },
        { id: 'toString', labels: { en: 'b', nl: 'b' }, index: 'O' },
        { id: 'valueOf', labels: { en: 'c', nl: 'c' }, index: 'P' },
        { id: '__proto__', labels: { en: 'd', nl: 'd' }, index: 'N' },
      ],
      thresholds: { h: 3, d: 1, l: 1, p: 2 },
    };
    expect(computeIndices(list, {})).toEqual({
      complete: false,
      missingTermIds: ['constructor', 'toString', 'valueOf', '__proto__'],
    });
  });

  it('holds the sum invariants for any complete profile (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 24, maxLength: 24 }),
        (v) => {
          const result = computeIndices(list24, ratingsInOrder(list24, v));
          if (!result.complete) return false;
          const { S, O, P, N, sMinusO, pMinusN } = result.indices;
          const total = v.reduce((a, b) => a + b, 0);
          return (
            S + O + P + N === total &&
            sMinusO === S - O &&
            pMinusN === P - N &&
            [S, O, P, N].every((x) => x >= 0 && x <= 30)
          );
        },
      ),
    );
  });

  it('reports exactly the removed terms as missing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 16, maxLength: 16 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 16 }),
        (values, removed) => {
          const ratings = ratingsInOrder(list16, values);
          const removedIds = new Set(removed.map((i) => list16.terms[i]?.id ?? ''));
          for (const id of removedIds) delete ratings[id];
          const expected = list16.terms.map((t) => t.id).filter((id) => removedIds.has(id));
          expect(computeIndices(list16, ratings)).toEqual({
            complete: false,
            missingTermIds: expected,
          });
        },
      ),
    );
  });
});

describe('readProfile and isRating', () => {
  it('reads values in list order, not in the order of the ratings object', () => {
    const reversed = Object.fromEntries(Object.entries(handProfile).reverse());
    expect(readProfile(list16, reversed)).toEqual({
      complete: true,
      values: [4, 5, 3, 1, 4, 2, 1, 0, 2, 5, 3, 2, 0, 1, 4, 3],
    });
  });

  it('accepts exactly the integers 0..5', () => {
    expect([0, 1, 2, 3, 4, 5].every(isRating)).toBe(true);
    expect([-1, 6, 0.5, '3', null, undefined, Number.NaN].some(isRating)).toBe(false);
  });
});

describe('indexMaxima', () => {
  it('is 5 × the terms per index: 20 on the 16-list, 30 on the 24-list', () => {
    expect(indexMaxima(list16)).toEqual({ S: 20, O: 20, P: 20, N: 20 });
    expect(indexMaxima(list24)).toEqual({ S: 30, O: 30, P: 30, N: 30 });
  });

  it('follows an uneven list', () => {
    const list: AffectListContent = {
      ...list16,
      terms: list16.terms.filter((t) => t.id !== 'pride' && t.id !== 'love' && t.id !== 'joy'),
    };
    // S lost pride, O lost love, P lost joy: 3 terms × 5 = 15 each; N keeps 4 × 5 = 20.
    expect(indexMaxima(list)).toEqual({ S: 15, O: 15, P: 15, N: 20 });
  });
});
