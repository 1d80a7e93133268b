// Setting up a re-investigation (domain §1): each earlier valuation is kept, modified (new
// wording, linked to its predecessor) or dropped. New valuations are added later, and
// everything is rated afresh, so no rating is carried over.

import { isLive } from '../records/live';
import type { TimeFrame, ValuationRecord } from '../records/zkm';

/** What the client decided for one earlier valuation. */
export type CarryDecision =
  | { readonly kind: 'kept' }
  | { readonly kind: 'modified'; readonly text: string }
  | { readonly kind: 'dropped' };

/** The fields of a valuation the re-investigation starts with. */
export interface CarriedValuation {
  readonly text: string;
  readonly timeFrame: TimeFrame;
  readonly questionKey?: string;
  readonly order: number;
  readonly predecessorId: string;
  readonly change: 'kept' | 'modified';
  readonly ratings: Record<string, number>;
}

/** Why a decision cannot be used yet, per earlier valuation id. */
export type CarryProblem = 'undecided' | 'empty-text' | 'too-long';

/** The plan, or the problems that stop it. */
export type CarryPlan =
  | {
      readonly ok: true;
      readonly valuations: readonly CarriedValuation[];
      readonly droppedValuationIds: readonly string[];
    }
  | { readonly ok: false; readonly problems: Readonly<Record<string, CarryProblem>> };

/** Longest wording a valuation may have (the record schema's limit). */
export const MAX_VALUATION_TEXT = 2000;

/**
 * Plans the start of a re-investigation from the previous investigation's valuations (in
 * their order; tombstones are skipped). Every one needs a decision; a modified wording must
 * not be empty. Carried valuations keep the previous order, renumbered from 0.
 */
export function planReinvestigation(
  previous: readonly Pick<
    ValuationRecord,
    'id' | 'text' | 'timeFrame' | 'questionKey' | 'order' | 'deletedAt'
  >[],
  decisions: Readonly<Record<string, CarryDecision | undefined>>,
): CarryPlan {
  const live = previous.filter(isLive).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const problems: Record<string, CarryProblem> = {};
  const valuations: CarriedValuation[] = [];
  const droppedValuationIds: string[] = [];
  for (const before of live) {
    const decision = Object.hasOwn(decisions, before.id) ? decisions[before.id] : undefined;
    if (decision === undefined) {
      problems[before.id] = 'undecided';
      continue;
    }
    if (decision.kind === 'dropped') {
      droppedValuationIds.push(before.id);
      continue;
    }
    const text = decision.kind === 'modified' ? decision.text.trim() : before.text;
    if (text === '') {
      problems[before.id] = 'empty-text';
      continue;
    }
    if (text.length > MAX_VALUATION_TEXT) {
      problems[before.id] = 'too-long';
      continue;
    }
    valuations.push({
      text,
      timeFrame: before.timeFrame,
      ...(before.questionKey === undefined ? {} : { questionKey: before.questionKey }),
      order: valuations.length,
      predecessorId: before.id,
      // Rewording to the very same text is keeping it.
      change: decision.kind === 'modified' && text !== before.text ? 'modified' : 'kept',
      ratings: {},
    });
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, valuations, droppedValuationIds };
}
