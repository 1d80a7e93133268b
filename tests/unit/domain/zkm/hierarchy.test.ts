import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AffectListContent, AffectRatings } from '../../../../src/domain/records/affect-list';
import { affectHierarchy } from '../../../../src/domain/zkm/hierarchy';
import { list24, ratingsInOrder } from './fixtures';

// A small list keeps the hand arithmetic readable: a S, b O, c P, d N, e S, f P.
const list6: AffectListContent = {
  name: 'Six',
  terms: [
    { id: 'a', labels: { en: 'a', nl: 'a' }, index: 'S' },
    { id: 'b', labels: { en: 'b', nl: 'b' }, index: 'O' },
    { id: 'c', labels: { en: 'c', nl: 'c' }, index: 'P' },
    { id: 'd', labels: { en: 'd', nl: 'd' }, index: 'N' },
    { id: 'e', labels: { en: 'e', nl: 'e' }, index: 'S' },
    { id: 'f', labels: { en: 'f', nl: 'f' }, index: 'P' },
  ],
  thresholds: { h: 7, d: 2, l: 3, p: 3 },
};

describe('affectHierarchy', () => {
  it('ranks term totals highest first, ties in list order (hand-computed)', () => {
    const valuations: { ratings: AffectRatings }[] = [
      { ratings: { a: 5, b: 1, c: 3, d: 0, e: 2, f: 4 } },
      { ratings: { a: 4, b: 2, c: 3, d: 1, e: 2, f: 0 } },
      { ratings: { a: 0, b: 2, d: 5, e: 2, f: 1 } }, // c unrated
    ];
    // a = 5+4+0 = 9; b = 1+2+2 = 5; c = 3+3 = 6 (one missing); d = 0+1+5 = 6;
    // e = 2+2+2 = 6; f = 4+0+1 = 5.
    // Order: a 9; then c, d, e at 6 in list order; then b, f at 5 in list order.
    // Competition ranks: 1; 2, 2, 2; 5, 5.
    const rows = affectHierarchy(list6, valuations);
    expect(rows.map((r) => [r.term.id, r.total, r.rank, r.ratedCount, r.missingCount])).toEqual([
      ['a', 9, 1, 3, 0],
      ['c', 6, 2, 2, 1],
      ['d', 6, 2, 3, 0],
      ['e', 6, 2, 3, 0],
      ['b', 5, 5, 3, 0],
      ['f', 5, 5, 3, 0],
    ]);
    expect(rows.map((r) => r.listPosition)).toEqual([0, 2, 3, 4, 1, 5]);
  });

  it('gives every term total 0 and rank 1, in list order, without valuations', () => {
    const rows = affectHierarchy(list6, []);
    expect(rows.map((r) => r.term.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(rows.every((r) => r.total === 0 && r.rank === 1 && r.missingCount === 0)).toBe(true);
  });

  it('counts invalid ratings as missing, not towards the total', () => {
    const rows = affectHierarchy(list6, [{ ratings: { a: 9, b: 1, c: 1, d: 1, e: 1, f: 1 } }]);
    const a = rows.find((r) => r.term.id === 'a');
    expect(a).toMatchObject({ total: 0, ratedCount: 0, missingCount: 1 });
  });

  it('keeps totals, counts and order consistent on a 24-term list (property)', () => {
    const profile = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), {
      minLength: 24,
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.array(profile, { maxLength: 12 }), (profiles) => {
        const valuations = profiles.map((values) => {
          const ratings = ratingsInOrder(
            list24,
            values.map((v) => v ?? 0),
          );
          values.forEach((v, i) => {
            if (v === undefined) delete ratings[list24.terms[i]?.id ?? ''];
          });
          return { ratings };
        });
        const rows = affectHierarchy(list24, valuations);
        expect(rows).toHaveLength(24);
        expect(new Set(rows.map((r) => r.term.id)).size).toBe(24);
        const allRatings = profiles.flat().filter((v) => v !== undefined);
        expect(rows.reduce((s, r) => s + r.total, 0)).toBe(allRatings.reduce((s, v) => s + v, 0));
        rows.forEach((row, i) => {
          expect(row.ratedCount + row.missingCount).toBe(valuations.length);
          const next = rows[i + 1];
          if (next === undefined) return;
          expect(row.total).toBeGreaterThanOrEqual(next.total);
          if (row.total === next.total) {
            expect(row.listPosition).toBeLessThan(next.listPosition);
            expect(next.rank).toBe(row.rank);
          } else {
            expect(next.rank).toBe(i + 2);
          }
        });
      }),
    );
  });
});
