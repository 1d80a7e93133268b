// The orders the results' valuation cards can be shown in: as listed, grouped by type (in the
// types' display order), or by well-being (P − N, highest first). Incomplete valuations have
// neither type nor P − N, so they come last in the last two orders, in list order.

import type { ValuationSummary } from './summary';
import { VALUATION_TYPE_KEYS, type ValuationTypeKey, valuationTypeKey } from './valuation-type';

/** How the cards are ordered. */
export type ResultOrder = 'list' | 'type' | 'wellbeing';

/** Every order, in the order the control offers them. */
export const RESULT_ORDERS: readonly ResultOrder[] = ['list', 'type', 'wellbeing'];

/** A run of cards under one heading: a type, or 'incomplete', or null for no heading. */
export interface ResultGroup {
  readonly key: ValuationTypeKey | 'incomplete' | null;
  readonly rows: readonly ValuationSummary[];
}

/** The valuations in `order`, in groups (one group without a heading except when by type). */
export function orderResults(
  rows: readonly ValuationSummary[],
  order: ResultOrder,
): readonly ResultGroup[] {
  if (order === 'list') return [{ key: null, rows }];
  const incomplete = rows.filter((row) => !row.complete);
  const complete = rows.filter((row) => row.complete);
  if (order === 'wellbeing') {
    // Array.prototype.sort is stable: equal P − N keeps list order.
    const sorted = [...complete].sort(
      (a, b) => (b.complete ? b.indices.pMinusN : 0) - (a.complete ? a.indices.pMinusN : 0),
    );
    return [{ key: null, rows: [...sorted, ...incomplete] }];
  }
  const byType = new Map<ValuationTypeKey, ValuationSummary[]>();
  for (const row of complete) {
    if (!row.complete) continue;
    const key = valuationTypeKey(row.type);
    const group = byType.get(key);
    if (group) group.push(row);
    else byType.set(key, [row]);
  }
  const groups: ResultGroup[] = VALUATION_TYPE_KEYS.flatMap((key) => {
    const group = byType.get(key);
    return group ? [{ key, rows: group }] : [];
  });
  if (incomplete.length > 0) groups.push({ key: 'incomplete', rows: incomplete });
  return groups;
}
