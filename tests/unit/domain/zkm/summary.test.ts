import { describe, expect, it } from 'vitest';
import { investigationRecord, valuationRecord } from '../../../../src/domain/records/zkm';
import { pearson } from '../../../../src/domain/zkm/pearson';
import { summarizeInvestigation } from '../../../../src/domain/zkm/summary';
import { investigation, list24, ratingsInOrder, uuid, valuation } from './fixtures';
import { minusO, plusS, pmLL } from './profiles';

const repeat = (block: number[], times: number) =>
  Array.from({ length: times }, () => block).flat();

const INV = uuid(1);
// General feeling 2,1,4,3 …; ideal 1,2,3,4 … : r = 0.6 (see correlation-matrix.test.ts).
const general = repeat([2, 1, 4, 3], 4);
const ideal = repeat([1, 2, 3, 4], 4);
const inv = investigation({
  id: INV,
  generalFeeling: ratingsInOrder(investigation({ id: INV }).affectList, general),
  idealFeeling: ratingsInOrder(investigation({ id: INV }).affectList, ideal),
});
const list = inv.affectList;

const { love: _love, ...incomplete } = minusO;
const valuations = [
  valuation({ id: uuid(12), investigationId: INV, order: 2, ratings: incomplete }),
  valuation({ id: uuid(10), investigationId: INV, order: 0, ratings: plusS }),
  valuation({ id: uuid(11), investigationId: INV, order: 1, ratings: ratingsInOrder(list, ideal) }),
  valuation({ id: uuid(13), investigationId: INV, order: 3, ratings: minusO }),
  valuation({ id: uuid(14), investigationId: INV, order: 3, ratings: pmLL }),
  // Ignored: deleted, and a valuation of another investigation.
  valuation({
    id: uuid(15),
    investigationId: INV,
    order: 4,
    ratings: plusS,
    deletedAt: '2026-11-03T08:00:00.000Z',
  }),
  valuation({ id: uuid(16), investigationId: uuid(2), order: 0, ratings: plusS }),
];

