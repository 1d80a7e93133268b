// How a continued valuation moved between an investigation and its re-investigation: P − N and
// S − O then and now, and the type then and now. Material for the conversation, not a score.
import type { ProfileSummary } from './profile-summary';
import type { ValuationType } from './valuation-type';

/** Which way a difference moved; 'same' when it did not move. */
export type Direction = 'up' | 'down' | 'same';

/** One difference index then (`before`) and now (`after`), with the change (after − before). */
export interface Shift {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  readonly direction: Direction;
}

/** The movement of one valuation (or feeling) that was rated completely both times. */
export interface Movement {
  /** Well-being: P − N then and now. */
  readonly pMinusN: Shift;
  /** Motive balance: S − O then and now. */
  readonly sMinusO: Shift;
  readonly typeThen: ValuationType;
  readonly typeNow: ValuationType;
  /** True when the motive or the sign differs between then and now. */
  readonly typeChanged: boolean;
}

/** The shift from `before` to `after`. */
export function shift(before: number, after: number): Shift {
  const delta = after - before;
  return { before, after, delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' };
}

/**
 * The movement between two summaries of the same valuation, or null when either is missing or
 * not completely rated (then there is no P − N or S − O to compare).
 */
export function movement(
  before: ProfileSummary | null,
  after: ProfileSummary | null,
): Movement | null {
  if (before === null || after === null || !before.complete || !after.complete) return null;
  return {
    pMinusN: shift(before.indices.pMinusN, after.indices.pMinusN),
    sMinusO: shift(before.indices.sMinusO, after.indices.sMinusO),
    typeThen: before.type,
    typeNow: after.type,
    typeChanged: before.type.motive !== after.type.motive || before.type.sign !== after.type.sign,
  };
}
