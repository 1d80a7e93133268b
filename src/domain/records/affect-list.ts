// Affect lists are data (domain §1): terms, labels per language, index per term, thresholds.
import { z } from '../zod';
import { recordBase } from './base';

/** The four indices a term can count towards. */
export const affectIndex = z.enum(['S', 'O', 'P', 'N']);
/** One of S, O, P, N. */
export type AffectIndex = z.infer<typeof affectIndex>;

/**
 * A term id, also the key of every rating of that term. `__proto__` is refused: as an object
 * key it would set the prototype instead of holding a rating, so a file from elsewhere with
 * such an id would lose ratings silently on the way in.
 */
export const affectTermId = z
  .string()
  .min(1)
  .max(64)
  .refine((id) => id !== '__proto__', { message: 'This term id is not allowed' });

/** One affect term: a stable id, labels per language, and its index. */
export const affectTerm = z.object({
  id: affectTermId,
  labels: z.object({ nl: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
  index: affectIndex,
});
/** An affect term. */
export type AffectTerm = z.infer<typeof affectTerm>;

/** Type thresholds of a list: h (high), d (dominance), l (low), p (sign). */
export const typeThresholds = z.object({
  h: z.number().int().min(0),
  d: z.number().int().min(0),
  l: z.number().int().min(0),
  p: z.number().int().min(0),
});
/** The thresholds the valuation types are read with. */
export type TypeThresholds = z.infer<typeof typeThresholds>;

/** The content of an affect list, without record header: what an investigation snapshots. */
export const affectListContent = z.object({
  name: z.string().min(1).max(200),
  /** Terms in rating order (mixed, never grouped by index). */
  terms: z
    .array(affectTerm)
    .min(4)
    .max(100)
    // A repeated id would count one rating twice in the indices.
    .refine((terms) => new Set(terms.map((term) => term.id)).size === terms.length, {
      message: 'Term ids must be unique',
    }),
  thresholds: typeThresholds,
});
/** An affect list's content. */
export type AffectListContent = z.infer<typeof affectListContent>;

/** A stored, editable affect list. */
export const affectListRecord = recordBase.extend(affectListContent.shape);
/** A stored affect list. */
export type AffectListRecord = z.infer<typeof affectListRecord>;

/** A valuation's (or feeling's) ratings: term id to an integer 0-5; missing terms are unrated. */
export const affectRatings = z
  .unknown()
  // zod leaves a `__proto__` key out of a record without a word: refuse it before that.
  .refine(
    (value) => typeof value !== 'object' || value === null || !Object.hasOwn(value, '__proto__'),
    { message: 'This term id is not allowed', path: ['__proto__'] },
  )
  .pipe(z.record(affectTermId, z.number().int().min(0).max(5)));
/** Ratings per term id. */
export type AffectRatings = z.infer<typeof affectRatings>;

/**
 * The rating of `termId`, or undefined when it is unrated. An own-property look-up: a term id
 * such as `constructor` or `toString` must not find what every object inherits.
 */
export function ratingOf(ratings: AffectRatings | undefined, termId: string): number | undefined {
  return ratings !== undefined && Object.hasOwn(ratings, termId) ? ratings[termId] : undefined;
}
