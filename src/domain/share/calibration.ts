// Choosing the scrypt work factor: 18 by default, 17 on devices too slow for 18.

/** The work factor of the timing run: 16 times cheaper than 18, same algorithm. */
export const PROBE_WORK_FACTOR = 14;

/** The work factor used unless the device is too slow. */
export const PREFERRED_WORK_FACTOR = 18;
/** Never lower than this, however slow the device. */
export const FLOOR_WORK_FACTOR = 17;
/** Longest acceptable time for one scrypt run at the chosen factor, in milliseconds. */
export const SCRYPT_BUDGET_MS = 5000;

/**
 * The work factor to write, from one timed scrypt run at `probeFactor` taking `probeMs`.
 * scrypt's cost doubles per step of the factor, so the time at 18 is probeMs × 2^(18 − probe).
 */
export function chooseWorkFactor(probeMs: number, probeFactor: number): number {
  if (!Number.isFinite(probeMs) || probeMs <= 0) return PREFERRED_WORK_FACTOR;
  const at18 = probeMs * 2 ** (PREFERRED_WORK_FACTOR - probeFactor);
  return at18 <= SCRYPT_BUDGET_MS ? PREFERRED_WORK_FACTOR : FLOOR_WORK_FACTOR;
}
