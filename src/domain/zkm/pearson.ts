// Pearson r between rating profiles (GEN, IDEAL, valuation × valuation), null where undefined.
import type { AffectListContent, AffectRatings } from '../records/affect-list';
import { readProfile } from './profile';

/** A correlation: r in [−1, 1], or null where r is undefined (shown as "n/a", never 0 or NaN). */
export type Correlation = number | null;

/** Precomputed sums of one profile, so a matrix costs O(k) per pair instead of re-reading. */
export interface ProfileStats {
  readonly values: readonly number[];
  readonly sum: number;
  /** n·Σx² − (Σx)²: n² times the variance; 0 exactly when the profile is constant. */
  readonly spread: number;
}

/** The sums Pearson r needs for one profile. */
export function profileStats(values: readonly number[]): ProfileStats {
  let sum = 0;
  let sumSquares = 0;
  for (const x of values) {
    sum += x;
    sumSquares += x * x;
  }
  return { values, sum, spread: values.length * sumSquares - sum * sum };
}

/** Pearson r from two profiles' stats; null if either is constant. Lengths must match. */
export function pearsonFromStats(a: ProfileStats, b: ProfileStats): Correlation {
  const n = a.values.length;
  if (n !== b.values.length) {
    throw new RangeError(`Profiles differ in length: ${n} and ${b.values.length}`);
  }
  // Ratings are small integers, so these sums are exact: a constant profile gives a spread
  // of exactly 0 (no epsilon needed) and r(x, x) comes out as exactly 1.
  if (a.spread <= 0 || b.spread <= 0) return null;
  let sumProducts = 0;
  for (let i = 0; i < n; i++) sumProducts += (a.values[i] ?? 0) * (b.values[i] ?? 0);
  const r = (n * sumProducts - a.sum * b.sum) / Math.sqrt(a.spread * b.spread);
  // Guard against rounding taking r a hair outside the range it has by definition.
  return Math.max(-1, Math.min(1, r));
}

/**
 * Pearson r of two equally long profiles of integer ratings; null when either has zero
 * variance (including fewer than two values). Throws a RangeError when the lengths differ.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): Correlation {
  return pearsonFromStats(profileStats(xs), profileStats(ys));
}

/** Pearson r over all terms of `list` between two ratings; null if either is incomplete. */
export function profileCorrelation(
  list: Pick<AffectListContent, 'terms'>,
  a: AffectRatings,
  b: AffectRatings,
): Correlation {
  const x = readProfile(list, a);
  const y = readProfile(list, b);
  if (!x.complete || !y.complete) return null;
  return pearson(x.values, y.values);
}
