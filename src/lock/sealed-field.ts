// The one thing storage must know about a sealed row without loading the crypto: that it is
// sealed. Kept apart from envelope.ts (which brings zod and WebCrypto) so reading plain rows
// on the first screen costs nothing of the lock.

/** The field of a stored row that holds its envelope (no record type has a field so named). */
export const SEALED_FIELD = 'sealed';

/**
 * True when a stored row is sealed. While the lock is turned on or off, a table holds both
 * shapes: reads open the sealed ones, and a migration batch that runs twice skips them.
 */
export function hasEnvelope(stored: object): boolean {
  return Object.hasOwn(stored, SEALED_FIELD);
}
