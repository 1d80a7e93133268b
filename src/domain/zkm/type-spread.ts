// The spread of types over valuations (counts per type), and its shift between investigations.
import {
  MOTIVES,
  type Motive,
  SIGNS,
  type Sign,
  VALUATION_TYPE_KEYS,
  type ValuationType,
  type ValuationTypeKey,
  valuationTypeKey,
} from './valuation-type';

/** How many valuations have each type; incomplete ones have no type and count as untyped. */
export interface TypeSpread {
  readonly byType: Readonly<Record<ValuationTypeKey, number>>;
  readonly byMotive: Readonly<Record<Motive, number>>;
  readonly bySign: Readonly<Record<Sign, number>>;
  /** Valuations without a type because their ratings are incomplete. */
  readonly untyped: number;
  /** All valuations counted, typed or not. */
  readonly total: number;
}

/** One line of a shift in the spread: a count before, after, and the difference. */
export interface CountShift<K extends string> {
  readonly key: K;
  readonly before: number;
  readonly after: number;
  /** after − before. */
  readonly delta: number;
}

/** The shift in the spread of types from one investigation to the next. */
export interface TypeSpreadShift {
  /** Every type key in VALUATION_TYPE_KEYS order, including those with zero counts. */
  readonly byType: readonly CountShift<ValuationTypeKey>[];
  readonly byMotive: readonly CountShift<Motive>[];
  readonly bySign: readonly CountShift<Sign>[];
  readonly untyped: CountShift<'untyped'>;
  readonly total: CountShift<'total'>;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Counts the types (null = incomplete, untyped) of a set of valuations. */
export function typeSpread(types: readonly (ValuationType | null)[]): TypeSpread {
  const byType = zeroes(VALUATION_TYPE_KEYS);
  const byMotive = zeroes(MOTIVES);
  const bySign = zeroes(SIGNS);
  let untyped = 0;
  for (const type of types) {
    if (type === null) {
      untyped++;
      continue;
    }
    byType[valuationTypeKey(type)]++;
    byMotive[type.motive]++;
    bySign[type.sign]++;
  }
  return { byType, byMotive, bySign, untyped, total: types.length };
}

function shift<K extends string>(key: K, before: number, after: number): CountShift<K> {
  return { key, before, after, delta: after - before };
}

/** Sets two spreads side by side, key by key, with the change in each count. */
export function typeSpreadShift(before: TypeSpread, after: TypeSpread): TypeSpreadShift {
  return {
    byType: VALUATION_TYPE_KEYS.map((k) => shift(k, before.byType[k], after.byType[k])),
    byMotive: MOTIVES.map((k) => shift(k, before.byMotive[k], after.byMotive[k])),
    bySign: SIGNS.map((k) => shift(k, before.bySign[k], after.bySign[k])),
    untyped: shift('untyped', before.untyped, after.untyped),
    total: shift('total', before.total, after.total),
  };
}
