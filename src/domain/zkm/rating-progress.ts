// Progress through the rating of an investigation: the items in rating order (valuations,
// then general and ideal feeling), how many ratings are done, and where to continue.
import type { AffectListContent, AffectRatings } from '../records/affect-list';
import { isRating } from './profile';

/** One thing to rate: an ordinary valuation, or the general or ideal feeling. */
export type RatingItem =
  | { readonly kind: 'valuation'; readonly id: string; readonly ratings: AffectRatings }
  | {
      readonly kind: 'general' | 'ideal';
      readonly id: 'general' | 'ideal';
      readonly ratings: AffectRatings;
    };

/** Counts of done and needed ratings. */
export interface RatingProgress {
  /** Ratings given, over all items. */
  readonly rated: number;
  /** Ratings needed: items × terms. */
  readonly total: number;
  /** Items with every term rated. */
  readonly completeItems: number;
  /** Position of the first item with an unrated term, or -1 when all are complete. */
  readonly firstIncomplete: number;
}

/** How many terms of `list` `ratings` has a valid rating for. */
export function ratedCount(list: Pick<AffectListContent, 'terms'>, ratings: AffectRatings): number {
  return list.terms.filter((term) => Object.hasOwn(ratings, term.id) && isRating(ratings[term.id]))
    .length;
}

/** The items in rating order: valuations (in their order) first, then general and ideal feeling. */
export function ratingItems(
  valuations: readonly { readonly id: string; readonly ratings: AffectRatings }[],
  generalFeeling: AffectRatings,
  idealFeeling: AffectRatings,
): RatingItem[] {
  return [
    ...valuations.map((v): RatingItem => ({ kind: 'valuation', id: v.id, ratings: v.ratings })),
    { kind: 'general', id: 'general', ratings: generalFeeling },
    { kind: 'ideal', id: 'ideal', ratings: idealFeeling },
  ];
}

/** The progress over `items` on `list`. */
export function ratingProgress(
  list: Pick<AffectListContent, 'terms'>,
  items: readonly { readonly ratings: AffectRatings }[],
): RatingProgress {
  let rated = 0;
  let completeItems = 0;
  let firstIncomplete = -1;
  items.forEach((item, position) => {
    const count = ratedCount(list, item.ratings);
    rated += count;
    if (count === list.terms.length) completeItems++;
    else if (firstIncomplete === -1) firstIncomplete = position;
  });
  return { rated, total: items.length * list.terms.length, completeItems, firstIncomplete };
}

/** The ratings with `termId` set to `value`, or removed when `value` is undefined; a new object. */
export function withRating(
  ratings: AffectRatings,
  termId: string,
  value: number | undefined,
): AffectRatings {
  const next: AffectRatings = { ...ratings };
  if (value === undefined) delete next[termId];
  else next[termId] = value;
  return next;
}
