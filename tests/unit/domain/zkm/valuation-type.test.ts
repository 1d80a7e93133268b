import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TypeThresholds } from '../../../../src/domain/records/affect-list';
import { computeIndices, type Indices } from '../../../../src/domain/zkm/indices';
import {
  classifyMotive,
  classifySign,
  classifyValuation,
  MOTIVES,
  SIGNS,
  VALUATION_TYPE_KEYS,
  valuationTypeKey,
} from '../../../../src/domain/zkm/valuation-type';
import { list16, list24, ratingsByIndex } from './fixtures';

/** Indices from the four sums (the differences follow). */
function idx(S: number, O: number, P = 10, N = 10): Indices {
  return { S, O, P, N, sMinusO: S - O, pMinusN: P - N };
}

// The 16-list project defaults: h = 9, d = 4, l = 6, p = 7.
const t16 = list16.thresholds;
// The practitioners' 24-list thresholds: h = 13, d = 5, p = 10 (l = 9 chosen for the test).
const t24 = list24.thresholds;

describe('motive on the 16-term list (h 9, d 4, l 6)', () => {
  it('uses the default thresholds this suite assumes', () => {
    expect(t16).toEqual({ h: 9, d: 4, l: 6, p: 7 });
  });

  it('S-type at S − O exactly d, not at d − 1', () => {
    expect(classifyMotive(idx(10, 6), t16)).toBe('S'); // 10 − 6 = 4 = d
    // 9 − 6 = 3 = d − 1; not HH (O 6 < 9), not LL (S 9 > 6): mixed
    expect(classifyMotive(idx(9, 6), t16)).toBe('mixed');
  });

  it('O-type at O − S exactly d, not at d − 1', () => {
    expect(classifyMotive(idx(6, 10), t16)).toBe('O'); // 10 − 6 = 4 = d
    expect(classifyMotive(idx(7, 10), t16)).toBe('mixed'); // 10 − 7 = 3; S 7 < h
  });

  it('HH at S and O exactly h, not when either is h − 1', () => {
    expect(classifyMotive(idx(9, 9), t16)).toBe('HH');
    expect(classifyMotive(idx(9, 8), t16)).toBe('mixed');
    expect(classifyMotive(idx(8, 9), t16)).toBe('mixed');
    expect(classifyMotive(idx(20, 20), t16)).toBe('HH');
  });

  it('LL at S and O exactly l, not when either is l + 1', () => {
    expect(classifyMotive(idx(6, 6), t16)).toBe('LL');
    expect(classifyMotive(idx(7, 6), t16)).toBe('mixed');
    expect(classifyMotive(idx(6, 7), t16)).toBe('mixed');
    expect(classifyMotive(idx(0, 0), t16)).toBe('LL');
  });

  it('first match wins: S-type before HH', () => {
    // S 20, O 10: S − O = 10 ≥ d and both ≥ h. Rule 1 comes first.
    expect(classifyMotive(idx(20, 10), t16)).toBe('S');
    // S 13, O 9: S − O = 4 = d, both ≥ h.
    expect(classifyMotive(idx(13, 9), t16)).toBe('S');
  });

  it('first match wins: O-type before HH, and S- or O-type before LL', () => {
    expect(classifyMotive(idx(9, 13), t16)).toBe('O'); // both ≥ h, O − S = 4
    expect(classifyMotive(idx(5, 0), t16)).toBe('S'); // both ≤ l, S − O = 5
    expect(classifyMotive(idx(0, 4), t16)).toBe('O'); // both ≤ l, O − S = 4
  });

  it('with d = 0, equal S and O are S-type (rule 1 holds first)', () => {
    const zero: TypeThresholds = { h: 9, d: 0, l: 6, p: 7 };
    expect(classifyMotive(idx(9, 9), zero)).toBe('S');
    expect(classifyMotive(idx(8, 9), zero)).toBe('O');
  });
});

describe('sign (p 7 on the 16-list)', () => {
  it('+ at P − N exactly p, ± at p − 1', () => {
    expect(classifySign({ P: 12, N: 5 }, t16)).toBe('+'); // 12 − 5 = 7
    expect(classifySign({ P: 11, N: 5 }, t16)).toBe('±'); // 6
  });

  it('− at N − P exactly p, ± at p − 1', () => {
    expect(classifySign({ P: 5, N: 12 }, t16)).toBe('-');
    expect(classifySign({ P: 5, N: 11 }, t16)).toBe('±');
  });

  it('± when P and N balance', () => {
    expect(classifySign({ P: 0, N: 0 }, t16)).toBe('±');
    expect(classifySign({ P: 20, N: 20 }, t16)).toBe('±');
  });

  it('with p = 0, a balance counts as + (first rule)', () => {
    expect(classifySign({ P: 4, N: 4 }, { h: 9, d: 4, l: 6, p: 0 })).toBe('+');
  });
});

