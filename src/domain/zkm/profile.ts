// Reads a ratings record against an affect list: the profile in list order, or what is missing.
import type { AffectListContent, AffectRatings } from '../records/affect-list';

/** Lowest point of the rating scale (0 = not at all). */
export const RATING_MIN = 0;
/** Highest point of the rating scale (5 = very much). */
export const RATING_MAX = 5;

/** True when `value` is a rating on the scale: an integer from RATING_MIN to RATING_MAX. */
export function isRating(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= RATING_MIN &&
    value <= RATING_MAX
  );
}

/** A profile read against a list: either every term is rated, or the unrated term ids. */
export type ProfileReading =
  | { readonly complete: true; readonly values: readonly number[] }
  | { readonly complete: false; readonly missingTermIds: readonly string[] };

/** Reads `ratings` in the list's term order; a term without a valid rating counts as missing. */
export function readProfile(
  list: Pick<AffectListContent, 'terms'>,
  ratings: AffectRatings,
): ProfileReading {
  const values: number[] = [];
  const missingTermIds: string[] = [];
  for (const term of list.terms) {
    // Own properties only: a term id such as "constructor" must not read Object.prototype.
    const value = Object.hasOwn(ratings, term.id) ? ratings[term.id] : undefined;
    // Out-of-scale values cannot pass the schema; if one slips through we show no index
    // rather than an index built from bad data.
    if (isRating(value)) values.push(value);
    else missingTermIds.push(term.id);
  }
  return missingTermIds.length === 0
    ? { complete: true, values }
    : { complete: false, missingTermIds };
}
