// A template for the 24-term list (six terms per index) with the practitioners' published
// criteria: HH if S and O ≥ 13; S- or O-type if the difference ≥ 5; positive if P − N ≥ 10.
// The terms themselves are licensed and not public: the coach fills them in from their copy.
import type { AffectIndex } from '../records/affect-list';
import type { AffectListDraft } from './affect-list-draft';

// The index of each position, in a mixed order (never grouped: grouping biases ratings). The
// 16-term list's order, then its first eight positions' pattern again for the last eight.
const ORDER: readonly AffectIndex[] = [
  'P',
  'S',
  'P',
  'N',
  'S',
  'P',
  'O',
  'N',
  'O',
  'S',
  'O',
  'N',
  'O',
  'N',
  'S',
  'P',
  'S',
  'O',
  'P',
  'N',
  'S',
  'O',
  'P',
  'N',
];

/**
 * l (both motives low) is not published for the 24-term list; 9 is the 16-term list's ratio
 * (6 of 20) on a range of 0-30, for the coach to set as their practice has it.
 */
export const TEMPLATE_24_THRESHOLDS = { h: 13, d: 5, l: 9, p: 10 } as const;

/** The editor's draft of the 24-term template: ids and indices set, labels for the coach. */
export function template24Draft(name: string): AffectListDraft {
  return {
    name,
    terms: ORDER.map((index, i) => ({ id: `term-${i + 1}`, nl: '', en: '', index })),
    thresholds: {
      h: String(TEMPLATE_24_THRESHOLDS.h),
      d: String(TEMPLATE_24_THRESHOLDS.d),
      l: String(TEMPLATE_24_THRESHOLDS.l),
      p: String(TEMPLATE_24_THRESHOLDS.p),
    },
  };
}