describe('summarizeInvestigation', () => {
  it('works on records that pass the schemas', () => {
    expect(investigationRecord.safeParse(inv).success).toBe(true);
    for (const v of valuations) expect(valuationRecord.safeParse(v).success).toBe(true);
  });

  const s = summarizeInvestigation(inv, valuations);

  it('keeps this investigation’s live valuations, ordered by order then id', () => {
    expect(s.valuations.map((v) => v.id)).toEqual([
      uuid(10),
      uuid(11),
      uuid(12),
      uuid(13),
      uuid(14),
    ]);
    expect(s.investigationId).toBe(INV);
    expect(s.indexMaxima).toEqual({ S: 20, O: 20, P: 20, N: 20 });
  });

  it('gives each valuation its indices, type, GEN and IDEAL', () => {
    const [v10, v11, v12, v13, v14] = s.valuations;
    expect(v10).toMatchObject({
      complete: true,
      indices: { S: 20, O: 4, P: 16, N: 2, sMinusO: 16, pMinusN: 14 },
      type: { motive: 'S', sign: '+' },
    });
    // v11 has the ideal profile: IDEAL = 1, GEN = r(ideal, general) = 0.6.
    expect(v11).toMatchObject({ complete: true, gen: 0.6, ideal: 1 });
    expect(v12).toEqual(
      expect.objectContaining({ complete: false, missingTermIds: ['love'], type: null, gen: null }),
    );
    expect(v13).toMatchObject({ complete: true, type: { motive: 'O', sign: '-' } });
    // ±LL is constant (all 1s): indices and type exist, but GEN and IDEAL are undefined.
    expect(v14).toMatchObject({
      complete: true,
      type: { motive: 'LL', sign: '±' },
      gen: null,
      ideal: null,
    });
    if (v10?.complete) {
      const values = list.terms.map((t) => plusS[t.id] ?? -1);
      expect(v10.gen).toBe(pearson(values, general));
      expect(v10.ideal).toBe(pearson(values, ideal));
    }
  });

  it('summarizes general and ideal feeling against each other', () => {
    // General: GEN = r(general, general) = 1, IDEAL = 0.6. Ideal: GEN = 0.6, IDEAL = 1.
    expect(s.generalFeeling).toMatchObject({ complete: true, gen: 1, ideal: 0.6 });
    expect(s.idealFeeling).toMatchObject({ complete: true, gen: 0.6, ideal: 1 });
    // General 2,1,4,3 …: S = p2 1 + p5 2 + p10 1 + p15 4 = 8; O = p7 4 + p9 2 + p11 4 + p13 2 = 12
    expect(s.generalFeeling.complete && s.generalFeeling.indices).toMatchObject({ S: 8, O: 12 });
  });

  it('lists the incomplete valuations', () => {
    expect(s.incompleteValuationIds).toEqual([uuid(12)]);
  });

  it('builds the hierarchy over ordinary valuations only, not the feelings', () => {
    // pride is an S term: plusS 5, ideal-profile valuation p15 = 3, incomplete minusO 0,
    // minusO 0, pmLL 1 → 9. The deleted valuation and the feelings do not count.
    const pride = s.hierarchy.find((r) => r.term.id === 'pride');
    expect(pride).toMatchObject({ total: 9, ratedCount: 5, missingCount: 0 });
    const love = s.hierarchy.find((r) => r.term.id === 'love');
    // love is O: plusS 1, ideal p11 3, (missing), minusO 4 (third O term is 4), pmLL 1 → 9
    expect(love).toMatchObject({ total: 9, ratedCount: 4, missingCount: 1 });
  });

  it('builds the matrix in valuation order and the type spread', () => {
    expect(s.matrix.ids).toEqual(s.valuations.map((v) => v.id));
    expect(s.matrix.r[1]?.[1]).toBe(1);
    expect(s.matrix.r[2]?.every((r) => r === null)).toBe(true);
    expect(s.typeSpread.byType['+S']).toBe(1);
    expect(s.typeSpread.byType['-O']).toBe(1);
    expect(s.typeSpread.byType['±LL']).toBe(1);
    expect(s.typeSpread.untyped).toBe(1);
    expect(s.typeSpread.total).toBe(5);
    // The ideal-profile valuation (S 8, O 8, P 10, N 14, see the feelings test) is ±mixed.
    expect(s.typeSpread.byType['±mixed']).toBe(1);
  });

  it('shows incomplete feelings as incomplete and leaves every GEN and IDEAL null', () => {
    const bare = summarizeInvestigation(investigation({ id: INV }), valuations);
    expect(bare.generalFeeling).toMatchObject({ complete: false, gen: null, ideal: null });
    expect(bare.valuations.every((v) => v.gen === null && v.ideal === null)).toBe(true);
    expect(bare.valuations[0]?.type).toEqual({ motive: 'S', sign: '+' });
  });

  it("summarizes 50 valuations on a 30-term list (its speed is the benchmark's results_ms)", () => {
    const terms = [
      ...list24.terms,
      ...list24.terms.slice(0, 6).map((t) => ({ ...t, id: `x${t.id}` })),
    ];
    const list30 = { ...list24, terms };
    const big = investigation({
      id: INV,
      affectList: list30,
      generalFeeling: ratingsInOrder(
        list30,
        terms.map((_, i) => i % 6),
      ),
      idealFeeling: ratingsInOrder(
        list30,
        terms.map((_, i) => (i * 7) % 6),
      ),
    });
    const many = Array.from({ length: 50 }, (_, n) =>
      valuation({
        id: uuid(100 + n),
        investigationId: INV,
        order: n,
        ratings: ratingsInOrder(
          list30,
          terms.map((_, i) => (i * n + n) % 6),
        ),
      }),
    );
    const result = summarizeInvestigation(big, many);
    expect(result.valuations).toHaveLength(50);
    expect(result.matrix.r).toHaveLength(50);
    expect(result.matrix.r.every((row) => row.length === 50)).toBe(true);
    expect(result.hierarchy).toHaveLength(30);
  });
});