describe('thresholds of a 24-term list (h 13, d 5, l 9, p 10)', () => {
  it('reads the boundaries with the list’s own thresholds', () => {
    expect(classifyMotive(idx(15, 10), t24)).toBe('S'); // 15 − 10 = 5 = d
    expect(classifyMotive(idx(14, 10), t24)).toBe('mixed'); // 4; O 10 < h, > l
    expect(classifyMotive(idx(10, 15), t24)).toBe('O');
    expect(classifyMotive(idx(13, 13), t24)).toBe('HH');
    expect(classifyMotive(idx(13, 12), t24)).toBe('mixed');
    expect(classifyMotive(idx(9, 9), t24)).toBe('LL');
    expect(classifyMotive(idx(10, 9), t24)).toBe('mixed');
    expect(classifySign({ P: 20, N: 10 }, t24)).toBe('+'); // 10 = p
    expect(classifySign({ P: 19, N: 10 }, t24)).toBe('±'); // 9
    expect(classifySign({ P: 10, N: 20 }, t24)).toBe('-');
  });

  it('the same sums type differently on the 16-list and the 24-list', () => {
    // S 9, O 9, P 17, N 9: on the 16-list HH (9 ≥ h 9) and + (8 ≥ p 7);
    // on the 24-list LL (9 ≤ l 9) and ± (8 < p 10).
    expect(classifyValuation(idx(9, 9, 17, 9), t16)).toEqual({ motive: 'HH', sign: '+' });
    expect(classifyValuation(idx(9, 9, 17, 9), t24)).toEqual({ motive: 'LL', sign: '±' });
  });

  it('classifies a rated 24-term profile end to end', () => {
    // S = 5+5+4+3+2+1 = 20, O = 3+2+2+2+2+2 = 13: S − O = 7 ≥ 5 → S (although both ≥ 13)
    // P = 1+1+1+1+1+1 = 6, N = 4+3+3+3+3+0 = 16: N − P = 10 = p → −
    const ratings = ratingsByIndex(list24, {
      S: [5, 5, 4, 3, 2, 1],
      O: [3, 2, 2, 2, 2, 2],
      P: [1, 1, 1, 1, 1, 1],
      N: [4, 3, 3, 3, 3, 0],
    });
    const result = computeIndices(list24, ratings);
    expect(result.complete).toBe(true);
    if (result.complete) {
      expect(result.indices).toMatchObject({ S: 20, O: 13, P: 6, N: 16 });
      expect(classifyValuation(result.indices, t24)).toEqual({ motive: 'S', sign: '-' });
    }
  });
});

describe('type keys', () => {
  it('has fifteen distinct keys, motive-major', () => {
    expect(VALUATION_TYPE_KEYS).toHaveLength(MOTIVES.length * SIGNS.length);
    expect(new Set(VALUATION_TYPE_KEYS).size).toBe(15);
    expect(VALUATION_TYPE_KEYS.slice(0, 4)).toEqual(['+S', '-S', '±S', '+O']);
    expect(valuationTypeKey({ motive: 'mixed', sign: '±' })).toBe('±mixed');
  });

  it('every classification is one of the keys, and matches the rules (property)', () => {
    const sum = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(sum, sum, sum, sum, (S, O, P, N) => {
        const type = classifyValuation(idx(S, O, P, N), t24);
        expect(VALUATION_TYPE_KEYS).toContain(valuationTypeKey(type));
        // Re-derive the rules independently, as a table of conditions in order.
        const motive =
          S - O >= 5
            ? 'S'
            : O - S >= 5
              ? 'O'
              : S >= 13 && O >= 13
                ? 'HH'
                : S <= 9 && O <= 9
                  ? 'LL'
                  : 'mixed';
        const sign = P - N >= 10 ? '+' : N - P >= 10 ? '-' : '±';
        expect(type).toEqual({ motive, sign });
      }),
    );
  });

  it('swapping S and O swaps S- and O-type (property)', () => {
    const sum = fc.integer({ min: 0, max: 20 });
    const swap = { S: 'O', O: 'S', HH: 'HH', LL: 'LL', mixed: 'mixed' } as const;
    fc.assert(
      fc.property(
        sum,
        sum,
        (S, O) => classifyMotive(idx(O, S), t16) === swap[classifyMotive(idx(S, O), t16)],
      ),
    );
  });
});
