// A valuation's affect profile term by term beside the general and the ideal feeling: the data
// of the profile chart and its table (what GEN and IDEAL summarise as one correlation each).
import type { AffectListContent, AffectRatings, AffectTerm } from '../records/affect-list';
import { isRating } from './profile';

/** One term: the valuation's rating and the two feelings' ratings (null = not rated). */
export interface ProfileRow {
  readonly term: AffectTerm;
  readonly value: number | null;
  readonly general: number | null;
  readonly ideal: number | null;
}

// Own properties only: a term id such as "constructor" must not read Object.prototype.
function ratingOf(ratings: AffectRatings, termId: string): number | null {
  const value = Object.hasOwn(ratings, termId) ? ratings[termId] : undefined;
  return isRating(value) ? value : null;
}

/** The rows of a profile in the list's term order. */
export function profileRows(
  list: Pick<AffectListContent, 'terms'>,
  ratings: AffectRatings,
  generalFeeling: AffectRatings,
  idealFeeling: AffectRatings,
): ProfileRow[] {
  return list.terms.map((term) => ({
    term,
    value: ratingOf(ratings, term.id),
    general: ratingOf(generalFeeling, term.id),
    ideal: ratingOf(idealFeeling, term.id),
  }));
}
