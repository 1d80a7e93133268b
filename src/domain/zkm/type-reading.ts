// What a type may mean, offered as a hypothesis for the conversation (domain §1), and when its
// reading is uncertain: the dominant motive of an S- or O-type is itself low (at or below l).
import type { TypeThresholds } from '../records/affect-list';
import type { Indices } from './indices';
import type { ValuationType } from './valuation-type';

/**
 * True when the type's dominant motive is itself low: an S-type with S ≤ l or an O-type with
 * O ≤ l. The other motive is then lower still, so the profile may read more like powerlessness
 * (LL) than like the type's classic meaning. HH, LL and mixed have no single dominant motive.
 */
export function isWeakMotive(
  indices: Pick<Indices, 'S' | 'O'>,
  type: ValuationType,
  thresholds: Pick<TypeThresholds, 'l'>,
): boolean {
  if (type.motive === 'S') return indices.S <= thresholds.l;
  if (type.motive === 'O') return indices.O <= thresholds.l;
  return false;
}
