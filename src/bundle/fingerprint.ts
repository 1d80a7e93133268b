// Short, human-comparable fingerprints: of an age X25519 recipient (the "coach code") and of
// an Ed25519 signing key, in the same Crockford form, to compare aloud.

/** Crockford base32: no I, L, O or U, so the code reads aloud without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Number of base32 characters in a fingerprint (16 × 5 = 80 bits of SHA-256). */
const LENGTH = 16;

/**
 * The fingerprint of some bytes: SHA-256, first 80 bits as Crockford base32, in four groups
 * of four, e.g. `7KQ2-M9XD-4HPA-ZT3C`.
 */
export async function fingerprintOf(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>),
  );
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < LENGTH) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    // Keep only the bits not yet used so `value` never overflows 32 bits.
    value &= (1 << bits) - 1;
    if (out.length === LENGTH) break;
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/** The fingerprint of a coach code: of its lowercase UTF-8 text, trimmed. */
export function fingerprint(recipient: string): Promise<string> {
  return fingerprintOf(new TextEncoder().encode(recipient.trim().toLowerCase()));
}
