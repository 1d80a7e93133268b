// The S, O, P, N indices of one profile (domain §1): sums per index, and the two differences.
import type { AffectIndex, AffectListContent, AffectRatings } from '../records/affect-list';
import { RATING_MAX, readProfile } from './profile';

/** The indices of a completely rated profile. */
export interface Indices {
  /** Self-enhancement (Dutch Z): sum of the S terms. */
  readonly S: number;
  /** Contact and union (Dutch A): sum of the O terms. */
  readonly O: number;
  /** Sum of the positive terms. */
  readonly P: number;
  /** Sum of the negative terms. */
  readonly N: number;
  /** S − O: which motive dominates. */
  readonly sMinusO: number;
  /** P − N: well-being. */
  readonly pMinusN: number;
}

/** Indices exist only for a complete profile; otherwise the result names the unrated terms. */
export type IndicesResult =
  | { readonly complete: true; readonly indices: Indices }
  | { readonly complete: false; readonly missingTermIds: readonly string[] };

/** Sums a complete profile (values in list order) per index. */
export function indicesFromValues(
  list: Pick<AffectListContent, 'terms'>,
  values: readonly number[],
): Indices {
  const sums: Record<AffectIndex, number> = { S: 0, O: 0, P: 0, N: 0 };
  list.terms.forEach((term, i) => {
    sums[term.index] += values[i] ?? 0;
  });
  return { ...sums, sMinusO: sums.S - sums.O, pMinusN: sums.P - sums.N };
}

/** The indices of `ratings` on `list`, or the missing term ids when not every term is rated. */
export function computeIndices(
  list: Pick<AffectListContent, 'terms'>,
  ratings: AffectRatings,
): IndicesResult {
  const profile = readProfile(list, ratings);
  if (!profile.complete) return { complete: false, missingTermIds: profile.missingTermIds };
  return { complete: true, indices: indicesFromValues(list, profile.values) };
}

/** The highest value each index can reach on `list`: 5 × its number of terms (20 on the 16-list). */
export function indexMaxima(list: Pick<AffectListContent, 'terms'>): Record<AffectIndex, number> {
  const maxima: Record<AffectIndex, number> = { S: 0, O: 0, P: 0, N: 0 };
  for (const term of list.terms) maxima[term.index] += RATING_MAX;
  return maxima;
}
