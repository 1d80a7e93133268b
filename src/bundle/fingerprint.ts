// A short, human-comparable fingerprint of an age X25519 recipient (the "coach code").

/** Crockford base32: no I, L, O or U, so the code reads aloud without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Number of base32 characters in a fingerprint (16 × 5 = 80 bits of SHA-256). */
const LENGTH = 16;

/**
 * The fingerprint of a recipient string: SHA-256 of its lowercase UTF-8 text, first 80 bits
 * as Crockford base32, in four groups of four, e.g. `7KQ2-M9XD-4HPA-ZT3C`.
 */
export async function fingerprint(recipient: string): Promise<string> {
  const data = new TextEncoder().encode(recipient.trim().toLowerCase());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
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
