// The weak-motive flag, by hand on the 16-term list's thresholds (h 9, d 4, l 6, p 7).
import { describe, expect, it } from 'vitest';
import { defaultAffectList } from '../../../../src/domain/zkm/default-affect-list';
import { isWeakMotive } from '../../../../src/domain/zkm/type-reading';
import { classifyValuation } from '../../../../src/domain/zkm/valuation-type';

const t = defaultAffectList.thresholds;
const typeOf = (S: number, O: number, P: number, N: number) =>
  classifyValuation({ S, O, P, N, sMinusO: S - O, pMinusN: P - N }, t);

describe('isWeakMotive', () => {
  it('flags an S-type whose S is at or below l', () => {
    // S 6, O 1: S − O = 5 ≥ d 4, so S-type; S 6 ≤ l 6: weak. N 14 − P 1 = 13 ≥ 7: −S.
    const type = typeOf(6, 1, 1, 14);
    expect(type).toEqual({ motive: 'S', sign: '-' });
    expect(isWeakMotive({ S: 6, O: 1 }, type, t)).toBe(true);
    // S 7 > l 6: not weak.
    expect(isWeakMotive({ S: 7, O: 2 }, typeOf(7, 2, 1, 14), t)).toBe(false);
  });

  it('flags an O-type whose O is at or below l, never HH, LL or mixed', () => {
    expect(isWeakMotive({ S: 0, O: 5 }, typeOf(0, 5, 0, 0), t)).toBe(true);
    expect(isWeakMotive({ S: 10, O: 10 }, typeOf(10, 10, 0, 0), t)).toBe(false); // HH
    expect(isWeakMotive({ S: 3, O: 2 }, typeOf(3, 2, 0, 0), t)).toBe(false); // LL
    expect(isWeakMotive({ S: 8, O: 7 }, typeOf(8, 7, 0, 0), t)).toBe(false); // mixed
  });
});
