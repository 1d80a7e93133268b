// Rating progress: counts, where to continue, and setting or clearing one rating.
import { describe, expect, it } from 'vitest';
import {
  ratedCount,
  ratingItems,
  ratingProgress,
  withRating,
} from '../../../src/domain/zkm/rating-progress';

const list = {
  terms: [
    { id: 'a', labels: { nl: 'a', en: 'a' }, index: 'S' as const },
    { id: 'b', labels: { nl: 'b', en: 'b' }, index: 'O' as const },
    { id: 'c', labels: { nl: 'c', en: 'c' }, index: 'P' as const },
    { id: 'd', labels: { nl: 'd', en: 'd' }, index: 'N' as const },
  ],
};

describe('rating progress', () => {
  it('orders valuations first, then general and ideal feeling', () => {
    const items = ratingItems(
      [
        { id: 'v1', ratings: {} },
        { id: 'v2', ratings: {} },
      ],
      { a: 1 },
      {},
    );
    expect(items.map((item) => [item.kind, item.id])).toEqual([
      ['valuation', 'v1'],
      ['valuation', 'v2'],
      ['general', 'general'],
      ['ideal', 'ideal'],
    ]);
  });

  it('counts only valid ratings of terms on the list', () => {
    expect(ratedCount(list, { a: 0, b: 5, x: 3 })).toBe(2);
    expect(ratedCount(list, { a: 6, b: 2.5, c: -1 } as Record<string, number>)).toBe(0);
  });

  it('counts done and needed ratings and finds the first incomplete item', () => {
    const items: { ratings: Record<string, number> }[] = [
      { ratings: { a: 1, b: 2, c: 3, d: 4 } },
      { ratings: { a: 0, b: 0 } },
      { ratings: {} },
    ];
    expect(ratingProgress(list, items)).toEqual({
      rated: 6,
      total: 12,
      completeItems: 1,
      firstIncomplete: 1,
    });
    expect(ratingProgress(list, [items[0] ?? { ratings: {} }]).firstIncomplete).toBe(-1);
    expect(ratingProgress(list, [])).toEqual({
      rated: 0,
      total: 0,
      completeItems: 0,
      firstIncomplete: -1,
    });
  });

  it('sets and clears one rating without changing the input', () => {
    const ratings = { a: 1 };
    expect(withRating(ratings, 'b', 0)).toEqual({ a: 1, b: 0 });
    expect(withRating(ratings, 'a', undefined)).toEqual({});
    expect(ratings).toEqual({ a: 1 });
  });
});
