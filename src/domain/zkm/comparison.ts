// A re-investigation beside the previous one: per valuation and per feeling, before and after.
import type { InvestigationRecord, ValuationRecord } from '../records/zkm';
import type { ProfileSummary } from './profile-summary';
import {
  type InvestigationSummary,
  summarizeInvestigation,
  type ValuationSummary,
} from './summary';
import { type TypeSpreadShift, typeSpreadShift } from './type-spread';

/** A valuation's line in the comparison; `before` and `after` are each summarized on their own list. */
export type ValuationComparisonRow =
  | {
      /** Continues an earlier valuation (linked by predecessorId). */
      readonly change: 'kept' | 'modified';
      /** The predecessor; null only when its id is not among the previous valuations. */
      readonly before: ValuationSummary | null;
      readonly after: ValuationSummary;
    }
  | { readonly change: 'new'; readonly before: null; readonly after: ValuationSummary }
  | {
      /** 'dropped': listed as dropped; 'unmarked': neither continued nor listed as dropped. */
      readonly change: 'dropped' | 'unmarked';
      readonly before: ValuationSummary;
      readonly after: null;
    };

/** A profile before and after (general or ideal feeling). */
export interface BeforeAfter {
  readonly before: ProfileSummary;
  readonly after: ProfileSummary;
}

/** The side-by-side reading of a re-investigation against the previous investigation. */
export interface InvestigationComparison {
  /** Current valuations in their order, then the previous ones that were not continued. */
  readonly valuations: readonly ValuationComparisonRow[];
  readonly generalFeeling: BeforeAfter;
  readonly idealFeeling: BeforeAfter;
  /** Counts per type before and after. */
  readonly typeShift: TypeSpreadShift;
  /** True when the two investigations used different terms or thresholds (scales may differ). */
  readonly listChanged: boolean;
  /** predecessorIds of current valuations that match no previous valuation. */
  readonly unmatchedPredecessorIds: readonly string[];
  /** Current valuations marked kept or modified that carry no predecessorId (shown as new). */
  readonly unlinkedValuationIds: readonly string[];
}

// Continuations: the stored change if it says kept or modified; otherwise the text decides
// (a predecessor link means it is not new, whatever `change` says).
function continuationChange(after: ValuationSummary, before: ValuationSummary | null) {
  if (after.change === 'kept' || after.change === 'modified') return after.change;
  return before !== null && before.text === after.text ? 'kept' : 'modified';
}

function sameList(a: InvestigationSummary['list'], b: InvestigationSummary['list']): boolean {
  const shape = (list: InvestigationSummary['list']) =>
    JSON.stringify([list.terms.map((t) => [t.id, t.index]), list.thresholds]);
  return shape(a) === shape(b);
}

/** Compares two summaries: `current` is the re-investigation of `previous`. */
export function compareSummaries(
  previous: InvestigationSummary,
  current: InvestigationSummary,
): InvestigationComparison {
  const previousById = new Map(previous.valuations.map((v) => [v.id, v]));
  const continued = new Set<string>();
  const unmatchedPredecessorIds: string[] = [];
  const unlinkedValuationIds: string[] = [];

  const rows: ValuationComparisonRow[] = current.valuations.map((after) => {
    if (after.predecessorId === undefined) {
      if (after.change === 'kept' || after.change === 'modified')
        unlinkedValuationIds.push(after.id);
      return { change: 'new', before: null, after };
    }
    const before = previousById.get(after.predecessorId) ?? null;
    if (before === null) unmatchedPredecessorIds.push(after.predecessorId);
    else continued.add(before.id);
    return { change: continuationChange(after, before), before, after };
  });

  // A continued valuation is shown with its successor even if it is also listed as dropped.
  const dropped = new Set(current.droppedValuationIds);
  for (const before of previous.valuations) {
    if (continued.has(before.id)) continue;
    rows.push({ change: dropped.has(before.id) ? 'dropped' : 'unmarked', before, after: null });
  }

  return {
    valuations: rows,
    generalFeeling: { before: previous.generalFeeling, after: current.generalFeeling },
    idealFeeling: { before: previous.idealFeeling, after: current.idealFeeling },
    typeShift: typeSpreadShift(previous.typeSpread, current.typeSpread),
    listChanged: !sameList(previous.list, current.list),
    unmatchedPredecessorIds,
    unlinkedValuationIds,
  };
}

/** An investigation with its valuations, as loaded from storage. */
export interface InvestigationWithValuations {
  readonly investigation: InvestigationRecord;
  readonly valuations: readonly ValuationRecord[];
}

/** Summarizes both investigations and compares them; `current` re-investigates `previous`. */
export function compareInvestigations(
  previous: InvestigationWithValuations,
  current: InvestigationWithValuations,
): InvestigationComparison {
  return compareSummaries(
    summarizeInvestigation(previous.investigation, previous.valuations),
    summarizeInvestigation(current.investigation, current.valuations),
  );
}
