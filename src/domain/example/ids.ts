// Stable ids for the example client's records, so loading the example twice changes nothing.

/** The lowest and highest possible example ids: the range a presence check can query. */
export const EXAMPLE_ID_MIN = 'e8a3b1c0-0000-4000-8000-000000000000';
export const EXAMPLE_ID_MAX = 'e8a3b1c0-0000-4000-8000-ffffffffffff';

/** The example record id number `n` (a valid UUID v4 in its own recognisable range). */
export function exampleId(n: number): string {
  return `e8a3b1c0-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A timestamp `days` days (and `hours` hours) before `now`, as an ISO string. */
export function daysBefore(now: Date, days: number, hours = 0): string {
  return new Date(now.getTime() - (days * 24 + hours) * 3_600_000).toISOString();
}
