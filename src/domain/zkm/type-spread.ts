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

/** One line of a shift in the spread: a count then, now, and the difference. */
export interface CountShift<K extends string> {
  readonly key: K;
  readonly then: number;
  readonly now: number;
  /** now − then. */
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

function shift<K extends string>(key: K, then: number, now: number): CountShift<K> {
  return { key, then, now, delta: now - then };
}

/** Sets two spreads side by side, key by key, with the change in each count. */
export function typeSpreadShift(then: TypeSpread, now: TypeSpread): TypeSpreadShift {
  return {
    byType: VALUATION_TYPE_KEYS.map((k) => shift(k, then.byType[k], now.byType[k])),
    byMotive: MOTIVES.map((k) => shift(k, then.byMotive[k], now.byMotive[k])),
    bySign: SIGNS.map((k) => shift(k, then.bySign[k], now.bySign[k])),
    untyped: shift('untyped', then.untyped, now.untyped),
    total: shift('total', then.total, now.total),
  };
}
