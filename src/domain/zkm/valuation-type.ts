// The type (affective pattern) of a valuation from its indices and the list's thresholds.
import type { TypeThresholds } from '../records/affect-list';
import type { Indices } from './indices';

/** The motive parts, in the order they are tested (first match wins) and displayed. */
export const MOTIVES = ['S', 'O', 'HH', 'LL', 'mixed'] as const;
/** Motive part of a type: S-type, O-type, both high, both low, or mixed. */
export type Motive = (typeof MOTIVES)[number];

/** The signs, in display order: positive, negative, ambivalent. */
export const SIGNS = ['+', '-', '±'] as const;
/** Sign part of a type: '+' positive, '-' negative, '±' ambivalent. */
export type Sign = (typeof SIGNS)[number];

/** A valuation's type, e.g. { motive: 'S', sign: '+' } for +S (Dutch +Z). */
export interface ValuationType {
  readonly motive: Motive;
  readonly sign: Sign;
}

/** A language-neutral key for a type, e.g. '+S', '-HH', '±mixed' (for counting and lookups). */
export type ValuationTypeKey = `${Sign}${Motive}`;

/** Every type key, motive-major in MOTIVES order and SIGNS order within a motive. */
export const VALUATION_TYPE_KEYS: readonly ValuationTypeKey[] = MOTIVES.flatMap((motive) =>
  SIGNS.map((sign): ValuationTypeKey => `${sign}${motive}`),
);

/** The motive part; the rules are tested in order and the first that holds wins. */
export function classifyMotive(
  indices: Pick<Indices, 'S' | 'O'>,
  thresholds: TypeThresholds,
): Motive {
  const { S, O } = indices;
  const { h, d, l } = thresholds;
  // Order matters: a profile with S − O ≥ d and S, O ≥ h is S-type, not HH.
  if (S - O >= d) return 'S';
  if (O - S >= d) return 'O';
  if (S >= h && O >= h) return 'HH';
  if (S <= l && O <= l) return 'LL';
  return 'mixed';
}

/** The sign part: '+' if P − N ≥ p, '-' if N − P ≥ p, otherwise '±'. */
export function classifySign(indices: Pick<Indices, 'P' | 'N'>, thresholds: TypeThresholds): Sign {
  const { P, N } = indices;
  if (P - N >= thresholds.p) return '+';
  if (N - P >= thresholds.p) return '-';
  return '±';
}

/** The type of a valuation from its (complete) indices and the thresholds of its list. */
export function classifyValuation(indices: Indices, thresholds: TypeThresholds): ValuationType {
  return { motive: classifyMotive(indices, thresholds), sign: classifySign(indices, thresholds) };
}

/** The language-neutral key of a type, e.g. '+S'. */
export function valuationTypeKey(type: ValuationType): ValuationTypeKey {
  return `${type.sign}${type.motive}`;
}
