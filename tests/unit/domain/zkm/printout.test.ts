// The printout's figures by hand, on a four-term list (one term per index, so a profile is
// (s, o, p, n) and its index sums are the same numbers).
import { describe, expect, it } from 'vitest';
import type { AffectListContent } from '../../../../src/domain/records';
import { continuedCorrelation, printoutFigures } from '../../../../src/domain/zkm/printout';

const list: AffectListContent = {
  name: 'Vier',
  terms: [
    { id: 's', labels: { en: 's', nl: 's' }, index: 'S' },
    { id: 'o', labels: { en: 'o', nl: 'o' }, index: 'O' },
    { id: 'p', labels: { en: 'p', nl: 'p' }, index: 'P' },
    { id: 'n', labels: { en: 'n', nl: 'n' }, index: 'N' },
  ],
  thresholds: { h: 3, d: 1, l: 1, p: 1 },
};
const rated = (s: number, o: number, p: number, n: number) => ({ s, o, p, n });
const R3 = 3 / Math.sqrt(12); // 0.866…

describe('printoutFigures', () => {
  const valuations = [
    { timeFrame: 'past' as const, ratings: rated(1, 0, 2, 0) },
    { timeFrame: 'present' as const, ratings: rated(2, 1, 1, 3) },
    { timeFrame: 'present' as const, ratings: rated(3, 2, 0, 3) },
    // Incomplete and deleted valuations do not count.
    { timeFrame: 'future' as const, ratings: { s: 1, o: 1, p: 1 } },
    {
      timeFrame: 'future' as const,
      ratings: rated(5, 5, 5, 0),
      deletedAt: '2026-01-01T00:00:00.000Z',
    },
  ];
  const figures = printoutFigures(
    list,
    { general: rated(1, 2, 3, 4), ideal: rated(4, 3, 2, 1) },
    valuations,
  );

  it('correlates every pair of terms over the complete valuations', () => {
    // Columns: s [1,2,3], o [0,1,2], p [2,1,0], n [0,3,3].
    // r(s, n): deviations [−1,0,1] and [−2,1,1], products 3, squares 2 and 6: 3 / √12.
    const a = figures.affect;
    expect(a[0]?.[0]).toBe(1);
    expect(a[0]?.[1]).toBeCloseTo(1, 12);
    expect(a[0]?.[2]).toBeCloseTo(-1, 12);
    expect(a[0]?.[3]).toBeCloseTo(R3, 12);
    expect(a[2]?.[3]).toBeCloseTo(-R3, 12);
    expect(a[3]?.[1]).toBeCloseTo(R3, 12);
  });

  it('correlates the index sums (here the same numbers as the terms)', () => {
    expect(figures.sums[0]?.[3]).toBeCloseTo(R3, 12);
    expect(figures.sums[1]?.[2]).toBeCloseTo(-1, 12);
  });

  it('gives S − O and P − N per time frame as means, none for an empty frame', () => {
    expect(figures.frames).toEqual([
      { timeFrame: 'past', count: 1, sMinusO: 1, pMinusN: 2 },
      // (2−1 + 3−2) / 2 = 1; (1−3 + 0−3) / 2 = −2.5.
      { timeFrame: 'present', count: 2, sMinusO: 1, pMinusN: -2.5 },
      { timeFrame: 'future', count: 0, sMinusO: null, pMinusN: null },
    ]);
  });

  it('gives r(general, ideal), n/a when one is constant', () => {
    expect(figures.generalIdeal).toBeCloseTo(-1, 12);
    const flat = printoutFigures(
      list,
      { general: rated(2, 2, 2, 2), ideal: rated(4, 3, 2, 1) },
      [],
    );
    expect(flat.generalIdeal).toBeNull();
  });

  it('gives n/a for a term rated the same in every valuation, and for fewer than two', () => {
    const same = printoutFigures(list, { general: {}, ideal: {} }, [
      { timeFrame: 'past', ratings: rated(1, 2, 0, 0) },
      { timeFrame: 'past', ratings: rated(3, 2, 1, 0) },
    ]);
    expect(same.affect[1]?.[0]).toBeNull(); // o is 2 both times
    expect(same.affect[1]?.[1]).toBeNull();
    expect(same.affect[0]?.[2]).toBeCloseTo(1, 12);
    const one = printoutFigures(list, { general: {}, ideal: {} }, valuations.slice(0, 1));
    expect(one.affect[0]?.[0]).toBeNull();
    expect(one.generalIdeal).toBeNull();
  });
});

describe('continuedCorrelation', () => {
  it('correlates a valuation then and now on the same list', () => {
    // then [1,0,2,0] (mean .75), now [2,1,1,3] (mean 1.75): products −1.25, squares 2.75 each.
    const r = continuedCorrelation(
      { list, ratings: rated(1, 0, 2, 0) },
      { list, ratings: rated(2, 1, 1, 3) },
    );
    expect(r).toBeCloseTo(-1.25 / 2.75, 12);
  });

  it('is n/a across different lists, or with a constant profile', () => {
    const other = { ...list, terms: [...list.terms].reverse() };
    expect(
      continuedCorrelation(
        { list, ratings: rated(1, 0, 2, 0) },
        { list: other, ratings: rated(2, 1, 1, 3) },
      ),
    ).toBeNull();
    expect(
      continuedCorrelation(
        { list, ratings: rated(1, 1, 1, 1) },
        { list, ratings: rated(2, 1, 1, 3) },
      ),
    ).toBeNull();
  });
});
