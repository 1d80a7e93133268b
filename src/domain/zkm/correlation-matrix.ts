// Valuation × valuation correlations of the profiles, and the pairs that meet a threshold.
import type { AffectListContent, AffectRatings } from '../records/affect-list';
import { type Correlation, type ProfileStats, pearsonFromStats, profileStats } from './pearson';
import { readProfile } from './profile';

/** A symmetric matrix of r per pair of items; `r[i][j]` is null where r is undefined. */
export interface CorrelationMatrix {
  /** The item ids, in row (and column) order. */
  readonly ids: readonly string[];
  readonly r: readonly (readonly Correlation[])[];
}

/** A pair of items whose |r| met a threshold; i < j index into the matrix. */
export interface CorrelatedPair {
  readonly i: number;
  readonly j: number;
  readonly aId: string;
  readonly bId: string;
  readonly r: number;
}

/** The matrix from precomputed profile stats (null stats = incomplete profile). */
export function matrixFromStats(
  ids: readonly string[],
  stats: readonly (ProfileStats | null)[],
): CorrelationMatrix {
  const r: Correlation[][] = ids.map(() => ids.map((): Correlation => null));
  for (let i = 0; i < ids.length; i++) {
    const a = stats[i] ?? null;
    const row = r[i];
    if (a === null || row === undefined) continue;
    // Each pair is computed once and mirrored, so the matrix is symmetric by construction.
    for (let j = i; j < ids.length; j++) {
      const b = stats[j] ?? null;
      const mirror = r[j];
      if (b === null || mirror === undefined) continue;
      const value = pearsonFromStats(a, b);
      row[j] = value;
      mirror[i] = value;
    }
  }
  return { ids, r };
}

/** Pearson r over the profiles of every pair of `items` on `list`; the diagonal is r(x, x). */
export function correlationMatrix(
  list: Pick<AffectListContent, 'terms'>,
  items: readonly { readonly id: string; readonly ratings: AffectRatings }[],
): CorrelationMatrix {
  const stats = items.map((item) => {
    const profile = readProfile(list, item.ratings);
    return profile.complete ? profileStats(profile.values) : null;
  });
  return matrixFromStats(
    items.map((item) => item.id),
    stats,
  );
}

/** The pairs (i < j, diagonal excluded) with |r| ≥ threshold, strongest first, then by i, j. */
export function pairsAtThreshold(
  matrix: CorrelationMatrix,
  threshold: number,
): readonly CorrelatedPair[] {
  const pairs: CorrelatedPair[] = [];
  matrix.r.forEach((row, i) => {
    row.forEach((r, j) => {
      if (j <= i || r === null || !(Math.abs(r) >= threshold)) return;
      pairs.push({ i, j, aId: matrix.ids[i] ?? '', bId: matrix.ids[j] ?? '', r });
    });
  });
  pairs.sort((a, b) => Math.abs(b.r) - Math.abs(a.r) || a.i - b.i || a.j - b.j);
  return pairs;
}
