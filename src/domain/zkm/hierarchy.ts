// The affect hierarchy: each term's total over the ordinary valuations, ranked (domain §1).
import type { AffectListContent, AffectRatings, AffectTerm } from '../records/affect-list';
import { isRating } from './profile';

/** One term's place in the affect hierarchy. */
export interface HierarchyRow {
  readonly term: AffectTerm;
  /** Position of the term in the list (0-based), the tie-breaker. */
  readonly listPosition: number;
  /** Sum of the term's ratings over the valuations that rated it. */
  readonly total: number;
  /** How many valuations rated this term. */
  readonly ratedCount: number;
  /** How many valuations left this term unrated (were incomplete for it). */
  readonly missingCount: number;
  /** Competition rank, 1 = highest total; equal totals share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

/**
 * Ranks the terms of `list` by their total over `valuations`, highest first, ties in list
 * order. Pass ordinary valuations only: general and ideal feeling are not valuations.
 */
export function affectHierarchy(
  list: Pick<AffectListContent, 'terms'>,
  valuations: readonly { readonly ratings: AffectRatings }[],
): readonly HierarchyRow[] {
  const unranked = list.terms.map((term, listPosition) => {
    let total = 0;
    let ratedCount = 0;
    for (const { ratings } of valuations) {
      const value = Object.hasOwn(ratings, term.id) ? ratings[term.id] : undefined;
      if (isRating(value)) {
        total += value;
        ratedCount++;
      }
    }
    return { term, listPosition, total, ratedCount, missingCount: valuations.length - ratedCount };
  });
  // Explicit tie-break on list position, so the order never depends on the sort algorithm.
  unranked.sort((a, b) => b.total - a.total || a.listPosition - b.listPosition);
  const rows: HierarchyRow[] = [];
  unranked.forEach((row, i) => {
    const previous = rows[i - 1];
    const rank = previous !== undefined && previous.total === row.total ? previous.rank : i + 1;
    rows.push({ ...row, rank });
  });
  return rows;
}
