// A plain reading of GEN and IDEAL ("close to how you feel in general"). The method gives no
// bands for these r values (domain §1), so this app sets them: |r| of at least 0.5 is read as
// close (positive) or far (negative), anything between as only loosely related. Derived by the
// project, not published norms: the screens say they are a rough guide to talk about.
import type { Correlation } from './pearson';

/** The band of r at or above which a profile reads as close, and at or below −it as far. */
export const CLOSE_R = 0.5;

/** How close a valuation's profile is to the general or ideal feeling. */
export type CorrelationReading = 'close' | 'loose' | 'far' | 'none';

/** Every reading, in display order (for message maps and tests). */
export const CORRELATION_READINGS: readonly CorrelationReading[] = [
  'close',
  'loose',
  'far',
  'none',
];

/**
 * Reads r: 'close' when r ≥ 0.5, 'far' when r ≤ −0.5, 'loose' in between, and 'none' when r is
 * undefined (a constant profile: shown as "n/a", never read as 0).
 */
export function correlationReading(r: Correlation): CorrelationReading {
  if (r === null || !Number.isFinite(r)) return 'none';
  if (r >= CLOSE_R) return 'close';
  if (r <= -CLOSE_R) return 'far';
  return 'loose';
}
