// Builders for ZKM tests: ratings per index in list order, a 24-term list, and records.
import type {
  AffectIndex,
  AffectListContent,
  AffectRatings,
} from '../../../../src/domain/records/affect-list';
import type { InvestigationRecord, ValuationRecord } from '../../../../src/domain/records/zkm';
import { defaultAffectList } from '../../../../src/domain/zkm/default-affect-list';

/** A deterministic v4-shaped UUID from a small number. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * Ratings built per index: `values.S[i]` goes to the i-th S term in list order, and so on.
 * Throws when the counts do not match the list, so a typo in a test cannot pass silently.
 */
export function ratingsByIndex(
  list: Pick<AffectListContent, 'terms'>,
  values: Record<AffectIndex, readonly number[]>,
): AffectRatings {
  const seen: Record<AffectIndex, number> = { S: 0, O: 0, P: 0, N: 0 };
  const ratings: AffectRatings = {};
  for (const term of list.terms) {
    const value = values[term.index][seen[term.index]];
    if (value === undefined) throw new Error(`No value for ${term.index} term ${term.id}`);
    ratings[term.id] = value;
    seen[term.index]++;
  }
  for (const index of ['S', 'O', 'P', 'N'] as const) {
    if (seen[index] !== values[index].length) throw new Error(`Too many values for ${index}`);
  }
  return ratings;
}

/** Ratings in list order from a flat array (one value per term). */
export function ratingsInOrder(
  list: Pick<AffectListContent, 'terms'>,
  values: readonly number[],
): AffectRatings {
  if (values.length !== list.terms.length) throw new Error('One value per term, please');
  return Object.fromEntries(list.terms.map((term, i) => [term.id, values[i] ?? 0]));
}

/** Every term of the list rated `value`. */
export function constantRatings(list: Pick<AffectListContent, 'terms'>, value: number) {
  return ratingsInOrder(
    list,
    list.terms.map(() => value),
  );
}

// The 16-list's mixed order followed by eight more, so each index has six terms.
const ORDER_24 = 'PSPNSPONOSONONSPSONPNPOS';

/** A 24-term list (six per index, mixed order) with the practitioners' thresholds. */
export const list24: AffectListContent = {
  name: 'Test 24',
  terms: [...ORDER_24].map((index, i) => ({
    id: `t${i + 1}`,
    labels: { en: `term ${i + 1}`, nl: `term ${i + 1}` },
    index: index as AffectIndex,
  })),
  thresholds: { h: 13, d: 5, p: 10, l: 9 },
};

/** The default 16-term list, re-exported for brevity. */
export const list16 = defaultAffectList;

const STAMP = '2026-11-02T08:15:00.000Z';
const OWNER = uuid(999);

/** A valid investigation record; override any field. */
export function investigation(
  overrides: Partial<InvestigationRecord> & Pick<InvestigationRecord, 'id'>,
): InvestigationRecord {
  return {
    ownerId: OWNER,
    createdAt: STAMP,
    updatedAt: STAMP,
    rev: 1,
    kind: 'first',
    startedAt: STAMP,
    questionVariant: 'career',
    questions: [],
    affectList: list16,
    generalFeeling: {},
    idealFeeling: {},
    ...overrides,
  };
}

/** A valid valuation record; override any field. */
export function valuation(
  overrides: Partial<ValuationRecord> & Pick<ValuationRecord, 'id' | 'investigationId'>,
): ValuationRecord {
  return {
    ownerId: OWNER,
    createdAt: STAMP,
    updatedAt: STAMP,
    rev: 1,
    text: `Valuation ${overrides.id}`,
    timeFrame: 'present',
    order: 0,
    ratings: {},
    ...overrides,
  };
}
