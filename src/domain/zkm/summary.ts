// One pass over an investigation: every number its views show (domain §1), ready to render.
import type { AffectIndex, AffectListContent } from '../records/affect-list';
import { isLive } from '../records/live';
import type { InvestigationRecord, TimeFrame, ValuationRecord } from '../records/zkm';
import { type CorrelationMatrix, matrixFromStats } from './correlation-matrix';
import { affectHierarchy, type HierarchyRow } from './hierarchy';
import { indexMaxima } from './indices';
import { feelingStats, type ProfileSummary, statsOf, summarizeStats } from './profile-summary';
import { type TypeSpread, typeSpread } from './type-spread';

/** What became of a valuation in a re-investigation, as stored on the record. */
export type ValuationChange = NonNullable<ValuationRecord['change']>;

/** A valuation's row: its own fields plus its profile summary. */
export type ValuationSummary = ProfileSummary & {
  readonly id: string;
  readonly text: string;
  readonly timeFrame: TimeFrame;
  readonly order: number;
  readonly predecessorId?: string;
  readonly change?: ValuationChange;
};

/** Everything an investigation's views show, computed once. */
export interface InvestigationSummary {
  readonly investigationId: string;
  /** The list the investigation was rated on (its own snapshot). */
  readonly list: AffectListContent;
  /** Highest possible value per index on that list (5 × terms per index). */
  readonly indexMaxima: Readonly<Record<AffectIndex, number>>;
  /** General feeling: its GEN is r with itself (1, or null if constant), IDEAL is r with ideal. */
  readonly generalFeeling: ProfileSummary;
  /** Ideal feeling: its GEN is r with general feeling, IDEAL is r with itself. */
  readonly idealFeeling: ProfileSummary;
  /** Ordinary valuations, by `order` (ties by id). */
  readonly valuations: readonly ValuationSummary[];
  /** Ids of the valuations whose ratings are incomplete (no indices, type, GEN or IDEAL). */
  readonly incompleteValuationIds: readonly string[];
  /** Term totals over the ordinary valuations, ranked. */
  readonly hierarchy: readonly HierarchyRow[];
  /** r between every pair of valuations, in `valuations` order. */
  readonly matrix: CorrelationMatrix;
  /** Counts per type over the ordinary valuations. */
  readonly typeSpread: TypeSpread;
  /** Ids of the previous investigation's valuations dropped in this one. */
  readonly droppedValuationIds: readonly string[];
}

/**
 * Summarizes `investigation` with its valuations. Valuations of other investigations and
 * deleted ones (tombstones) are ignored. O(n²·k) for n valuations and k terms (the matrix).
 */
export function summarizeInvestigation(
  investigation: InvestigationRecord,
  valuations: readonly ValuationRecord[],
): InvestigationSummary {
  const list = investigation.affectList;
  const own = valuations
    .filter((v) => v.investigationId === investigation.id && isLive(v))
    // Copy before sorting: never reorder the caller's array. Id breaks ties deterministically.
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Each profile is read once; the stats feed GEN/IDEAL, the type and the matrix alike.
  const feelings = feelingStats(list, investigation.generalFeeling, investigation.idealFeeling);
  const stats = own.map((v) => statsOf(list, v.ratings));
  const rows: ValuationSummary[] = own.map((v, i) => ({
    ...summarizeStats(list, v.ratings, stats[i] ?? null, feelings),
    id: v.id,
    text: v.text,
    timeFrame: v.timeFrame,
    order: v.order,
    ...(v.predecessorId === undefined ? {} : { predecessorId: v.predecessorId }),
    ...(v.change === undefined ? {} : { change: v.change }),
  }));

  return {
    investigationId: investigation.id,
    list,
    indexMaxima: indexMaxima(list),
    generalFeeling: summarizeStats(list, investigation.generalFeeling, feelings.general, feelings),
    idealFeeling: summarizeStats(list, investigation.idealFeeling, feelings.ideal, feelings),
    valuations: rows,
    incompleteValuationIds: rows.filter((row) => !row.complete).map((row) => row.id),
    hierarchy: affectHierarchy(list, own),
    matrix: matrixFromStats(
      rows.map((row) => row.id),
      stats,
    ),
    typeSpread: typeSpread(rows.map((row) => row.type)),
    droppedValuationIds: investigation.droppedValuationIds ?? [],
  };
}
