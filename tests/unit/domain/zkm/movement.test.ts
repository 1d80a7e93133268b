// Movement of a continued valuation: P − N and S − O then and now, and the type, by hand.
import { describe, expect, it } from 'vitest';
import { movement, shift } from '../../../../src/domain/zkm/movement';
import { feelingStats, summarizeProfile } from '../../../../src/domain/zkm/profile-summary';
import { list16, ratingsByIndex } from './fixtures';
import { minusO, plusHH, plusS } from './profiles';

const none = feelingStats(list16, {}, {});
const summary = (ratings: Parameters<typeof summarizeProfile>[1]) =>
  summarizeProfile(list16, ratings, none);

describe('shift', () => {
  it('gives the change and its direction', () => {
    expect(shift(-3, 2)).toEqual({ before: -3, after: 2, delta: 5, direction: 'up' });
    expect(shift(16, 1)).toEqual({ before: 16, after: 1, delta: -15, direction: 'down' });
    expect(shift(4, 4)).toEqual({ before: 4, after: 4, delta: 0, direction: 'same' });
  });
});

describe('movement', () => {
  it('compares +S then with −O now', () => {
    // +S: S 20, O 4 (S − O 16), P 16, N 2 (P − N 14). −O: S 2, O 18 (−16), P 2, N 16 (−14).
    const moved = movement(summary(plusS), summary(minusO));
    expect(moved).toEqual({
      pMinusN: { before: 14, after: -14, delta: -28, direction: 'down' },
      sMinusO: { before: 16, after: -16, delta: -32, direction: 'down' },
      typeThen: { motive: 'S', sign: '+' },
      typeNow: { motive: 'O', sign: '-' },
      typeChanged: true,
    });
  });

  it("follows the example's 'asking for help': −S then, ±HH now", () => {
    // Then P 0, S 1+2+1+1 = 5, O 0, N 4+3+3+5 = 15: P − N −15, S − O 5; −S.
    const then = ratingsByIndex(list16, {
      P: [0, 0, 0, 0],
      S: [1, 2, 1, 1],
      O: [0, 0, 0, 0],
      N: [4, 3, 3, 5],
    });
    // Now P 2+2+2+1 = 7, S 3+2+3+2 = 10, O 3+2+2+2 = 9, N 2+1+1+1 = 5: P − N 2, S − O 1;
    // S and O both ≥ h 9 with a difference under d 4: HH; P − N 2 < p 7: ±.
    const now = ratingsByIndex(list16, {
      P: [2, 2, 2, 1],
      S: [3, 2, 3, 2],
      O: [3, 2, 2, 2],
      N: [2, 1, 1, 1],
    });
    expect(movement(summary(then), summary(now))).toEqual({
      pMinusN: { before: -15, after: 2, delta: 17, direction: 'up' },
      sMinusO: { before: 5, after: 1, delta: -4, direction: 'down' },
      typeThen: { motive: 'S', sign: '-' },
      typeNow: { motive: 'HH', sign: '±' },
      typeChanged: true,
    });
  });

  it('keeps the type when only the figures move', () => {
    // +HH: S 12, O 11, P 17, N 2; the same profile again moves by nothing.
    const moved = movement(summary(plusHH), summary(plusHH));
    expect(moved?.typeChanged).toBe(false);
    expect(moved?.pMinusN).toEqual({ before: 15, after: 15, delta: 0, direction: 'same' });
  });

  it('has no movement when either side is missing or not completely rated', () => {
    const { worry: _worry, ...incomplete } = plusS;
    expect(movement(null, summary(plusS))).toBeNull();
    expect(movement(summary(plusS), null)).toBeNull();
    expect(movement(summary(plusS), summary(incomplete))).toBeNull();
  });
});
