// Sorting the rows of the matrix and index views: by position, an index, the type or GEN.
import type { ValuationSummary } from './summary';
import { VALUATION_TYPE_KEYS, valuationTypeKey } from './valuation-type';

/** What rows can be sorted by. */
export const MATRIX_SORT_KEYS = [
  'order',
  'S',
  'O',
  'P',
  'N',
  'sMinusO',
  'pMinusN',
  'type',
  'gen',
] as const;
/** A sort key of the matrix. */
export type MatrixSortKey = (typeof MATRIX_SORT_KEYS)[number];

// Lower sorts first; rows without a value (incomplete ratings, r undefined) come last.
function sortValue(row: ValuationSummary, key: MatrixSortKey): number | null {
  if (key === 'order') return row.order;
  if (!row.complete) return null;
  if (key === 'type') return VALUATION_TYPE_KEYS.indexOf(valuationTypeKey(row.type));
  if (key === 'gen') return row.gen === null ? null : -row.gen;
  // Indices sort highest first.
  return -row.indices[key];
}

/** The rows sorted by `key` (stable: ties keep their order); a new array. */
export function sortValuationRows(
  rows: readonly ValuationSummary[],
  key: MatrixSortKey,
): ValuationSummary[] {
  return rows
    .map((row, position) => ({ row, position, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.position - b.position;
        return a.value === null ? 1 : -1;
      }
      return a.value - b.value || a.position - b.position;
    })
    .map((entry) => entry.row);
}
